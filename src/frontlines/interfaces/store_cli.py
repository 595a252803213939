"""CLI commands of the store: ingest, events, control (plugged in by cli.build_parser).

Every command is a thin wrapper: ``ingest`` over interfaces.ingest.ingest,
``events`` and ``control`` over the Store's query methods, on a store opened
read-only (a query never creates tables nor takes the write lock).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from frontlines.domain.errors import (
    EXIT_INTERRUPTED,
    EXIT_NOTHING,
    EXIT_OK,
    InputError,
    Problem,
)
from frontlines.extraction.readers import read_paths
from frontlines.interfaces.console import (
    Progress,
    atomic_path,
    bbox,
    err,
    iso_date,
    output,
    published_date,
    refuse_overwrite,
    status,
)
from frontlines.store import IngestResult, Store, default_path


def cmd_ingest(args: argparse.Namespace) -> int:
    from frontlines.interfaces.ingest import ingest  # loads spaCy: only for this command

    store = Store(args.db or default_path())
    progress = Progress()

    def on_item(item: IngestResult | Problem, events: int) -> None:
        if isinstance(item, Problem):
            err(str(item))
        progress.update(events, problem=isinstance(item, Problem))

    try:
        report = ingest(store, read_paths(args.paths, args.published), on_item)
    except KeyboardInterrupt:
        progress.done()
        err("interrupted: the article being written was rolled back; re-run to resume")
        return EXIT_INTERRUPTED
    finally:
        progress.done()
    c = store.counts()
    err(f"{report.new} new, {report.replaced} replaced, {report.unchanged} unchanged "
        f"articles; store {store.path}: {c['articles']} articles, {c['article_events']} "
        f"article events, {c['events']} events, {c['control_timeline']} control segments")
    store.close()
    return status(progress)


def cmd_events(args: argparse.Namespace) -> int:
    from frontlines.interfaces.export import write_events, write_parquet

    db = args.db or default_path()
    refuse_overwrite(args.output, [db])
    if args.format == "parquet" and args.output in (None, "-"):
        raise InputError("--format parquet", "writes a binary file: give it with -o FILE")
    with Store(db, readonly=True) as store:
        if args.explain:
            if store.event(args.explain) is None:
                raise InputError(store.path, f"no event {args.explain!r}")
            print(store.explain(args.explain))
            return EXIT_OK
        events = store.events(since=args.since, until=args.until, country=args.country,
                              actor=args.actor, type=args.type, bbox=args.bbox)
    if args.format == "parquet":
        with atomic_path(Path(args.output)) as tmp:
            write_parquet(events, str(tmp))
        return EXIT_OK
    with output(args.output, protected=[db]) as fh:
        write_events(events, args.format, fh)
    return EXIT_OK


def cmd_control(args: argparse.Namespace) -> int:
    db = args.db or default_path()
    refuse_overwrite(args.output, [db])
    if args.format is None:
        args.format = "geojson" if args.place is None else "text"
    if args.place is None and args.at is None:
        raise InputError("control", "give a PLACE, or --at DATE for the map of every place")
    with Store(db, readonly=True) as store:
        if args.place is None:
            answers = store.control_map(args.at)
        elif args.at is None:
            answers = store.control_timeline(args.place)
        else:
            ans = store.control_at(args.place, args.at)
            answers = [ans] if ans else []
    if not answers:
        err(f"no control report for {args.place or 'any place'}"
            + (f" at {args.at}" if args.at else ""))
        return EXIT_NOTHING
    with output(args.output, protected=[db]) as fh:
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
    p.add_argument("--published", type=published_date,
                   help="publication date (YYYY-MM-DD) when the input lacks one")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="consolidated events from the store")
    p.add_argument("--db")
    p.add_argument("--since", metavar="DATE", type=iso_date)
    p.add_argument("--until", metavar="DATE", type=iso_date)
    p.add_argument("--country", help="country name or ISO3 code")
    p.add_argument("--actor", help="substring of actor1/actor2/associated actors")
    p.add_argument("--type", help="event type or sub-event type")
    p.add_argument("--bbox", metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", type=bbox)
    p.add_argument("--format", choices=["jsonl", "csv", "geojson", "parquet"], default="jsonl")
    p.add_argument("-o", "--output")
    p.add_argument("--explain", metavar="EVENT_ID",
                   help="print the reports behind one event and why they were merged")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("control", help="who controlled a place (territorial-control timeline)")
    p.add_argument("place", nargs="?", metavar="PLACE")
    p.add_argument("--at", metavar="DATE", type=iso_date,
                   help="date (YYYY-MM-DD); without PLACE: every place")
    p.add_argument("--db")
    p.add_argument("--format", choices=["text", "jsonl", "geojson"], default=None)
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_control)
