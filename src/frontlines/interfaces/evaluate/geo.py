"""Geocoding evaluation on GeoWebNews (Gritta et al. 2019).

Two settings: toponym resolution on the gold spans (Acc@161 km and exact
GeoNames id, the setting in which Mordecai 3 reports 94.1% / 90.1%), and end
to end (recognition precision/recall against the coordinate-bearing gold
toponyms, plus Acc@161 of the matched ones). Also reports articles/second.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from frontlines.interfaces.evaluate import print_rows

if TYPE_CHECKING:
    from frontlines.domain.model import Place, Toponym

ROOT = Path(__file__).resolve().parents[4]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "geoparsing"


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonames_id: int | None


def load_gold(folder: Path) -> list[tuple[str, list[GoldToponym]]]:
    """(article text, coordinate-bearing gold toponyms) per article of GeoWebNews."""
    tree = ET.parse(folder / "GWN.xml")
    ids: dict[tuple[int, int, int], int] = {}
    texts: list[str] = []
    for n, art in enumerate(tree.getroot().iter("article")):
        texts.append(art.findtext("text") or "")
        for t in art.iter("toponym"):
            gid = (t.findtext("geonamesID") or "").strip()
            if gid.isdigit():
                ids[(n, int(t.findtext("start")), int(t.findtext("end")))] = int(gid)
    lines = (folder / "gwn_full.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for n, (text, line) in enumerate(zip(texts, lines, strict=False)):
        gold = []
        for item in line.split("||"):
            f = item.split(",,")
            if len(f) < 6:
                continue
            s, e = int(f[4]), int(f[5])
            gold.append(GoldToponym(s, e, f[1], float(f[2]), float(f[3]), ids.get((n, s, e))))
        out.append((text, sorted(gold, key=lambda g: g.start)))
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD),
                        help="GeoWebNews folder (GWN.xml + gwn_full.txt)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--errors", action="store_true", help="print resolution errors")
    parser.add_argument("--no-locale", action="store_true",
                        help="gold spans: no nearest-town guess for unresolvable names")
    parser.add_argument("--ner", choices=["windows", "full"], default="windows",
                        help="run the NER around gazetteer names only (default) or on all text")
    parser.add_argument("--ceiling", action="store_true",
                        help="only report what the offline gazetteer allows at best "
                             "(gold ids it holds, candidates within 161 km)")
    parser.add_argument("--speed", type=int, default=0, metavar="ROUNDS",
                        help="only time end-to-end geoparse (both NER modes) against bare "
                             "spaCy NER on the same texts, ROUNDS alternating rounds; medians")


def speed(texts: list[str], rounds: int) -> list[tuple[str, str]]:
    """Articles/s (wall and CPU time, medians of alternating rounds) of bare
    spaCy NER (``nlp.pipe``, as shipped), and of ``geoparse`` in both modes.
    Alternating in one process keeps the comparison fair when other jobs
    share the machine."""
    import statistics

    import spacy

    from frontlines.extraction.nlp import GEO_EXCLUDE, MODEL
    from frontlines.extraction.places.geoparse import CHUNK, geoparse_many

    bare = spacy.load(MODEL, exclude=list(GEO_EXCLUDE))
    runs = {
        "bare spaCy NER (nlp.pipe)": lambda: list(bare.pipe(texts)),
        "geoparse, --ner windows": lambda: [geoparse_many(texts[i:i + CHUNK])
                                            for i in range(0, len(texts), CHUNK)],
        "geoparse, --ner full": lambda: [geoparse_many(texts[i:i + CHUNK], ner="full")
                                         for i in range(0, len(texts), CHUNK)],
    }
    for f in runs.values():
        f()  # warm up: lexemes, caches
    wall: dict[str, list[float]] = {k: [] for k in runs}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(rounds):
        for name, f in runs.items():
            t0, c0 = time.perf_counter(), time.process_time()
            f()
            wall[name].append(len(texts) / (time.perf_counter() - t0))
            cpu[name].append(len(texts) / (time.process_time() - c0))
    return [(f"articles/s {k}", f"{statistics.median(wall[k]):.1f} wall, "
             f"{statistics.median(cpu[k]):.1f} CPU") for k in runs]


def ceiling(data: list[tuple[str, list[GoldToponym]]],
            results: list[list[Toponym]]) -> list[tuple[str, str]]:
    """What the offline gazetteer allows at best, whatever the resolver chooses: the
    gold id anywhere in the index or among its own name's candidates, a point within
    161 km among its own name's candidates or among the candidates of any gold name
    of its article (a perfect guess of the story's locale), and the Acc@161 of the
    resolver's ``results`` had it always picked a near candidate of the name when
    one exists."""
    from frontlines.domain.geodesy import distance_km
    from frontlines.extraction.places.gazetteer import GID, LAT, LON
    from frontlines.extraction.places.gazetteer import load as load_gazetteer
    from frontlines.extraction.places.resolve import candidates

    gaz = load_gazetteer()
    index_ids = {gaz.entry(i)[GID] for i in range(len(gaz))}
    n = n_id = in_index = own_id = own_161 = doc_161 = best_choice = 0
    for (text, gold), res in zip(data, results, strict=True):
        own = [[c.entry for c in candidates(gaz, text[g.start:g.end])[0]] for g in gold]
        pts = [(e[LAT], e[LON]) for es in own for e in es]
        for g, es, r in zip(gold, own, res, strict=True):
            n += 1
            near = any(distance_km(e[LAT], e[LON], g.lat, g.lon) <= 161 for e in es)
            own_161 += near
            best_choice += near or (r.place is not None and distance_km(
                r.place.latitude, r.place.longitude, g.lat, g.lon) <= 161)
            doc_161 += near or any(distance_km(la, lo, g.lat, g.lon) <= 161 for la, lo in pts)
            if g.geonames_id is not None:
                n_id += 1
                in_index += g.geonames_id in index_ids
                own_id += any(e[GID] == g.geonames_id for e in es)
    return [("gold ids in the gazetteer", f"{in_index}/{n_id} = {in_index / n_id:.3f}"),
            ("gold id among its name's candidates", f"{own_id / n_id:.3f}"),
            ("a candidate of its name within 161 km", f"{own_161 / n:.3f}"),
            ("a candidate of any name in the article within 161 km", f"{doc_161 / n:.3f}"),
            ("Acc@161 had the resolver always picked a near candidate of the name",
             f"{best_choice / n:.3f}")]


GoldSet = list[tuple[str, list[GoldToponym]]]  # (article text, its gold toponyms)


def miss_cause(g: GoldToponym, text: str) -> str:
    """Why a gold toponym was missed, from its own name's candidates: ``choice`` (a
    candidate lies within 161 km: the resolver chose wrong), ``point`` (the gold id is a
    candidate but our point for it is farther: a province or sea centre), ``absent``
    (no candidate near: the gazetteer lacks the place)."""
    from frontlines.domain.geodesy import distance_km
    from frontlines.extraction.places.gazetteer import GID, LAT, LON
    from frontlines.extraction.places.gazetteer import load as load_gazetteer
    from frontlines.extraction.places.resolve import candidates

    own = [c.entry for c in candidates(load_gazetteer(), text[g.start:g.end])[0]]
    if any(distance_km(e[LAT], e[LON], g.lat, g.lon) <= 161 for e in own):
        return "choice"
    if g.geonames_id is not None and any(e[GID] == g.geonames_id for e in own):
        return "point"
    return "absent"


def _miss_line(g: GoldToponym, text: str, p: Place | None, cause: str) -> str:
    """One resolution miss: its cause, the gold name, what was chosen and how far off,
    the context."""
    from frontlines.domain.geodesy import distance_km

    got = "-"
    if p is not None:
        km = distance_km(g.lat, g.lon, p.latitude, p.longitude)
        got = f"{p.name} {p.country_code} {p.admin1} {p.level} ({km:.0f} km off)"
    ctx = text[max(0, g.start - 40):g.end + 30].replace("\n", " ")
    return (f"  miss ({cause}): {g.name!r} ({text[g.start:g.end]}) -> {got}"
            f" | gold {g.lat:.2f},{g.lon:.2f} id {g.geonames_id} | {ctx}")


def _resolution(data: GoldSet, args: argparse.Namespace) -> list[tuple[str, str]]:
    """Toponym resolution on the gold spans (the setting of Mordecai 3's figures)."""
    from frontlines.domain.geodesy import distance_km
    from frontlines.extraction.places.geoparse import CHUNK, geoparse_many

    n = hit161 = n_id = hit_id = 0
    causes: Counter[str] = Counter()
    t0 = time.perf_counter()
    results = []
    for i in range(0, len(data), CHUNK):  # batches of articles, as the CLI reads them
        part = data[i:i + CHUNK]
        results += geoparse_many([t for t, _ in part],
                                 [[(g.start, g.end) for g in gold] for _, gold in part],
                                 locale=not args.no_locale, ner=args.ner)
    t_res = time.perf_counter() - t0
    for (text, gold), res in zip(data, results, strict=True):
        for g, r in zip(gold, res, strict=True):
            n += 1
            p = r.place
            ok = p is not None and distance_km(g.lat, g.lon, p.latitude, p.longitude) <= 161
            hit161 += ok
            if g.geonames_id is not None:
                n_id += 1
                hit_id += p is not None and p.geonames_id == g.geonames_id
            if args.errors and not ok:
                cause = miss_cause(g, text)
                causes[cause] += 1
                print(_miss_line(g, text, p, cause))
    if causes:
        print("misses by cause: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    return [
        ("gold toponyms with coordinates", f"{n}"),
        ("Acc@161km (gold spans)", f"{hit161 / n:.3f}" if n else "-"),
        (f"exact GeoNames id (n={n_id})", f"{hit_id / n_id:.3f}" if n_id else "-"),
        ("articles/s resolution", f"{len(data) / t_res:.1f}"),
    ]


def _recognition(data: GoldSet, args: argparse.Namespace) -> list[tuple[str, str]]:
    """End to end: recognition against the gold spans, then resolution of what was found."""
    from frontlines.domain.geodesy import distance_km
    from frontlines.extraction.places.geoparse import CHUNK, geoparse_many

    tp_exact = tp_overlap = n_pred = n_pred_ok = n_gold = e2e161 = 0
    t0, c0 = time.perf_counter(), time.process_time()
    preds = []
    for i in range(0, len(data), CHUNK):
        preds += geoparse_many([t for t, _ in data[i:i + CHUNK]], ner=args.ner)
    t_e2e, c_e2e = time.perf_counter() - t0, time.process_time() - c0
    for (_text, gold), pred in zip(data, preds, strict=True):
        n_pred += len(pred)
        n_gold += len(gold)
        for p in pred:
            n_pred_ok += any(p.start < g.end and g.start < p.end for g in gold)
        for g in gold:
            over = [p for p in pred if p.start < g.end and g.start < p.end]
            tp_overlap += bool(over)
            tp_exact += any(p.start == g.start and p.end == g.end for p in over)
            e2e161 += any(p.place is not None and distance_km(
                g.lat, g.lon, p.place.latitude, p.place.longitude) <= 161 for p in over)
    prec = n_pred_ok / n_pred if n_pred else 0.0
    rec = tp_overlap / n_gold if n_gold else 0.0
    return [
        ("recognition precision (overlap)", f"{prec:.3f}"),
        ("recognition recall (overlap)", f"{rec:.3f}"),
        ("recognition F1 (overlap)", f"{2 * prec * rec / (prec + rec):.3f}" if prec + rec else "-"),
        ("recognition recall (exact span)", f"{tp_exact / n_gold:.3f}" if n_gold else "-"),
        ("end-to-end Acc@161 of gold", f"{e2e161 / n_gold:.3f}" if n_gold else "-"),
        ("articles/s end to end", f"{len(data) / t_e2e:.1f}"),
        # CPU time of this process: less disturbed by other jobs on the machine
        ("articles/s end to end, CPU time", f"{len(data) / c_e2e:.1f}"),
    ]


def run(args: argparse.Namespace) -> int:
    from frontlines.extraction.places.geoparse import geoparse, geoparse_many

    folder = Path(args.gold)
    if folder.is_file():
        folder = folder.parent
    if not (folder / "GWN.xml").exists() or not (folder / "gwn_full.txt").exists():
        print(f"error: GeoWebNews gold not found in {folder}", file=sys.stderr)
        return 2
    data = load_gold(folder)
    if args.limit:
        data = data[: args.limit]
    if args.ceiling:
        results = geoparse_many([t for t, _ in data],
                                [[(g.start, g.end) for g in gold] for _, gold in data])
        print_rows([("articles", f"{len(data)}"), *ceiling(data, results)])
        return 0
    if args.speed:
        print_rows([("articles", f"{len(data)}"), ("rounds", f"{args.speed}"),
                    *speed([t for t, _ in data], args.speed)])
        return 0
    geoparse("warm up in Paris.")
    res = _resolution(data, args)
    rec = _recognition(data, args)
    print_rows([("articles", f"{len(data)}"), *res[:3], *rec[:5], res[3], *rec[5:]])
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())
