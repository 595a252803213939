"""The Spark interface gives the records of `extract` and the events of `ingest`.

Needs the spark extra (`make spark`); skipped cleanly without pyspark. The
Guardian tests also need ../shared/data.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")

from frontlines.extraction.readers import Article, from_html, read_path  # noqa: E402
from frontlines.extraction.records import ArticleRecords, extract_records  # noqa: E402
from frontlines.interfaces import spark as fspark  # noqa: E402
from frontlines.interfaces.ingest import ingest  # noqa: E402
from frontlines.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
AFP = ROOT / "examples" / "afp-2017-11-17-rawa.txt"
GUARDIAN = ROOT.parent / "shared" / "data" / "guardian_syria_articles" / "Guardian_SDF_sample.csv"


@pytest.fixture(scope="module")
def spark():
    session = fspark.session("local[2]", app="frontlines-tests")
    yield session
    session.stop()


def _pairs_of_extract(articles: list[Article]) -> set[tuple[str, str]]:
    """(article_id, event_id) of the records `frontlines extract` emits."""
    return {(e.article_id, e.event_id) for r in extract_records(articles, statements=False)
            if isinstance(r, ArticleRecords) for e in r.events}


def _pairs_of_spark(spark, out: Path) -> set[tuple[str, str]]:  # noqa: ANN001
    rows = spark.read.parquet(str(out / "records")).select("article_id", "event_id").collect()
    return {(r["article_id"], r["event_id"]) for r in rows}


def test_afp_records_as_extract(spark, tmp_path):  # noqa: ANN001
    counts = fspark.run_extract(spark, [str(AFP)], str(tmp_path), partitions=2)
    want = _pairs_of_extract([a for a in read_path(str(AFP)) if isinstance(a, Article)])
    assert counts["records"] == len(want) == 8
    assert _pairs_of_spark(spark, tmp_path) == want
    row = spark.read.parquet(str(tmp_path / "records")).where(
        "sub_event_type = 'Remote explosive/landmine/IED'").first()
    assert (row["fatalities"], row["fatalities_low"], row["injuries"]) == (26, 20, 30)
    assert "Syrian Observatory for Human Rights" in json.loads(row["sources"])


def test_warc_input(spark, tmp_path):  # noqa: ANN001
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    lines = AFP.read_text(encoding="utf-8").splitlines()
    html = (f"<html><head><title>{lines[0]}</title></head><body><article><h1>{lines[0]}</h1>"
            + "".join(f"<p>{ln}</p>" for ln in lines[1:] if ln.strip())
            + "</article></body></html>")
    warc = tmp_path / "afp.warc.gz"
    url = "https://example.org/afp-rawa"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=__import__("io").BytesIO(html.encode("utf-8")),
            http_headers=headers))
    out = tmp_path / "out"
    fspark.run_extract(spark, [str(warc)], str(out), partitions=1)
    from frontlines.extraction.readers import article_id_for

    article = from_html(html, article_id_for(html, url), url=url)
    want = _pairs_of_extract([article])
    assert len(want) >= 4  # the four events of 17 November at least
    assert _pairs_of_spark(spark, out) == want


def _guardian_40() -> list[Article]:
    """40 consecutive Guardian articles (March-April 2018: Afrin and Duma), among which
    several incidents are reported by more than one article."""
    csv.field_size_limit(sys.maxsize)
    items = read_path(str(GUARDIAN))
    return [a for a in items if isinstance(a, Article)][125:165]


def _guardian_jsonl(tmp_path: Path, articles: list[Article]) -> Path:
    path = tmp_path / "guardian40.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "published": a.published.isoformat(),
                                 "outlet": a.outlet}) + "\n")
    return path


@pytest.mark.data
@pytest.mark.skipif(not GUARDIAN.exists(), reason="needs ../shared/data")
def test_guardian_extract_and_consolidate_as_ingest(spark, tmp_path):  # noqa: ANN001
    articles = _guardian_40()
    path = _guardian_jsonl(tmp_path, articles)
    out = tmp_path / "spark"
    fspark.run_extract(spark, [str(path)], str(out), partitions=3)
    fspark.run_consolidate(spark, str(out), str(out))

    store = Store(str(tmp_path / "ingest.db"))
    ingest(store, read_path(str(path)))  # what `frontlines ingest` does
    pairs = _pairs_of_extract([a for a in read_path(str(path)) if isinstance(a, Article)])
    assert len(pairs) > 80
    assert _pairs_of_spark(spark, out) == pairs

    stored = {_content(e.to_dict()) for e in store.events()}
    rows = [r.asDict() for r in spark.read.parquet(str(out / "events")).collect()]
    ours = {_content(fspark.event_of(r).to_dict()) for r in rows}
    assert len(stored) > 80
    assert ours == stored
    merged = [r for r in rows if len(json.loads(r["members"])) > 1]
    assert merged  # some incidents are reported by several articles


def _content(d: dict) -> str:
    """An event's fields less its id (ids of incremental ingest depend on arrival order)."""
    d = dict(d)
    d.pop("event_id", None)
    d["evidence"] = sorted((e["article_id"], e["start"]) for e in d["evidence"])
    return json.dumps(d, sort_keys=True, default=str)
