"""frontlines on Apache Spark: whole archives, the same records as the CLI.

An interface like the CLI: it only wraps the Python API and adds partitioning.

    frontlines spark extract INPUT... --out DIR [--master local[N]] [--partitions N]
    frontlines spark consolidate DIR [--out DIR2] [--master local[N]]

`extract` follows Common Crawl's cc-pyspark pattern: the input files (JSONL,
CSV, TXT/HTML or WARC) are the first partitions, read by the executors;
articles are spread over `--partitions` partitions and each partition runs the
pipeline (`process_articles`) with the spaCy model and the gazetteer loaded
once per executor process (they are cached per process and Spark reuses its
Python workers). Article events go to DIR/records (Parquet, the event-record
schema plus the article's publication date and the store's article-event key)
and control observations to DIR/observations.

`consolidate` groups the records by country and by time segment: within a
country, records sorted by date are cut wherever two consecutive dates are more
than the widest date tolerance of consolidation apart, so that no two records
of different segments can ever merge and clustering each segment alone gives
what clustering everything would (the boundary cases). Each segment is
consolidated with aggregate.consolidate, control timelines per place with
aggregate.control.build_timeline. Groups are also split by type class (types
consolidation may merge: battles and territory changes, strikes and shelling,
bombs, protests and riots ...), since records of different classes never merge.
A record with no country forms groups of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from frontlines.domain.model import Article, Event

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
# Text columns of the Parquet records that hold JSON (lists and nested records).
JSON_COLUMNS = ("sources", "evidence")


# ------------------------------------------------------------------ reading (executors)

def _warc_articles(path: str) -> Iterator[Article]:
    """HTML responses of a WARC file as articles (trafilatura, as `extract` does)."""
    from warcio.archiveiterator import ArchiveIterator

    from frontlines.extraction.readers import InputError, article_id_for, from_html

    with open(path, "rb") as fh:
        for n, record in enumerate(ArchiveIterator(fh), 1):
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type", "") if \
                record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            raw = record.content_stream().read().decode("utf-8", errors="replace")
            try:
                yield from_html(raw, article_id_for(raw, url), origin=f"{path}:{n}", url=url)
            except InputError as exc:
                print(f"frontlines: {exc}", file=sys.stderr)


def read_input(path: str) -> Iterator[dict[str, Any]]:
    """One input file's articles as plain dicts (what Spark ships between stages)."""
    from frontlines.extraction.readers import Problem, read_path

    items: Iterable[Any] = (_warc_articles(path) if path.lower().endswith(WARC_SUFFIXES)
                            else read_path(path))
    for item in items:
        if isinstance(item, Problem):
            print(f"frontlines: {item}", file=sys.stderr)
            continue
        yield _article_dict(item)


def _article_dict(a: Article) -> dict[str, Any]:
    return {"id": a.id, "text": a.text, "title": a.title, "url": a.url, "outlet": a.outlet,
            "published": a.published.isoformat() if a.published else None,
            "origin": a.origin}


def _article(d: dict[str, Any]) -> Article:
    pub = date.fromisoformat(d["published"]) if d.get("published") else None
    return Article(id=d["id"], text=d["text"], title=d.get("title"), url=d.get("url"),
                   outlet=d.get("outlet"), published=pub, origin=d.get("origin") or "")


# ------------------------------------------------------------------ extraction (executors)

def extract_partition(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Run the pipeline over one partition: ("record", row) and ("observation", row).

    The model and the gazetteer are loaded by the first call in an executor process
    and reused by every later partition that process runs."""
    from frontlines.aggregate import control
    from frontlines.extraction.records import ArticleRecords, extract_records
    from frontlines.store import article_event_key

    for res in extract_records(_article(r) for r in rows):
        if not isinstance(res, ArticleRecords):
            print(f"frontlines: {res}", file=sys.stderr)  # one article's fault, reported
            continue
        article, seen = res.article, set()
        published = article.published.isoformat() if article.published else None
        keyed = []
        for ev in res.events:
            key = article_event_key(article.id, ev, seen)
            keyed.append((key, ev))
            yield "record", record_row(ev, key, published)
        for o in control.observations_from_events(article, keyed) + res.statements:
            yield "observation", observation_row(o)


def record_row(ev: Event, key: str, published: str | None) -> dict[str, Any]:
    """An article event as a flat Parquet row (lists and evidence as JSON text)."""
    row = ev.to_dict()
    for col in JSON_COLUMNS:
        row[col] = json.dumps(row[col], ensure_ascii=False)
    row["article_event_key"] = key
    row["published"] = published
    return row


def event_of(row: dict[str, Any]) -> Event:
    """The Event back from a Parquet row."""
    data = dict(row)
    for col in JSON_COLUMNS:
        if isinstance(data.get(col), str):
            data[col] = json.loads(data[col])
    return Event.from_dict(data)


def observation_row(o: Any) -> dict[str, Any]:
    from dataclasses import asdict

    row = asdict(o)
    row["date"] = o.date.isoformat()
    row["sources"] = json.dumps(o.sources, ensure_ascii=False)
    row["place_key"] = o.place_key
    return row


def observation_of(row: dict[str, Any]) -> Any:
    from frontlines.domain.control import Observation

    data = {k: v for k, v in row.items() if k != "place_key"}
    data["date"] = date.fromisoformat(data["date"])
    data["sources"] = json.loads(data["sources"]) if data.get("sources") else []
    return Observation(**data)


# ------------------------------------------------------------------ consolidation (executors)

def consolidate_group(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Consolidated events of one (country, time segment) group of article events."""
    from frontlines.aggregate.consolidate import Member, consolidate

    members = [Member(r["article_event_key"], event_of(r), r.get("published") or "")
               for r in rows]
    for event, group in consolidate(members):
        row = event.to_dict()
        for col in JSON_COLUMNS:
            row[col] = json.dumps(row[col], ensure_ascii=False)
        row["members"] = json.dumps(sorted(m.key for m in group))
        yield row


def timeline_rows(place_key: str, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The control timeline of one place, one row per segment."""
    from frontlines.aggregate.control import _seg_json, build_timeline

    for seq, seg in enumerate(build_timeline([observation_of(r) for r in rows])):
        yield {"place_key": place_key, "seq": seq,
               "segment": json.dumps(_seg_json(seg), ensure_ascii=False, default=str)}


# ------------------------------------------------------------------ Spark side (driver)

def _spark_type(annotation: str):  # noqa: ANN202 - a pyspark DataType
    from pyspark.sql import types as T

    if annotation.startswith("int"):
        return T.LongType()
    if annotation.startswith("float"):
        return T.DoubleType()
    return T.StringType()


def record_schema(extra: tuple[str, ...] = ("article_event_key", "published")):  # noqa: ANN201
    """The event-record schema (SPEC.md field order) as a Spark StructType."""
    from dataclasses import fields

    from pyspark.sql import types as T

    from frontlines.domain.model import EVENT_FIELDS

    types = {f.name: str(f.type) for f in fields(Event)}
    cols = [T.StructField(n, _spark_type(types[n])) for n in EVENT_FIELDS]
    return T.StructType(cols + [T.StructField(n, T.StringType()) for n in extra])


def observation_schema():  # noqa: ANN201
    from dataclasses import fields

    from pyspark.sql import types as T

    from frontlines.domain.control import Observation

    cols = [T.StructField(f.name, _spark_type(str(f.type))) for f in fields(Observation)]
    return T.StructType(cols + [T.StructField("place_key", T.StringType())])


def session(master: str | None, app: str = "frontlines"):  # noqa: ANN201
    """A SparkSession whose Python workers run this interpreter and are reused, so a
    worker keeps its loaded model and gazetteer from one task to the next."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    # One task per core: BLAS thread pools in every Python worker would fight over
    # the cores Spark already gives one task each.
    for var in BLAS_THREAD_VARS:
        os.environ.setdefault(var, "1")
        builder = builder.config(f"spark.executorEnv.{var}", os.environ[var])
    builder = (builder
               .config("spark.python.worker.reuse", "true")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _rows(tagged: Iterable[tuple[str, dict[str, Any]]], kind: str, names: list[str]
          ) -> Iterator[tuple]:
    for tag, row in tagged:
        if tag == kind:
            yield tuple(row.get(n) for n in names)


def run_extract(spark, inputs: list[str], out: str, partitions: int) -> dict[str, int]:  # noqa: ANN001
    """Inputs -> DIR/records and DIR/observations (Parquet); returns the counts."""
    sc = spark.sparkContext
    files = sc.parallelize(inputs, max(1, len(inputs)))
    articles = files.flatMap(read_input).repartition(partitions)
    tagged = articles.mapPartitions(extract_partition).cache()
    rs, os_ = record_schema(), observation_schema()
    rec_names = [f.name for f in rs.fields]
    obs_names = [f.name for f in os_.fields]
    records = spark.createDataFrame(
        tagged.mapPartitions(lambda it: _rows(it, "record", rec_names)), rs)
    observations = spark.createDataFrame(
        tagged.mapPartitions(lambda it: _rows(it, "observation", obs_names)), os_)
    records.write.mode("overwrite").parquet(str(Path(out) / "records"))
    observations.write.mode("overwrite").parquet(str(Path(out) / "observations"))
    counts = {"records": records.count(), "observations": observations.count()}
    tagged.unpersist()
    return counts


def type_classes() -> dict[str, str]:
    """Sub-event type -> its class: the connected groups of the types consolidation
    may merge: armed clashes with territory changes, and so on. Records of
    different classes never merge, so each class is consolidated on its own."""
    from frontlines.aggregate.consolidate import types_compatible
    from frontlines.domain.taxonomy import SUB_EVENT_TYPES

    names = sorted(SUB_EVENT_TYPES)
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for a in names:
        for b in names:
            if types_compatible(a, b):
                parent[root(b)] = root(a)
    return {n: root(n) for n in names}


def segments(records):  # noqa: ANN001, ANN201 - DataFrame in, DataFrame out
    """Add `group_key` (country and type class) and `segment`: per group, records by
    date, a new segment wherever two consecutive dates are further apart than any two
    mergeable records can be."""
    from itertools import chain

    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from frontlines.aggregate.consolidate import DATE_TOLERANCE_DAYS

    widest = max(DATE_TOLERANCE_DAYS.values())
    classes = F.create_map(*[F.lit(x) for x in chain(*type_classes().items())])
    type_class = F.coalesce(classes[F.col("sub_event_type")], F.col("sub_event_type"))
    df = records.withColumn("country_key", F.concat_ws(
        "|", F.coalesce(F.col("country"), F.lit("")), type_class))
    w = Window.partitionBy("country_key").orderBy("event_date", "article_event_key")
    gap = F.datediff(F.to_date("event_date"), F.lag(F.to_date("event_date")).over(w))
    df = df.withColumn("cut", F.when(gap > widest, 1).otherwise(0))
    return df.withColumn("segment", F.sum("cut").over(
        w.rowsBetween(Window.unboundedPreceding, Window.currentRow)))


def run_consolidate(spark, folder: str, out: str) -> dict[str, int]:  # noqa: ANN001
    """DIR/records -> OUT/events; DIR/observations -> OUT/control (Parquet)."""
    from pyspark.sql import types as T

    records = segments(spark.read.parquet(str(Path(folder) / "records")))
    groups = (records.rdd.map(lambda r: ((r["country_key"], r["segment"]), r.asDict()))
              .groupByKey())
    schema = record_schema(extra=("members",))
    names = [f.name for f in schema.fields]
    events = groups.flatMap(lambda kv: consolidate_group(kv[1])).map(
        lambda row: tuple(row.get(n) for n in names))
    events_df = spark.createDataFrame(events, schema)
    events_df.write.mode("overwrite").parquet(str(Path(out) / "events"))
    obs = spark.read.parquet(str(Path(folder) / "observations"))
    tl_schema = T.StructType([T.StructField("place_key", T.StringType()),
                              T.StructField("seq", T.LongType()),
                              T.StructField("segment", T.StringType())])
    timelines = (obs.rdd.map(lambda r: (r["place_key"], r.asDict())).groupByKey()
                 .flatMap(lambda kv: timeline_rows(kv[0], kv[1]))
                 .map(lambda row: (row["place_key"], row["seq"], row["segment"])))
    tl_df = spark.createDataFrame(timelines, tl_schema)
    tl_df.write.mode("overwrite").parquet(str(Path(out) / "control"))
    return {"events": events_df.count(), "control_segments": tl_df.count()}


# ------------------------------------------------------------------ command line

def _pyspark_missing() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("frontlines: spark: pyspark is not installed (run `make spark`)", file=sys.stderr)
        return True
    return False


def cmd_spark_extract(args: argparse.Namespace) -> int:
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        print(f"frontlines: spark extract: {missing[0]}: no such file", file=sys.stderr)
        return 2
    if _pyspark_missing():
        return 2
    spark = session(args.master)
    try:
        parts = args.partitions or spark.sparkContext.defaultParallelism
        counts = run_extract(spark, [str(Path(p).resolve()) for p in args.inputs],
                             args.out, parts)
        if args.consolidate:
            counts.update(run_consolidate(spark, args.out, args.out))
    finally:
        spark.stop()
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {args.out}", file=sys.stderr)
    return 0


def cmd_spark_consolidate(args: argparse.Namespace) -> int:
    if not (Path(args.folder) / "records").exists():
        print(f"frontlines: spark consolidate: {args.folder}/records: not found "
              f"(the output of `spark extract`)", file=sys.stderr)
        return 2
    if _pyspark_missing():
        return 2
    spark = session(args.master)
    try:
        counts = run_consolidate(spark, args.folder, args.out or args.folder)
    finally:
        spark.stop()
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {args.out or args.folder}",
          file=sys.stderr)
    return 0


def add_commands(sub: Any) -> None:
    """`frontlines spark extract|consolidate` on the main parser's subcommands."""
    p = sub.add_parser("spark", help="run extraction and consolidation on Apache Spark")
    ssub = p.add_subparsers(dest="spark_command", metavar="STAGE")
    ssub.required = True
    e = ssub.add_parser("extract", help="articles -> Parquet article events (records/)")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl, .csv, .txt, .html, "
                   ".warc(.gz) files")
    e.add_argument("--out", required=True, help="output folder")
    e.add_argument("--master", help="Spark master, e.g. local[2] (default: Spark's own)")
    e.add_argument("--partitions", type=int, help="article partitions (default: the cores)")
    e.add_argument("--consolidate", action="store_true",
                   help="also run the consolidation stage into the same folder")
    e.set_defaults(func=cmd_spark_extract)
    c = ssub.add_parser("consolidate", help="Parquet article events -> events/ and control/")
    c.add_argument("folder", help="the output folder of `spark extract`")
    c.add_argument("--out", help="output folder (default: the same)")
    c.add_argument("--master", help="Spark master, e.g. local[2]")
    c.set_defaults(func=cmd_spark_consolidate)
