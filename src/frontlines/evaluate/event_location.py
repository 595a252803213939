"""Event-location evaluation on Halterman (2019) "Geolocating political events".

For each adjudicated sentence (``source == "RELABEL"``) with an event verb,
the place chosen by ``locate_event`` must be (overlap) one of the gold
LOCATION spans, or nothing when the gold has none.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "event_location" / "labeled_text.jsonl.zip"


def load_gold(path: Path, source: str = "RELABEL") -> list[dict]:
    """Records with text, verb char span and gold location char spans."""
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".jsonl") and "MACOSX" not in n)
        rows = json.loads(z.read(name))
    out = []
    for r in rows:
        if source and r.get("source") != source:
            continue
        toks = r.get("tokens", [])
        spans = r.get("spans", [])

        def chars(s: dict, toks: list = toks) -> tuple[int, int]:
            return toks[s["token_start"]]["start"], toks[s["token_end"]]["end"]

        verbs = [chars(s) for s in spans if s["label"] == "VERB"]
        if not verbs:
            continue
        locs = [chars(s) for s in spans if s["label"] == "LOCATION"]
        out.append({"text": r["text"], "verb": verbs[0], "locations": locs})
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD),
                        help="labeled_text.jsonl.zip")
    parser.add_argument("--errors", action="store_true", help="print wrong choices")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")


def run(args: argparse.Namespace) -> int:
    from frontlines.nlp import get_nlp
    from frontlines.places import locate_event, resolve

    path = Path(args.gold)
    if not path.exists():
        print(f"error: event-location gold not found: {path}", file=sys.stderr)
        return 2
    data = load_gold(path)
    if args.limit:
        data = data[: args.limit]
    nlp = get_nlp()
    right = with_loc = with_loc_right = none_right = 0
    # The actor ruler is slow and changes nothing here (the place component
    # checks actor phrases itself).
    with nlp.select_pipes(disable=[p for p in ("frontlines_actors",) if p in nlp.pipe_names]):
        docs = list(nlp.pipe(r["text"] for r in data))
    for rec, doc in zip(data, docs, strict=True):
        span = doc.char_span(*rec["verb"], alignment_mode="expand")
        if span is None:
            continue
        trigger = span.root
        chosen, _prec = locate_event(trigger.sent, trigger, resolve(doc))
        gold = rec["locations"]
        if gold:
            with_loc += 1
            ok = chosen is not None and any(chosen.start < e and s < chosen.end for s, e in gold)
            with_loc_right += ok
        else:
            ok = chosen is None
            none_right += ok
        right += ok
        if args.errors and not ok:
            want = [rec["text"][s:e] for s, e in gold] or "-"
            print(f"  {chosen.text if chosen else '-'!s:>20} want {want} [{trigger.text}]: "
                  f"{rec['text'][:120]}")
    n = len(data)
    rows = [("sentences", str(n)),
            ("accuracy (span or none)", f"{right / n:.3f}" if n else "-"),
            ("  with a gold location", f"{with_loc_right}/{with_loc}"),
            ("  without (chose none)", f"{none_right}/{n - with_loc}")]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())
