"""Prefilter recall: records the full pipeline emits that the prefilter loses.

Every development set is run through the pipeline twice, with the relevance
prefilter (the default of `extract` and `ingest`) and without it, and the
per-article records are compared by (article_id, event_id): a record of the
full run missing from the prefiltered run is *lost*; one present in both but
with other field values is *changed* (a record whose place moved to another
country changes its id's ISO3 prefix and is counted as changed, "other
country"); a record only the prefiltered run has is *added*. The target is no
loss; each loss is listed (--details) so it can be read and justified
(docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from frontlines.domain.model import Article, Event

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT.parent / "shared" / "data"
# CASE, PLOVER and event_location sentences have no date: one fixed day for all.
SNIPPET_DAY = date(2019, 1, 15)


def _afp() -> Iterator[Article]:
    from frontlines.extraction.readers import read_path

    for item in read_path(str(ROOT / "examples" / "afp-2017-11-17-rawa.txt")):
        if isinstance(item, Article):
            yield item


def _csv_articles(path: Path) -> Iterator[Article]:
    from frontlines.extraction.readers import read_path

    for item in read_path(str(path)):
        if isinstance(item, Article):
            yield item


def _fakes() -> Iterator[Article]:
    """FA-KES dev: the date column is month/day/year."""
    csv.field_size_limit(sys.maxsize)
    with (DATA / "fakes_syria_articles" / "fakes_dev.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield Article(id=f"fakes-{row['unit_id']}", text=row["article_content"],
                          published=datetime.strptime(row["date"], "%m/%d/%Y").date(),
                          outlet=row["source"])


def _snippets(name: str, texts: list[str]) -> Iterator[Article]:
    for n, text in enumerate(texts):
        yield Article(id=f"{name}-{n}", text=text, published=SNIPPET_DAY)


def _case() -> Iterator[Article]:
    from frontlines.interfaces.evaluate.case import DEFAULT_GOLD, read_gold

    return _snippets("case", [snippet for _, snippet, _ in read_gold(DEFAULT_GOLD)])


def _plover() -> Iterator[Article]:
    from frontlines.interfaces.evaluate.plover import read_gold

    path = DATA / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    return _snippets("plover", [r["text"] for r in read_gold(path)])


def _event_location() -> Iterator[Article]:
    from frontlines.interfaces.evaluate.event_location import DEFAULT_GOLD, load_gold

    return _snippets("evloc", [r["text"] for r in load_gold(Path(DEFAULT_GOLD), "all")])


SETS = {
    "afp": (_afp, None),
    "case": (_case, DATA / "case2021_task2"),
    "fakes-dev": (_fakes, DATA / "fakes_syria_articles"),
    "guardian": (lambda: _csv_articles(
        DATA / "guardian_syria_articles" / "Guardian_SDF_sample.csv"),
        DATA / "guardian_syria_articles"),
    "plover": (_plover, DATA / "plover_gsr"),
    "event-location": (_event_location, DATA / "event_location"),
}


def _records(articles: list[Article], prefilter: bool) -> dict[tuple[str, str], dict]:
    """Per-article records as `extract` emits them (extraction.records)."""
    from frontlines.extraction.records import ArticleRecords, extract_records

    out: dict[tuple[str, str], dict] = {}
    for res in extract_records(articles, statements=False, prefilter=prefilter):
        if isinstance(res, ArticleRecords):
            for e in res.events:
                out[(e.article_id, e.event_id)] = _comparable(e)
    return out


def _comparable(e: Event) -> dict:
    d = asdict(e)
    d.pop("explain", None)
    return d


def _hash_part(event_id: str) -> str:
    """An event id less its country prefix ("SYR-fca91ded905d", "SYR596A2F2C88")."""
    return re.sub(r"^[A-Z]{3}-?", "", event_id)


def compare(articles: list[Article]) -> dict:
    """Full and prefiltered records of the same articles, and what differs."""
    full = _records(articles, prefilter=False)
    fast = _records(articles, prefilter=True)
    changed = [(full[k], fast[k]) for k in full if k in fast and fast[k] != full[k]]
    # An event id is the country's ISO3 code and a hash of the article, type, date and
    # trigger: a record placed in another country keeps the hash and is "moved", not lost.
    new = {(k[0], _hash_part(k[1])): k for k in fast if k not in full}
    moved, lost = [], []
    for k in full:
        if k in fast:
            continue
        other = new.pop((k[0], _hash_part(k[1])), None)
        if other is None:
            lost.append(full[k])
        else:
            moved.append((full[k], fast[other]))
    added = [fast[k] for k in new.values()]
    return {"articles": len(articles), "records": len(full), "lost": lost,
            "moved": moved, "changed": changed + moved, "added": added}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sets", default=",".join(SETS),
                        help=f"comma-separated sets (default: all of {', '.join(SETS)})")
    parser.add_argument("--limit", type=int, help="only the first N articles of each set")
    parser.add_argument("--details", help="write every lost and changed record to this JSONL")
    parser.add_argument("--window", type=int, help="sentences kept either side of a cue "
                        "(default: settings.PREFILTER_WINDOW)")
    parser.add_argument("--neighbours", choices=["all", "needed"],
                        help="neighbours kept in a dense article (default: "
                             "settings.PREFILTER_NEIGHBOURS)")


def run(args: argparse.Namespace) -> int:
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"frontlines: eval prefilter: unknown set(s) {', '.join(unknown)}", file=sys.stderr)
        return 2
    if args.window is not None:
        from frontlines import settings

        settings.PREFILTER_WINDOW = args.window
    if args.neighbours is not None:
        from frontlines import settings

        settings.PREFILTER_NEIGHBOURS = args.neighbours
    details = open(args.details, "w", encoding="utf-8") if args.details else None  # noqa: SIM115
    total = total_lost = 0
    for name in names:
        load, folder = SETS[name]
        if folder is not None and not folder.exists():
            print(f"frontlines: eval prefilter: {folder} not found, {name} skipped",
                  file=sys.stderr)
            continue
        articles = list(load())[:args.limit] if args.limit else list(load())
        r = compare(articles)
        total, total_lost = total + r["records"], total_lost + len(r["lost"])
        print(f"{name:<15} articles {r['articles']:>6}  records {r['records']:>5}  "
              f"lost {len(r['lost']):>3}  changed {len(r['changed']):>3} "
              f"(of which other country {len(r['moved'])})  added {len(r['added']):>3}",
              flush=True)
        if details is not None:
            _write_details(details, name, r)
    if details is not None:
        details.close()
    print(f"{'all':<15} records {total}  lost {total_lost}")
    return 0


def _write_details(fh, name: str, r: dict) -> None:  # noqa: ANN001 - a text file
    rows = ([{"set": name, "kind": "lost", "record": x} for x in r["lost"]]
            + [{"set": name, "kind": "changed", "full": a, "prefiltered": b}
               for a, b in r["changed"]]
            + [{"set": name, "kind": "added", "record": x} for x in r["added"]])
    for row in rows:
        fh.write(json.dumps(row, default=str) + "\n")
    fh.flush()
