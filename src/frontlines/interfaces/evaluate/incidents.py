"""Incident check: how well the learned check separates incidents from commentary (CV).

`frontlines eval incidents` cross-validates the check of extraction/incident_model.py
(5 folds grouped by article); benchmarks/train_incident_model.py trains it on all the
labels and writes the weights.

The labels (benchmarks/data/incident_labels.tsv) are the project's own: records that
`frontlines extract` emitted for FA-KES, Guardian and GeoWebNews articles, each judged by a
reader against the ACLED codebook (../shared/READING.md). A row holds the article, the
offsets of the record's first evidence sentence, the record's fields the model reads and
the verdict; the sentence itself is read from the article in ../shared/data, so no article
text is copied into the repository. real / duplicate / pv are incidents; commentary,
statement, hypothetical, nonpv and other are not.

    frontlines eval incidents                          # cross-validate
    python benchmarks/train_incident_model.py          # ... then write the weights
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from xml.etree import ElementTree

from frontlines import settings
from frontlines.domain.errors import FrontlinesError
from frontlines.extraction.furniture import blank_furniture
from frontlines.extraction.incident_model import Cues, features, logistic, neighbours

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT.parent / "shared" / "data"
FAKES = DATA / "fakes_syria_articles" / "fakes_dev.csv"
GUARDIAN = DATA / "guardian_syria_articles" / "Guardian_SDF_sample.csv"
GWN = DATA / "geoparsing" / "GWN.xml"
LABELS = ROOT / "benchmarks" / "data" / "incident_labels.tsv"
INCIDENT = {"real", "duplicate", "pv"}
L2 = 1.0          # inverse strength of the L2 penalty
EPOCHS = 300
RATE = 0.5
FOLDS = 5
MIN_COUNT = 2    # a word or pair seen in one record only says nothing general


def _rows(path: Path) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def articles() -> dict[str, str]:
    """Article id -> text as the pipeline sees it (furniture blanked, offsets kept); the
    ids are those of benchmarks/reading_sample.py, which drew the judged samples."""
    out = {f"fakes-{r['unit_id']}": blank_furniture(r["article_content"], r["article_title"])
           for r in _rows(FAKES)}
    out.update({f"guardian-{r['']}": blank_furniture(r["text"]) for r in _rows(GUARDIAN)})
    for art in ElementTree.parse(GWN).getroot().iter("article"):
        title = (art.findtext("title") or "").strip()
        out[f"gwn-{art.get('file')}"] = blank_furniture((art.findtext("text") or "").strip(),
                                                        title)
    return out


def examples(texts: dict[str, str], labels: Path = LABELS
             ) -> list[tuple[str, str, set[str], int]]:
    """(article, verdict, features, label) per labelled record whose article is at hand."""
    out = []
    with labels.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            text = texts.get(row["article_id"])
            if text is None:
                continue
            start, end = int(row["start"]), int(row["end"])
            before, after = neighbours(text, start, end)
            cues = Cues(sentence=text[start:end], start=start, evidence=int(row["evidence"]),
                        time_precision=int(row["time_precision"] or 0) or None,
                        geo_precision=int(row["geo_precision"] or 0) or None,
                        sub_event_type=row["sub_event_type"], fatalities=int(row["fatalities"]),
                        actor1=row["actor1"] == "1", actor2=row["actor2"] == "1",
                        before=before, after=after, length=len(text.rstrip()))
            out.append((row["article_id"], row["verdict"], features(cues),
                        int(row["verdict"] in INCIDENT)))
    return out


def train(rows: list[tuple[str, str, set[str], int]]) -> dict[str, float]:
    """Class-balanced L2 logistic regression by full-batch gradient descent."""
    import numpy as np  # only when training: the CLI starts without it

    seen = Counter(f for _, _, feats, _ in rows for f in feats)
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_COUNT))}
    x = np.zeros((len(rows), len(vocab)))
    for i, (_, _, feats, _) in enumerate(rows):
        x[i, [vocab[f] for f in feats if f in vocab]] = 1.0
    y = np.array([r[3] for r in rows], dtype=float)
    balance = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = np.zeros(len(vocab))
    for _ in range(EPOCHS):
        p = 1 / (1 + np.exp(-x @ w))
        w -= RATE * (x.T @ ((p - y) * balance) / len(rows) + w / (L2 * len(rows)))
    return {f: float(w[j]) for f, j in vocab.items()}


def cross_validate(rows: list[tuple[str, str, set[str], int]]) -> None:
    """Grouped by article: no article's records both train and test a fold."""
    ids = sorted({r[0] for r in rows})
    random.Random(0).shuffle(ids)
    fold = {a: k % FOLDS for k, a in enumerate(ids)}
    probs = [0.0] * len(rows)
    for k in range(FOLDS):
        w = train([r for r in rows if fold[r[0]] != k])
        for i, r in enumerate(rows):
            if fold[r[0]] == k:
                probs[i] = logistic(w, r[2])
    cut = settings.INCIDENT_MIN_PROBABILITY
    corpora = defaultdict(list)
    for r, p in zip(rows, probs, strict=True):
        corpora[r[0].split("-")[0]].append((r[1], r[3], p))
        corpora["all"].append((r[1], r[3], p))
    print(f"cross-validation ({FOLDS} folds grouped by article), threshold {cut}:")
    for name, items in sorted(corpora.items()):
        real = [p for v, _, p in items if v == "real"]
        dup = [p for v, _, p in items if v == "duplicate"]
        neg = [p for _, y, p in items if y == 0]
        pos_all = [p for _, y, p in items if y == 1]
        pairs = [(a > b) + 0.5 * (a == b) for a in pos_all for b in neg]
        auc = sum(pairs) / len(pairs) if pairs else 1.0
        kept_real = sum(p >= cut for p in real)
        kept = sum(p >= cut for _, _, p in items)
        print(f"  {name:9s} n={len(items):4d} AUC {auc:.3f}  real kept {kept_real}/{len(real)}"
              f"  duplicates dropped {sum(p < cut for p in dup)}/{len(dup)}"
              f"  non-incidents dropped {sum(p < cut for p in neg)}/{len(neg)}"
              f"  real share {len(real) / len(items):.3f} -> {kept_real / max(kept, 1):.3f}")
    _sweep(corpora)


SWEEP = (0.1, 0.15, 0.2, 0.25, 0.3)


def _sweep(corpora: dict[str, list[tuple[str, int, float]]]) -> None:
    """Real records kept against non-incidents set aside at other thresholds (the
    threshold in settings is chosen on these lines)."""
    print("  threshold: share of real records kept / of non-incidents set aside")
    for name in ("all", "guardian"):
        items = corpora.get(name, [])
        real = [p for v, _, p in items if v == "real"]
        neg = [p for _, y, p in items if y == 0]
        cells = [f"{cut}: {sum(p >= cut for p in real) / max(len(real), 1):.3f}"
                 f" / {sum(p < cut for p in neg) / max(len(neg), 1):.3f}" for cut in SWEEP]
        print(f"  {name:9s} " + "  ".join(cells))


def weight_lines(w: dict[str, float], n: int) -> list[str]:
    """The weights file's lines: features whose weight matters, sorted."""
    lines = ["# Incident check weights (benchmarks/train_incident_model.py; "
             f"{n} records judged by readers, no ACLED or CASE data)",
             "# feature\tweight"]
    lines += [f"{f}\t{v:.4f}" for f, v in sorted(w.items()) if abs(v) >= 0.02]
    return lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--labels", default=str(LABELS),
                        help="judged records (TSV; default: the project's own readings)")


def run(args: argparse.Namespace) -> int:
    for path in (FAKES, GUARDIAN, GWN):
        if not path.exists():
            raise FrontlinesError(str(path), "not found (the development sets of ../shared/data)")
    cross_validate(examples(articles(), Path(args.labels)))
    return 0
