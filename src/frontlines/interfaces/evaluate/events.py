"""Events end to end: each gold event's best predicted match, field by field.

Gold is JSONL, one event a line, with ``article`` (a path relative to the gold
file) and the fields to check: event_type, sub_event_type, event_date,
latitude/longitude (a match within 25 km; for province-level gold, ``admin1``
as a list of accepted spellings), geo_precision, actor1, actor2,
fatalities (and fatalities_low/high when given). Without PRED, the articles
are run through the pipeline; with PRED (a JSONL of events with article_id),
those predictions are scored. The bundled gold is the AFP story of SPEC.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from frontlines.domain.geodesy import distance_km

ROOT = Path(__file__).resolve().parents[4]
DEFAULT_GOLD = ROOT / "examples" / "afp-2017-11-17-rawa.gold.jsonl"
FIELDS = ["event_type", "sub_event_type", "event_date", "place_25km", "geo_precision",
          "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD,
                        help="gold events JSONL (default: the AFP story in examples/)")
    parser.add_argument("pred", nargs="?", type=Path, default=None,
                        help="predicted events JSONL (default: run the pipeline on the articles)")


def _predict(articles: list[Path]) -> dict[str, list[dict]]:
    from frontlines.extraction.pipeline import extract_article
    from frontlines.extraction.readers import read_path

    out: dict[str, list[dict]] = defaultdict(list)
    for path in articles:
        for art in read_path(str(path)):
            if hasattr(art, "text"):
                out[path.stem].extend(e.to_dict() for e in extract_article(art))
    return out


def _agree(gold: dict, pred: dict, name: str) -> bool | None:
    if name == "place_25km":
        if gold.get("geo_precision") == 3 and gold.get("admin1"):
            # Province-level events: the province is the place (gold lists its spellings).
            return pred.get("admin1") in gold["admin1"]
        if gold.get("latitude") is None or pred.get("latitude") is None:
            return False if gold.get("latitude") is not None else None
        return distance_km(gold["latitude"], gold["longitude"], pred["latitude"],
                            pred["longitude"]) <= 25.0
    if name not in gold:
        return None
    return gold[name] == pred.get(name)


def score(gold: list[dict], predicted: dict[str, list[dict]]) -> tuple[dict[str, list[bool]], int]:
    """Per-field agreement lists over gold events, and how many gold events had a match."""
    results: dict[str, list[bool]] = {f: [] for f in FIELDS}
    matched = 0
    for g in gold:
        pool = predicted.get(Path(g["article"]).stem, [])
        best, best_n = None, -1
        for p in pool:
            n = sum(bool(_agree(g, p, f)) for f in FIELDS)
            if p.get("sub_event_type") == g.get("sub_event_type"):
                n += 5  # the sub-type decides which prediction is "the" match
            if n > best_n:
                best, best_n = p, n
        matched += best is not None
        for f in FIELDS:
            ok = _agree(g, best, f) if best is not None else (False if f in g else None)
            if ok is not None:
                results[f].append(bool(ok))
    return results, matched


def run(args: argparse.Namespace) -> int:
    gold_path: Path = args.gold
    if not gold_path.is_file():
        print(f"frontlines eval events: gold file not found: {gold_path}", file=sys.stderr)
        return 2
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if args.pred is not None:
        predicted: dict[str, list[dict]] = defaultdict(list)
        for line in args.pred.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                predicted[str(rec.get("article_id"))].append(rec)
    else:
        articles = sorted({gold_path.parent / g["article"] for g in gold})
        predicted = _predict(articles)
    results, matched = score(gold, predicted)
    print(f"Events end to end: {len(gold)} gold events, {matched} with a prediction "
          f"({gold_path.name})")
    for f in FIELDS:
        if results[f]:
            print(f"  {f:<16} {sum(results[f]) / len(results[f]):.3f} (n={len(results[f])})")
    return 0
