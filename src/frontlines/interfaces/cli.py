"""The command line: a thin wrapper over the Python API.

Every user error is one line on stderr naming the file (and line) and a
non-zero exit; tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from frontlines import __version__
from frontlines.domain.errors import (
    EXIT_INTERRUPTED,
    EXIT_NOTHING,
    EXIT_OK,
    FrontlinesError,
    Problem,
)
from frontlines.domain.model import Article
from frontlines.extraction.readers import read_paths
from frontlines.interfaces import spark, store_cli
from frontlines.interfaces.console import (
    Progress,
    err,
    join_negative_values,
    output,
    published_date,
    status,
)
from frontlines.interfaces.serve import command as serve_command

EVAL_KINDS = {
    "geo": "frontlines.interfaces.evaluate.geo",
    "event-location": "frontlines.interfaces.evaluate.event_location",
    "case": "frontlines.interfaces.evaluate.case",
    "plover": "frontlines.interfaces.evaluate.plover",
    "events": "frontlines.interfaces.evaluate.events",
    "prefilter": "frontlines.interfaces.evaluate.prefilter",
    "incidents": "frontlines.interfaces.evaluate.incidents",
}


def articles(paths: list[str], published: date | None, progress: Progress) -> Iterator[Article]:
    """The readable articles of the paths; each problem reported as one line, and the
    first article without a publication date named once: "on Tuesday" then counts back
    from its dateline, else from today, which is right for a live feed and wrong for an
    archive, so the user should know."""
    undated = 0
    for item in read_paths(paths, published):
        if isinstance(item, Problem):
            err(str(item))
            progress.update(problem=True)
            continue
        if item.published is None:
            undated += 1
            if undated == 1:
                err(f"{item.origin or item.id}: no publication date; relative dates count "
                    "back from its dateline, else from today (give --published DATE or a "
                    "'published' field)")
        yield item


def cmd_extract(args: argparse.Namespace) -> int:
    from frontlines.extraction.pipeline import explain_text
    from frontlines.extraction.records import extract_records
    from frontlines.interfaces.export import EventWriter

    if args.prefilter_neighbours:
        from frontlines import settings

        settings.PREFILTER_NEIGHBOURS = args.prefilter_neighbours
    progress = Progress()
    with output(args.output, protected=args.paths) as fh:
        writer = EventWriter(fh, args.format, explain=args.explain)
        todo = articles(args.paths, args.published, progress)
        for item in extract_records(todo, statements=False):
            if isinstance(item, Problem):
                err(str(item))
                progress.update(problem=True)
                continue
            for event in item.events:
                writer.write(event)
            if args.explain:
                print(explain_text(item.article, item.events), file=sys.stderr)
            progress.update(len(item.events))
        writer.close()
    progress.done()
    return status(progress)


def cmd_geoparse(args: argparse.Namespace) -> int:
    from frontlines.extraction.places.geoparse import CHUNK, geoparse_many

    progress = Progress()
    with output(args.output, protected=args.paths) as fh:
        batch: list[Article] = []

        def flush() -> None:
            # Articles are geoparsed in batches: the NER runs on all their windows at once.
            results = geoparse_many([a.text for a in batch], [_spans_of(a) for a in batch],
                                    ner=args.ner)
            for item, toponyms in zip(batch, results, strict=True):
                out = {"article_id": item.id,
                       "toponyms": [_toponym_dict(t) for t in toponyms]}
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
                progress.update(len(toponyms))
            batch.clear()

        for item in read_paths(args.paths, None):
            if isinstance(item, Problem):
                err(str(item))
                progress.update(problem=True)
                continue
            batch.append(item)
            if len(batch) >= CHUNK:
                flush()
        if batch:
            flush()
    progress.done()
    return status(progress)


def _spans_of(article: Article) -> list[tuple[int, int]] | None:
    return list(article.spans) if article.spans is not None else None


def _toponym_dict(t) -> dict:  # noqa: ANN001 - model.Toponym
    p = t.place
    return {
        "text": t.text, "start": t.start, "end": t.end,
        "name": p.name if p else None, "geonames_id": p.geonames_id if p else None,
        "latitude": p.latitude if p else None, "longitude": p.longitude if p else None,
        "country_code": p.country_code if p else None,
        "feature_class": p.feature_class if p else None,
    }


def cmd_demo(args: argparse.Namespace) -> int:
    from frontlines.extraction.pipeline import extract_articles
    from frontlines.interfaces.export import write_events

    root = Path(__file__).resolve().parents[3] / "examples"
    paths = sorted(str(p) for p in root.glob("*") if p.suffix in (".txt", ".html", ".jsonl")
                   and not p.name.endswith(".gold.jsonl"))  # gold answers are not articles
    if not paths:
        err(f"no examples found in {root}")
        return EXIT_NOTHING
    progress = Progress(enabled=False)
    all_events, pairs = [], []
    for article, events in extract_articles(articles(paths, None, progress)):
        all_events.extend(events)
        pairs.append((article, events))
        progress.update(len(events))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    _demo_store(out / "demo.db", pairs)
    for fmt in ("jsonl", "csv", "geojson"):
        with open(out / f"events.{fmt}", "w", encoding="utf-8", newline="") as fh:
            write_events(all_events, fmt, fh)
    print(_table(all_events))
    print(f"\n{len(all_events)} events from {progress.articles} articles -> "
          f"{out}/events.jsonl, {out}/events.csv, {out}/events.geojson, store {out}/demo.db"
          f"\nmap: frontlines serve --db {out}/demo.db  (then open http://127.0.0.1:8000/)")
    return EXIT_OK


def _demo_store(path: Path, pairs: list) -> None:
    """The examples in a store too, so that `frontlines serve --db out/demo.db` has data."""
    from frontlines.interfaces.ingest import ingest
    from frontlines.store import Store

    with Store(path) as store:
        ingest(store, [article for article, _ in pairs])


def _table(events) -> str:  # noqa: ANN001 - list[Event]
    rows = [("date", "p", "sub_event_type", "actor1", "actor2", "location", "gp", "fat",
             "low-high", "sources")]
    for e in events:
        spread = "" if e.fatalities_low is None else f"{e.fatalities_low}-{e.fatalities_high}"
        rows.append((e.event_date, str(e.time_precision), e.sub_event_type, e.actor1[:30],
                     e.actor2[:30], f"{e.location or ''} ({e.country or '?'})"[:32],
                     str(e.geo_precision or ""), str(e.fatalities), spread,
                     "; ".join(e.sources)[:50]))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from frontlines.extraction.places import gazetteer

    path = gazetteer.build(force=args.force, quiet=args.quiet)
    if not args.quiet:
        print(path)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    return args.eval_run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontlines",
        description="Geocoded armed-conflict event data from news text, offline.")
    parser.add_argument("--version", action="version", version=f"frontlines {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("extract", help="events of each article (per-article records)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .jsonl or - (stdin)")
    p.add_argument("--published", type=published_date,
                   help="publication date (YYYY-MM-DD) when the input lacks one")
    p.add_argument("--format", choices=["jsonl", "csv", "geojson"], default="jsonl")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--explain", action="store_true",
                   help="add per-field explanations (the words that decided each field)")
    p.add_argument("--prefilter-neighbours", choices=["all", "needed"],
                   help="neighbours of a cue sentence parsed in a dense article: all within "
                        "the window (default) or only those the event stages may need "
                        "(fewer words parsed, some records change; docs/benchmarks.md)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("geoparse", help="place names and their GeoNames resolution")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.add_argument("-o", "--output")
    p.add_argument("--ner", choices=["windows", "full"], default="windows",
                   help="run the NER only around gazetteer names (default, ~3x faster) "
                        "or on the whole text")
    p.set_defaults(func=cmd_geoparse)

    p = sub.add_parser("demo", help="run the bundled examples end to end")
    p.add_argument("--out", default="out", help="folder for events.{jsonl,csv,geojson}")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gazetteer", help="manage the GeoNames index")
    gsub = p.add_subparsers(dest="action", metavar="ACTION")
    gsub.required = True
    g = gsub.add_parser("build", help="build (or rebuild) the cached gazetteer index")
    g.add_argument("--force", action="store_true")
    g.add_argument("--quiet", action="store_true")
    g.set_defaults(func=cmd_gazetteer)

    p = sub.add_parser("eval", help="score against a gold data set")
    esub = p.add_subparsers(dest="kind", metavar="KIND")
    esub.required = True
    for kind, name in EVAL_KINDS.items():
        mod = importlib.import_module(name)  # light: each eval imports the pipeline when run
        e = esub.add_parser(kind, help=(mod.__doc__ or "").split("\n")[0])
        mod.add_arguments(e)
        e.set_defaults(func=cmd_eval, eval_run=mod.run)

    store_cli.add_commands(sub)
    serve_command.add_command(sub)
    spark.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; every fault the user can fix is one line and an exit status."""
    parser = build_parser()
    args = parser.parse_args(join_negative_values(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.func(args) or 0)
    except FrontlinesError as exc:
        err(str(exc))
        return exc.exit_code
    except BrokenPipeError:
        with contextlib.suppress(Exception):
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115 - silence the closing flush
        return EXIT_OK
    except KeyboardInterrupt:
        err("interrupted")
        return EXIT_INTERRUPTED
    except MemoryError:
        err("out of memory")
        return EXIT_NOTHING


if __name__ == "__main__":
    sys.exit(main())
