"""Property-based fuzzing of the readers: no exception escapes, good records survive.

Good articles are interleaved with arbitrary lines (bytes, text, JSON of any
shape, stray quotes); whatever the bad lines are, the reader yields an Article
or a Problem for each input and every good article comes out, in order.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontlines.domain.model import Article
from frontlines.extraction.readers import Problem, read_path

GOOD = ("Iraqi forces retook the town of Rawa from the Islamic State group on Friday, "
        "the Joint Operations Command said.")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "text", "html", "title", "url", "outlet", "published", "spans",
                         "date", "x"]), inner, max_size=5),
    max_leaves=12)
bad_bytes = st.binary(max_size=200).filter(lambda b: b"\n" not in b)
bad_text = st.text(max_size=200).filter(lambda t: "\n" not in t).map(
    lambda t: t.encode("utf-8", "surrogatepass"))
bad_json = json_values.map(lambda v: json.dumps(v).encode("utf-8"))
bad_line = st.one_of(bad_bytes, bad_text, bad_json)


def _read(tmp_path: Path, name: str, data: bytes) -> list[Article | Problem]:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_path(str(path)))
    assert all(isinstance(i, Article | Problem) for i in items)
    return items


def _survivors(items: list[Article | Problem], prefix: str) -> list[str]:
    return [i.id for i in items if isinstance(i, Article) and i.id.startswith(prefix)]


@FUZZ
@given(lines=st.lists(st.one_of(st.none(), bad_line), min_size=1, max_size=12))
def test_jsonl_keeps_every_good_line(tmp_path: Path, lines: list[bytes | None]) -> None:
    out, good = [], []
    for n, item in enumerate(lines):
        if item is None:
            good.append(f"good-{n}")
            out.append(json.dumps({"id": f"good-{n}", "text": GOOD}).encode())
        else:
            out.append(item)
    items = _read(tmp_path, "fuzz.jsonl", b"\n".join(out) + b"\n")
    assert _survivors(items, "good-") == good
    for p in items:
        if isinstance(p, Problem):
            assert p.origin.startswith(str(tmp_path / "fuzz.jsonl") + ":")


@FUZZ
@given(lines=st.lists(st.one_of(st.none(), bad_bytes, bad_text), min_size=1, max_size=10))
def test_csv_keeps_every_good_row(tmp_path: Path, lines: list[bytes | None]) -> None:
    out = [b"id,date,text"]
    good = []
    for n, item in enumerate(lines):
        if item is None:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="").writerow([f"good{n}", "2017-11-17", GOOD])
            out.append(buf.getvalue().encode())
            good.append(f"fuzz-good{n}")
        else:
            out.append(item)
    items = _read(tmp_path, "fuzz.csv", b"\n".join(out) + b"\n")
    assert _survivors(items, "fuzz-good") == good


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(
    lambda t: t.encode("utf-8", "surrogatepass"))))
def test_text_files_give_one_article_or_one_problem(tmp_path: Path, data: bytes) -> None:
    items = _read(tmp_path, "fuzz.txt", data)
    assert len(items) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.text(max_size=300), tag=st.sampled_from(["p", "div", "script", "b", "article"]))
def test_html_gives_one_article_or_one_problem(tmp_path: Path, body: str, tag: str) -> None:
    page = f"<html><body><{tag}>{body}</{tag}><p>{GOOD}</p></body></html>"
    items = _read(tmp_path, "fuzz.html", page.encode("utf-8", "surrogatepass"))
    assert len(items) == 1
    if isinstance(items[0], Article) and tag != "script":
        assert "Rawa" in items[0].text
