"""Scoring event mentions against the PLOVER gold-standard records (GSR).

Each GSR record is one sentence coded with a PLOVER event, source and target
actor texts and sometimes dead/injured counts.  We keep the records whose gold
event is one that ACLED's taxonomy covers (ASSAULT, FIGHT, PROTEST, COERCE) and
report: event type accuracy after mapping our ACLED sub-type to PLOVER
(data/triggers.yaml `plover`), the share of the other records (AGREE, DEMAND,
THREATEN ...) that we wrongly code as an event, whether our agent/patient phrase
overlaps the gold source/target actor text, and dead/injured exact match via
frontlines.extraction.casualties when that module is present.  Evaluation only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from frontlines.domain import taxonomy

ROOT = Path(__file__).resolve().parents[4]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
RELEVANT = {"ASSAULT", "FIGHT", "PROTEST", "COERCE"}
STOP = {"the", "a", "an", "of", "in", "and", "on", "at", "to", "'s", "...", "..", "its", "their"}


def read_gold(path: Path) -> list[dict]:
    """GSR records that carry a sentence (the DOCUMENT header is skipped)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in data if r.get("text") and r.get("event") != "DOCUMENT"]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOP}


def _actor_texts(field: object) -> list[str]:
    if isinstance(field, list):
        return [a.get("actorText", "") for a in field if isinstance(a, dict)]
    return []


def overlaps(span_text: str | None, gold: list[str]) -> bool:
    """Our phrase shares a content word with one of the gold actor texts."""
    if not span_text:
        return False
    ours = _words(span_text)
    return any(ours & _words(g) for g in gold if g.strip())


def _role_found(role: str, top: object, gold: list[str], text: str,
                errors: list[tuple[str, str, str, str]] | None) -> bool:
    """Whether the top draft's agent or patient overlaps the gold actor; a miss goes to
    `errors` when a list is given."""
    span = getattr(top, role, None) if top is not None else None
    ours = span.text if span is not None else None
    ok = overlaps(ours, gold)
    if errors is not None and not ok:
        errors.append((role, " | ".join(gold), ours or "NONE", text))
    return ok


def evaluate(records: list[dict], errors: list[tuple[str, str, str, str]] | None = None
             ) -> dict[str, float | int | None]:
    """All figures of the report; misses go to `errors` as (what, gold, predicted, text)
    when a list is given, for inspecting general gaps."""
    from frontlines.extraction.casualties import count_casualties
    from frontlines.extraction.nlp import get_nlp
    from frontlines.interfaces.evaluate.classifier import classify, classify_doc_mentions

    nlp = get_nlp()
    n_rel = correct = detected = 0
    n_other = false_pos = 0
    src_n = src_hit = tgt_n = tgt_hit = 0
    dead_n = dead_ok = inj_n = inj_ok = 0
    docs = nlp.pipe([r["text"] for r in records], batch_size=64)
    for rec, doc in zip(records, docs, strict=True):
        best, _ = classify(doc)
        gold = rec["event"]
        if gold not in RELEVANT:
            n_other += 1
            if best is not None and best.disorder_type != taxonomy.STRATEGIC:
                false_pos += 1
            continue
        n_rel += 1
        if best is not None:
            detected += 1
            if best.plover_event == gold:
                correct += 1
        if errors is not None and (best is None or best.plover_event != gold):
            errors.append(("type", gold, best.sub_event_type if best else "NONE", rec["text"]))
        drafts = [best] if best is not None else []
        drafts += [d for d in classify_doc_mentions(doc) if d is not best]
        src, tgt = _actor_texts(rec.get("source")), _actor_texts(rec.get("target"))
        top = drafts[0] if drafts else None
        if any(s.strip() for s in src):
            src_n += 1
            src_hit += _role_found("agent", top, src, rec["text"], errors)
        if any(t.strip() for t in tgt):
            tgt_n += 1
            tgt_hit += _role_found("patient", top, tgt, rec["text"], errors)
        if rec.get("dead") is not None or rec.get("injured") is not None:
            killed = injured = None
            for sent in doc.sents:
                found = count_casualties(sent)
                k, i = found.killed, found.injured
                killed = killed if killed is not None else k
                injured = injured if injured is not None else i
            if rec.get("dead") is not None:
                dead_n += 1
                dead_ok += killed == int(rec["dead"])
                if errors is not None and killed != int(rec["dead"]):
                    errors.append(("dead", str(rec["dead"]), str(killed), rec["text"]))
            if rec.get("injured") is not None:
                inj_n += 1
                inj_ok += injured == int(rec["injured"])
    return {
        "n_relevant": n_rel,
        "type_accuracy": correct / n_rel if n_rel else 0.0,
        "detected": detected / n_rel if n_rel else 0.0,
        "n_other": n_other,
        "other_coded_as_violence_or_protest": false_pos / n_other if n_other else 0.0,
        "n_source": src_n, "source_found": src_hit / src_n if src_n else 0.0,
        "n_target": tgt_n, "target_found": tgt_hit / tgt_n if tgt_n else 0.0,
        "n_dead": dead_n,
        "dead_exact": dead_ok / dead_n if dead_n else 0.0,
        "n_injured": inj_n,
        "injured_exact": inj_ok / inj_n if inj_n else 0.0,
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD,
                        help="PLOVER_GSR_CAMEO.json (default: ../shared/data/plover_gsr/...)")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write type, agent/patient and dead-count misses to this TSV")


def run(args: argparse.Namespace) -> int:
    path: Path = args.gold
    if not path.is_file():
        print(f"frontlines eval plover: gold file not found: {path}", file=sys.stderr)
        return 2
    try:
        records = read_gold(path)
    except (ValueError, OSError) as exc:
        print(f"frontlines eval plover: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    errors: list[tuple[str, str, str, str]] | None = [] if getattr(args, "errors", None) else None
    res = evaluate(records, errors)
    if errors is not None:
        args.errors.write_text("".join("\t".join(e[:3]) + "\t" + " ".join(e[3].split()) + "\n"
                                       for e in errors), encoding="utf-8")
    print(f"PLOVER GSR: {len(records)} records, {res['n_relevant']} with ASSAULT/FIGHT/PROTEST/"
          "COERCE")
    print(f"  event type accuracy (PLOVER)   : {res['type_accuracy']:.3f}")
    print(f"  any event detected             : {res['detected']:.3f}")
    print(f"  other records coded as PV/demo : {res['other_coded_as_violence_or_protest']:.3f} "
          f"(n={res['n_other']})")
    print(f"  source actor found (agent)     : {res['source_found']:.3f} (n={res['n_source']})")
    print(f"  target actor found (patient)   : {res['target_found']:.3f} (n={res['n_target']})")
    print(f"  dead exact match               : {res['dead_exact']:.3f} (n={res['n_dead']})")
    print(f"  injured exact match            : {res['injured_exact']:.3f} (n={res['n_injured']})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frontlines eval plover")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
