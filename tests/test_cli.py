"""The command line: formats, stdin, errors as one line and a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import AFP_PATH
from conftest import run_cli as run
from frontlines.interfaces.export import ACLED_COLUMNS


@pytest.fixture(scope="module")
def afp_jsonl() -> list[dict]:
    proc = run("extract", str(AFP_PATH), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def test_jsonl_records_follow_the_spec_field_order(afp_jsonl) -> None:
    assert afp_jsonl, "the AFP story has events"
    first = list(afp_jsonl[0])
    assert first[:3] == ["event_id", "article_id", "event_date"]
    assert all(r["article_id"] == "afp-2017-11-17-rawa" for r in afp_jsonl)
    assert all(r["evidence"] and r["evidence"][0]["sentence"] for r in afp_jsonl)


def test_csv_uses_acled_columns_and_geojson_is_valid(tmp_path: Path, afp_jsonl) -> None:
    out = tmp_path / "events.csv"
    assert run("extract", str(AFP_PATH), "--format", "csv", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and list(rows[0]) == ACLED_COLUMNS
    proc = run("extract", str(AFP_PATH), "--format", "geojson")
    data = json.loads(proc.stdout)
    assert data["type"] == "FeatureCollection" and data["features"]
    located = {f["properties"]["event_id"]: f["geometry"]["coordinates"]
               for f in data["features"] if f["geometry"]}
    # GeoJSON order is (longitude, latitude), as in each JSONL record
    assert located and located == {r["event_id"]: [r["longitude"], r["latitude"]]
                                   for r in afp_jsonl if r["latitude"] is not None}


def test_stdin_with_published_date(afp_jsonl) -> None:
    body = AFP_PATH.read_text(encoding="utf-8")
    proc = run("extract", "-", "--published", "2017-11-17", stdin=body.encode())
    assert proc.returncode == 0
    dates = {json.loads(line)["event_date"] for line in proc.stdout.decode().splitlines()}
    assert dates == {r["event_date"] for r in afp_jsonl}


def test_bad_inputs_one_line_errors_no_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    proc = run("extract", str(binary))
    err = proc.stderr.decode().strip()
    assert proc.returncode == 3 and "Traceback" not in err
    assert err.splitlines()[0].startswith(f"frontlines: {binary}: ")

    batch = tmp_path / "batch.jsonl"
    good = {"id": "ok", "text": AFP_PATH.read_text(encoding="utf-8"), "published": "2017-11-17"}
    batch.write_text("{not json\n" + json.dumps(good) + "\n", encoding="utf-8")
    proc = run("extract", str(batch))
    assert proc.returncode == 1  # partial: one line skipped, the other processed
    assert f"{batch}:1: broken JSON" in proc.stderr.decode()
    assert all(json.loads(line)["article_id"] == "ok" for line in proc.stdout.decode().splitlines())

    proc = run("extract", str(AFP_PATH), "--published", "2999-01-01")
    assert proc.returncode != 0 and "future" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()

    proc = run("extract", str(AFP_PATH), "--published", "yesterday-ish")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr.decode()


def test_geoparse_with_spans_keeps_the_offsets_given() -> None:
    # A JSONL text with leading whitespace: the spans index the text as sent.
    text = "\n  Fighting broke out in Homs on Monday."
    start = text.index("Homs")
    line = json.dumps({"id": "a1", "text": text, "spans": [[start, start + 4]]})
    proc = run("geoparse", "-", stdin=line.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    top = json.loads(proc.stdout.decode())["toponyms"][0]
    assert (top["start"], top["end"], top["text"], top["country_code"]) == (
        start, start + 4, "Homs", "SY")


def test_an_undated_article_is_named_once(tmp_path: Path) -> None:
    # "on Tuesday" needs a publication date; without one the user is told, once
    text = "Government forces shelled Douma on Tuesday, killing 12 people.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    done = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert done.returncode == 0
    lines = done.stderr.decode().splitlines()
    assert lines == [f"frontlines: {tmp_path / 'a.txt'}: no publication date; relative dates "
                     "count back from its dateline, else from today (give --published DATE "
                     "or a 'published' field)"]
    assert len(done.stdout.decode().splitlines()) == 2
    dated = run("extract", "--published", "2017-11-17", str(tmp_path / "a.txt"))
    assert dated.stderr.decode() == ""
    assert json.loads(dated.stdout.decode().splitlines()[0])["event_date"] == "2017-11-14"


def test_extract_with_only_the_needed_neighbours_parsed(afp_jsonl):
    """`--prefilter-neighbours needed` parses fewer sentences; on the AFP story it gives
    the same events, their evidence still quoting the original text."""
    proc = run("extract", str(AFP_PATH), "--prefilter-neighbours", "needed")
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["event_id"] for r in records] == [r["event_id"] for r in afp_jsonl]
    assert [r["evidence"] for r in records] == [r["evidence"] for r in afp_jsonl]
    bad = run("extract", str(AFP_PATH), "--prefilter-neighbours", "some")
    assert bad.returncode != 0 and b"invalid choice" in bad.stderr
