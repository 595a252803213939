"""Event-location evaluation on Halterman (2019) "Geolocating political events".

For each sentence with an event verb, the place chosen by ``locate_event``
must be (overlap) one of the gold LOCATION spans, or nothing when the gold has
none. ``--source relabel`` (default) scores the 494 adjudicated sentences
(``source == "RELABEL"``); ``--source other`` the ~9,700 others, each labelled
by one annotator and about half never confirmed (``answer`` missing), with
many unlabelled places (Masdar_RA: 1,091 of 1,232 without a location).
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path

from frontlines.interfaces.evaluate import print_rows

ROOT = Path(__file__).resolve().parents[4]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "event_location" / "labeled_text.jsonl.zip"
SOURCES = ("relabel", "other", "all")


def load_gold(path: Path, source: str = "relabel") -> list[dict]:
    """Records with text, verb char span, gold location char spans and source.

    ``source``: "relabel" (the adjudicated subset), "other" (everything else:
    single-annotator records, some never confirmed) or "all".
    """
    source = source.lower()
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}: {source!r}")
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".jsonl") and "MACOSX" not in n)
        rows = json.loads(z.read(name))
    out = []
    for r in rows:
        adjudicated = r.get("source") == "RELABEL"
        if (source == "relabel" and not adjudicated) or (source == "other" and adjudicated):
            continue
        toks = r.get("tokens", [])
        # Token offsets, not the spans' own char offsets: those are wrong in ~1,100
        # records (empty or shifted); two spans point past the last token.
        spans = [s for s in r.get("spans", []) if s["token_end"] < len(toks)]

        def chars(s: dict, toks: list = toks) -> tuple[int, int]:
            return toks[s["token_start"]]["start"], toks[s["token_end"]]["end"]

        verbs = [chars(s) for s in spans if s["label"] == "VERB"]
        if not verbs:
            continue
        locs = [chars(s) for s in spans if s["label"] == "LOCATION"]
        out.append({"text": r["text"], "verb": verbs[0], "locations": locs,
                    "source": r.get("source", "")})
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD),
                        help="labeled_text.jsonl.zip")
    parser.add_argument("--source", choices=SOURCES, default="relabel",
                        help="relabel: the adjudicated subset (default); other: the rest, "
                             "single-annotator; all")
    parser.add_argument("--no-place-like", dest="place_like", action="store_false",
                        help="only recognised toponyms; by default (as in the pipeline) a "
                             "name recognition missed that a place frame marks ('the Adiyat "
                             "School') may be the scene when a named place contains it")
    parser.add_argument("--errors", action="store_true",
                        help="print wrong choices with their category")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")


def _category(gold: list[tuple[int, int]], chosen: object, found: bool) -> str:
    """Why a sentence was missed: the gold place never recognised, a wrong choice among
    the recognised places, nothing chosen, or a place chosen where the gold has none."""
    if not gold:
        return "none-chose-place"
    if not found:
        return "recognition"
    return "choice-none" if chosen is None else "choice-other"


def run(args: argparse.Namespace) -> int:
    from frontlines.extraction.nlp import get_nlp
    from frontlines.extraction.places import locate_event, resolve
    from frontlines.extraction.places.locate import place_like_spans

    path = Path(args.gold)
    if not path.exists():
        print(f"error: event-location gold not found: {path}", file=sys.stderr)
        return 2
    data = load_gold(path, getattr(args, "source", "relabel"))
    if args.limit:
        data = data[: args.limit]
    place_like = getattr(args, "place_like", True)
    nlp = get_nlp()
    right = with_loc = with_loc_right = none_right = 0
    categories: Counter[str] = Counter()
    docs = nlp.pipe((r["text"] for r in data), batch_size=64)
    for rec, doc in zip(data, docs, strict=True):
        span = doc.char_span(*rec["verb"], alignment_mode="expand")
        if span is None:
            continue
        trigger = span.root
        toponyms = resolve(doc)
        chosen, _prec = locate_event(trigger.sent, trigger, toponyms, place_like=place_like)
        gold = rec["locations"]
        if gold:
            with_loc += 1
            ok = chosen is not None and any(chosen.start < e and s < chosen.end
                                            for s, e in gold)
            with_loc_right += ok
        else:
            ok = chosen is None
            none_right += ok
        right += ok
        if ok:
            continue
        found = any(t.start < e and s < t.end for t in toponyms for s, e in gold)
        if place_like and not found:
            extra = place_like_spans(trigger.sent, toponyms)
            found = any(t.start < e and s < t.end for t in extra for s, e in gold)
        cat = _category(gold, chosen, found)
        categories[cat] += 1
        if args.errors:
            want = [rec["text"][s:e] for s, e in gold] or "-"
            print(f"  {cat:<16} {chosen.text if chosen else '-'!s:>20} want {want} "
                  f"[{trigger.text}]: {rec['text'][:120]}")
    n = len(data)
    rows = [("sentences", f"{n} ({getattr(args, 'source', 'relabel')})"),
            ("accuracy (span or none)", f"{right / n:.3f}" if n else "-"),
            ("  with a gold location", f"{with_loc_right}/{with_loc}"),
            ("  without (chose none)", f"{none_right}/{n - with_loc}"),
            ("errors by category", ", ".join(f"{k} {v}" for k, v in sorted(categories.items()))
             or "-")]
    print_rows(rows)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())
