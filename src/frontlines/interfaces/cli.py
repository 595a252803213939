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
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from frontlines import __version__
from frontlines.domain.model import Article
from frontlines.extraction.readers import InputError, Problem, parse_date, read_paths

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

EVAL_KINDS = {
    "geo": "frontlines.interfaces.evaluate.geo",
    "event-location": "frontlines.interfaces.evaluate.event_location",
    "case": "frontlines.interfaces.evaluate.case",
    "plover": "frontlines.interfaces.evaluate.plover",
    "events": "frontlines.interfaces.evaluate.events",
    "prefilter": "frontlines.interfaces.evaluate.prefilter",
}


def _err(msg: str) -> None:
    print(f"frontlines: {msg}", file=sys.stderr)


class Progress:
    """Articles done, rate and events found, on stderr when it is a terminal."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self.articles = self.events = self.problems = 0
        self._last = 0.0

    def update(self, events: int = 0, problem: bool = False) -> None:
        if problem:
            self.problems += 1
        else:
            self.articles += 1
            self.events += events
        now = time.monotonic()
        if self.enabled and now - self._last > 0.5:
            self._last = now
            rate = self.articles / max(now - self.start, 1e-6)
            sys.stderr.write(f"\r{self.articles} articles, {rate:.1f}/s, {self.events} events"
                             f"{f', {self.problems} skipped' if self.problems else ''}   ")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.articles:
            sys.stderr.write("\n")


def _articles(paths: list[str], published: date | None, progress: Progress) -> Iterator[Article]:
    for item in read_paths(paths, published):
        if isinstance(item, Problem):
            _err(str(item))
            progress.update(problem=True)
            continue
        yield item


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdout
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _published(args: argparse.Namespace) -> date | None:
    if not getattr(args, "published", None):
        return None
    return parse_date(args.published, "--published")


def cmd_extract(args: argparse.Namespace) -> int:
    from frontlines.extraction.pipeline import extract_articles
    from frontlines.interfaces.export import EventWriter

    published = _published(args)
    progress = Progress()
    with _output(args.output) as fh:
        writer = EventWriter(fh, args.format, explain=args.explain)
        for article, events in extract_articles(_articles(args.paths, published, progress)):
            for event in events:
                writer.write(event)
            if args.explain:
                from frontlines.extraction.pipeline import explain_text

                print(explain_text(article, events), file=sys.stderr)
            progress.update(len(events))
        writer.close()
    progress.done()
    return _status(progress)


def _status(progress: Progress) -> int:
    if progress.articles == 0:
        _err("no article could be read")
        return EXIT_NOTHING
    return EXIT_PARTIAL if progress.problems else EXIT_OK


def cmd_geoparse(args: argparse.Namespace) -> int:
    from frontlines.extraction.places.geoparse import CHUNK, geoparse_many

    progress = Progress()
    with _output(args.output) as fh:
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
                _err(str(item))
                progress.update(problem=True)
                continue
            batch.append(item)
            if len(batch) >= CHUNK:
                flush()
        if batch:
            flush()
    progress.done()
    return _status(progress)


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
        _err(f"no examples found in {root}")
        return EXIT_NOTHING
    progress = Progress(enabled=False)
    all_events = []
    for _article, events in extract_articles(_articles(paths, None, progress)):
        all_events.extend(events)
        progress.update(len(events))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for fmt in ("jsonl", "csv", "geojson"):
        with open(out / f"events.{fmt}", "w", encoding="utf-8", newline="") as fh:
            write_events(all_events, fmt, fh)
    print(_table(all_events))
    print(f"\n{len(all_events)} events from {progress.articles} articles -> "
          f"{out}/events.jsonl, {out}/events.csv, {out}/events.geojson")
    return EXIT_OK


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


def _optional(module: str, name: str):  # noqa: ANN202
    """A sibling stage's CLI function, or None while that stage is absent."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontlines",
        description="Geocoded armed-conflict event data from news text, offline.")
    parser.add_argument("--version", action="version", version=f"frontlines {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("extract", help="events of each article (per-article records)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .jsonl or - (stdin)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) when the input lacks one")
    p.add_argument("--format", choices=["jsonl", "csv", "geojson"], default="jsonl")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--explain", action="store_true",
                   help="add per-field explanations (the words that decided each field)")
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
    for kind, module in EVAL_KINDS.items():
        add = _optional(module, "add_arguments")
        run = _optional(module, "run")
        if add is None or run is None:
            continue
        e = esub.add_parser(kind, help=(importlib.import_module(module).__doc__ or "").split(
            "\n")[0])
        add(e)
        e.set_defaults(func=cmd_eval, eval_run=run)

    store_cli = _optional("frontlines.interfaces.store_cli", "add_commands")
    if store_cli is not None:
        store_cli(sub)
    spark_cli = _optional("frontlines.interfaces.spark", "add_commands")
    if spark_cli is not None:
        spark_cli(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        with contextlib.suppress(Exception):
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115 - silence the closing flush
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except OSError as exc:
        _err(f"{getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}")
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
