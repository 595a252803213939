"""Scoring event typing on CASE 2021 Task 2 (fine-grained event classification).

The gold file is a TSV (id, EventSnippet, SubType) of 1,019 news snippets labelled
with ACLED's 25 sub-event types plus five non-ACLED classes.  Each snippet goes
through the product itself, :func:`frontlines.extraction.pipeline.extract_articles` (what
``frontlines extract`` runs), as one article; its label is the CASE code of the record
the pipeline ranks first (:func:`primary_event`), or NONE when ``extract`` emits no
record.  We report, as in the shared task, weighted F1 over the 25 ACLED classes,
over 28 (+ the three "unseen" classes announced in advance) and over all 30, plus
macro F1 over the 25 and the share of non-ACLED snippets left without a
political-violence / demonstration / strategic development type.  This set is for
evaluation only: nothing is trained on it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from frontlines.domain import taxonomy

# The figures of `frontlines eval case` come from `predict` (what extract emits); the old
# document classifier lives in evaluate/classifier.py, used by the PLOVER eval only.
__all__ = ["predict", "score"]

ROOT = Path(__file__).resolve().parents[4]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "case2021_task2" / \
    "test_set_final_release_with_labels.tsv"

# the CASE labels of ACLED's 25 sub-event types (taxonomy.yaml), in alphabetical order
ACLED_CODES = sorted(t.case for t in taxonomy.SUB_EVENT_TYPES.values())
# Sub-task 2 added three classes announced in advance, sub-task 3 two more (Haneczok et al. 2021).
UNSEEN_3 = ["MAN_MADE_DISASTER", "NATURAL_DISASTER", "ORG_CRIME"]
LATE_2 = ["DIPLO", "ATTRIB"]
NON_ACLED = UNSEEN_3 + LATE_2
NONE = "NONE"
# The snippets carry no date; they come from news of 2019-2021 (Haneczok et al. 2021).
# A fixed publication date keeps the run reproducible (background and future rules
# compare event dates with it).
CASE_PUBLISHED = date(2021, 6, 30)


def read_gold(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, label) rows of the CASE TSV."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = [r for r in reader if r]
    if rows and rows[0][0] == "id":
        rows = rows[1:]
    return [(r[0], r[1], r[2].strip()) for r in rows if len(r) >= 3]


def per_class(gold: list[str], pred: list[str], labels: list[str]
              ) -> dict[str, tuple[float, float, float, int]]:
    """label -> (precision, recall, F1, support)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    out = {}
    for lab in labels:
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = (p, r, f, tp[lab] + fn[lab])
    return out


def weighted_macro(gold: list[str], pred: list[str], labels: list[str]) -> tuple[float, float]:
    """Support-weighted and macro F1 over `labels` (as sklearn's average='weighted')."""
    pc = per_class(gold, pred, labels)
    total = sum(s for *_, s in pc.values())
    weighted = sum(f * s for _, _, f, s in pc.values()) / total if total else 0.0
    present = [f for _, _, f, s in pc.values() if s]
    macro = sum(present) / len(present) if present else 0.0
    return weighted, macro


def primary_event(events: list) -> object | None:  # list[Event] -> Event | None
    """The record a snippet is labelled by: the highest confidence, then the most
    fatalities, then the earliest in the text (the order ``extract`` writes)."""
    if not events:
        return None
    order = {id(e): k for k, e in enumerate(events)}
    return max(events, key=lambda e: (e.confidence or 0.0, e.fatalities or 0, -order[id(e)]))


def _case_codes() -> dict[str, str]:
    """ACLED sub-event type -> CASE code, from the taxonomy."""
    return {name: t.case for name, t in taxonomy.SUB_EVENT_TYPES.items()}


def predict(snippets: list[str], published: date | None = None,
            why: list[str] | None = None) -> list[str]:
    """CASE labels of snippets from the records ``extract`` emits (NONE: no record).
    With `why`, each snippet's records and the mentions the pipeline set aside (and
    why) are appended to it, for reading the misses."""
    from frontlines.domain.model import Article
    from frontlines.extraction.pipeline import process_articles

    codes = _case_codes()
    articles = (Article(id=f"case-{k}", text=text, published=published)
                for k, text in enumerate(snippets))
    out = []
    for result in process_articles(articles, batch_size=32):
        best = primary_event(result.events)
        out.append(codes.get(best.sub_event_type, NONE) if best is not None else NONE)
        if why is not None:
            why.append(_why(result))
    return out


def _why(result) -> str:  # ArticleResult -> one line
    """The records (type, trigger, confidence) and the set-aside mentions of a snippet."""
    recs = [f"{e.sub_event_type} [{e.explain.get('sub_event_type', '')}] {e.confidence or 0:.2f}"
            for e in result.events]
    parts = (["records: " + "; ".join(recs)] if recs else []) + \
        (["set aside: " + "; ".join(result.skipped)] if result.skipped else [])
    return " | ".join(parts) or "no trigger"


def score(rows: list[tuple[str, str, str]], preds: list[str]) -> dict[str, object]:
    """All figures of the report, as a dict (used by tests and the table)."""
    gold = [r[2] for r in rows]
    res: dict[str, object] = {}
    sub25 = [(g, p) for g, p in zip(gold, preds, strict=True) if g in ACLED_CODES]
    g25, p25 = [g for g, _ in sub25], [p for _, p in sub25]
    res["n25"] = len(sub25)
    res["weighted_f1_25"], res["macro_f1_25"] = weighted_macro(g25, p25, ACLED_CODES)
    res["accuracy_25"] = sum(g == p for g, p in sub25) / len(sub25) if sub25 else 0.0
    sub28 = [(g, p) for g, p in zip(gold, preds, strict=True) if g in ACLED_CODES + UNSEEN_3]
    res["weighted_f1_28"], _ = weighted_macro([g for g, _ in sub28], [p for _, p in sub28],
                                              ACLED_CODES + UNSEEN_3)
    res["weighted_f1_30"], res["macro_f1_30"] = weighted_macro(gold, preds,
                                                               ACLED_CODES + NON_ACLED)
    non = [p for g, p in zip(gold, preds, strict=True) if g in NON_ACLED]
    res["n_non_acled"] = len(non)
    res["non_acled_uncoded"] = sum(p not in ACLED_CODES for p in non) / len(non) if non else 0.0
    res["per_class_25"] = per_class(g25, p25, ACLED_CODES)
    res["confusions"] = Counter((g, p) for g, p in zip(gold, preds, strict=True) if g != p)
    return res


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD,
                        help="CASE 2021 Task 2 TSV (default: ../shared/data/case2021_task2/...)")
    parser.add_argument("--published", type=date.fromisoformat, default=CASE_PUBLISHED,
                        help="publication date given to every snippet (default %(default)s)")
    parser.add_argument("--worst", type=int, default=8, help="per-class rows to show")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write misclassified snippets to this TSV")
    parser.add_argument("--details", type=Path, default=None,
                        help="write every snippet to this TSV: id, gold, predicted, the "
                             "records and the mentions set aside (and why), text")


def run(args: argparse.Namespace) -> int:
    gold_path: Path = args.gold
    if not gold_path.is_file():
        print(f"frontlines eval case: gold file not found: {gold_path}", file=sys.stderr)
        return 2
    rows = read_gold(gold_path)
    why: list[str] | None = [] if args.details else None
    preds = predict([r[1] for r in rows], published=args.published, why=why)
    res = score(rows, preds)
    print(f"CASE 2021 Task 2: {len(rows)} snippets ({res['n25']} with an ACLED label)")
    print(f"  weighted F1, 25 ACLED classes : {res['weighted_f1_25']:.3f}")
    print(f"  macro F1, 25 ACLED classes    : {res['macro_f1_25']:.3f}")
    print(f"  accuracy, 25 ACLED classes    : {res['accuracy_25']:.3f}")
    print(f"  weighted F1, 28 classes       : {res['weighted_f1_28']:.3f}")
    print(f"  weighted F1, 30 classes       : {res['weighted_f1_30']:.3f}")
    print(f"  non-ACLED left uncoded        : {res['non_acled_uncoded']:.3f} "
          f"(n={res['n_non_acled']})")
    pc = res["per_class_25"]
    print(f"  worst {args.worst} classes (P / R / F1 / n):")
    for lab, (p, r, f, s) in sorted(pc.items(), key=lambda kv: kv[1][2])[:args.worst]:
        print(f"    {lab:32s} {p:.2f} {r:.2f} {f:.2f} {s:4d}")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for (rid, text, g), p in zip(rows, preds, strict=True):
                if g != p:
                    fh.write(f"{rid}\t{g}\t{p}\t{text}\n")
    if args.details and why is not None:
        _write_details(args.details, rows, preds, why)
    return 0


def _write_details(path: Path, rows: list[tuple[str, str, str]], preds: list[str],
                   why: list[str]) -> None:
    """One line a snippet: id, gold, predicted, the pipeline's reasons, the text."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id\tgold\tpredicted\twhy\ttext\n")
        for (rid, text, g), p, w in zip(rows, preds, why, strict=True):
            clean = " ".join(text.split())
            fh.write(f"{rid}\t{g}\t{p}\t{' '.join(w.split())}\t{clean}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frontlines eval case")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
