"""CLI commands of the store: ingest, events, control (plugged in by cli.build_parser).

Kept apart from cli.py so the store stage can evolve its commands alone; every
command is a thin wrapper over store.Store and control.control_at/control_map.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3
BATCH = 16  # articles per transaction: an interrupted ingest loses at most this many


def _err(msg: str) -> None:
    print(f"frontlines: {msg}", file=sys.stderr)


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(_usage(f"{flag}: not a date (YYYY-MM-DD): {value!r}")) from None


def _usage(msg: str) -> int:
    _err(msg)
    return EXIT_USAGE


def _open_existing(path: str | None):  # noqa: ANN202 - Store
    from frontlines.store import Store, default_path

    db = path or default_path()
    if not Path(db).exists():
        _err(f"{db}: no store here (run `frontlines ingest PATH... --db {db}` first)")
        return None
    return Store(db)


def cmd_ingest(args: argparse.Namespace) -> int:
    from frontlines.extraction.pipeline import process_articles
    from frontlines.interfaces.cli import Progress, _articles, _published, _status
    from frontlines.store import Store

    store = Store(args.db)
    progress = Progress()
    counts = {"new": 0, "replaced": 0, "unchanged": 0}

    def todo():  # noqa: ANN202 - skip extraction of articles already stored as they are
        for article in _articles(args.paths, _published(args), progress):
            if store.is_current(article):
                counts["unchanged"] += 1
                progress.update(0)
                continue
            yield article

    try:
        results = process_articles(todo())
        while True:
            with store.batch():
                n = 0
                for result in results:
                    res = store.ingest(result.article, result.events, doc=result.doc)
                    counts[res.status] += 1
                    progress.update(len(result.events))
                    n += 1
                    if n >= BATCH:
                        break
            if n < BATCH:
                break
    except KeyboardInterrupt:
        progress.done()
        _err(f"interrupted: the last batch (≤ {BATCH} articles) was rolled back; "
             "re-run to resume")
        return 130
    progress.done()
    c = store.counts()
    _err(f"{counts['new']} new, {counts['replaced']} replaced, {counts['unchanged']} unchanged "
         f"articles; store {store.path}: {c['articles']} articles, {c['article_events']} "
         f"article events, {c['events']} events, {c['control_timeline']} control segments")
    store.close()
    return _status(progress)


def cmd_events(args: argparse.Namespace) -> int:
    from frontlines.interfaces.cli import _output

    store = _open_existing(args.db)
    if store is None:
        return EXIT_USAGE
    if args.explain:
        if store.event(args.explain) is None:
            return _usage(f"{store.path}: no event {args.explain!r}")
        print(store.explain(args.explain))
        return EXIT_OK
    if args.format == "parquet" and args.output in (None, "-"):
        return _usage("--format parquet writes a binary file: give it with -o FILE")
    bbox = None
    if args.bbox:
        try:
            bbox = tuple(float(x) for x in args.bbox.split(","))
            assert len(bbox) == 4
        except (ValueError, AssertionError):
            return _usage(f"--bbox: expected MIN_LON,MIN_LAT,MAX_LON,MAX_LAT, got {args.bbox!r}")
    events = store.events(since=_date(args.since, "--since"), until=_date(args.until, "--until"),
                          country=args.country, actor=args.actor, type=args.type,
                          bbox=bbox)  # type: ignore[arg-type]
    from frontlines.interfaces.export import write_events, write_parquet

    if args.format == "parquet":
        write_parquet(events, args.output)
        return EXIT_OK
    with _output(args.output) as fh:
        write_events(events, args.format, fh)
    return EXIT_OK


def cmd_control(args: argparse.Namespace) -> int:
    from frontlines.aggregate import control
    from frontlines.interfaces.cli import _output

    store = _open_existing(args.db)
    if store is None:
        return EXIT_USAGE
    at = _date(args.at, "--at")
    if args.place is None:
        if at is None:
            return _usage("control: give a PLACE, or --at DATE for the map of every place")
        answers = control.control_map(store, at)
    elif at is None:
        answers = control.timeline(store, args.place)
    else:
        ans = control.control_at(store, args.place, at)
        answers = [ans] if ans else []
    if not answers:
        _err(f"no control report for {args.place or 'any place'}"
             + (f" at {at}" if at else ""))
        return EXIT_NOTHING
    with _output(args.output) as fh:
        if args.format == "geojson":
            feats = [a.to_feature() for a in answers]
            json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False)
            fh.write("\n")
        elif args.format == "jsonl":
            for a in answers:
                fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        else:
            fh.write("\n".join(a.describe() for a in answers) + "\n")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ingest, events and control on the main parser's subcommands."""
    p = sub.add_parser("ingest", help="extract, store and consolidate articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .jsonl or - (stdin)")
    p.add_argument("--db", help="store file (default $FRONTLINES_DB or ./frontlines.db)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) when the input lacks one")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="consolidated events from the store")
    p.add_argument("--db")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--country", help="country name or ISO3 code")
    p.add_argument("--actor", help="substring of actor1/actor2/associated actors")
    p.add_argument("--type", help="event type or sub-event type")
    p.add_argument("--bbox", metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")
    p.add_argument("--format", choices=["jsonl", "csv", "geojson", "parquet"], default="jsonl")
    p.add_argument("-o", "--output")
    p.add_argument("--explain", metavar="EVENT_ID",
                   help="print the reports behind one event and why they were merged")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("control", help="who controlled a place (territorial-control timeline)")
    p.add_argument("place", nargs="?", metavar="PLACE")
    p.add_argument("--at", metavar="DATE", help="date (YYYY-MM-DD); without PLACE: every place")
    p.add_argument("--db")
    p.add_argument("--format", choices=["text", "jsonl", "geojson"], default=None)
    p.add_argument("-o", "--output")
    p.set_defaults(func=_control_entry)


def _control_entry(args: argparse.Namespace) -> int:
    if args.format is None:
        args.format = "geojson" if args.place is None else "text"
    return cmd_control(args)
