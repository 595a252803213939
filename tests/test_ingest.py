"""Ingest: text, HTML, JSONL, stdin and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import AFP_PATH
from frontlines.extraction.readers import Problem, read_path


def _one(path: str):
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_afp_text_title_dateline_outlet_and_no_boilerplate() -> None:
    art = _one(str(AFP_PATH))
    assert art.id == "afp-2017-11-17-rawa"
    assert art.title == "Last IS-held town in Iraq liberated"
    assert art.published == date(2017, 11, 17)
    assert art.outlet == "AFP"
    assert "go to top" not in art.text
    assert art.text.count("Last IS-held town in Iraq liberated") == 0
    assert "retook the last town" in art.text


def test_html_through_trafilatura(tmp_path: Path, afp_text: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in afp_text.split("\n\n")[2:12])
    page = (f"<html><head><title>Last IS-held town in Iraq liberated</title>"
            f'<meta property="article:published_time" content="2017-11-17"></head><body>'
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>{body}"
            f"</article><footer>go to top</footer></body></html>")
    path = tmp_path / "rawa.html"
    path.write_text(page, encoding="utf-8")
    art = _one(str(path))
    assert "retook the last town" in art.text
    assert "go to top" not in art.text and "Home" not in art.text
    assert art.published == date(2017, 11, 17)


def test_jsonl_bad_line_does_not_lose_the_others(tmp_path: Path, afp_text: str) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "a1", "text": afp_text, "published": "2017-11-17", "outlet": "AFP"}
    path.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"id": "a2"}) + "\n"
                    + json.dumps({**good, "id": "a3", "published": "2999-01-01"}) + "\n",
                    encoding="utf-8")
    items = list(read_path(str(path)))
    assert [getattr(i, "id", None) for i in items] == ["a1", None, None, None]
    problems = [str(i) for i in items if isinstance(i, Problem)]
    assert problems[0].startswith(f"{path}:2: broken JSON")
    assert problems[1].startswith(f"{path}:3: ") and "text" in problems[1]
    assert problems[2].startswith(f"{path}:4: ") and "future" in problems[2]


def test_binary_empty_and_wrong_encoding(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = tmp_path / "e.txt"
    empty.write_text("   \n", encoding="utf-8")
    latin = tmp_path / "l.txt"
    latin.write_bytes("Déir ez-Zor".encode("latin-1"))
    for path, words in ((binary, "binary"), (empty, "empty"), (latin, "UTF-8")):
        item = _one(str(path))
        assert isinstance(item, Problem) and words in item.message
        assert str(item).startswith(str(path))


def test_missing_file_is_a_problem_not_an_exception() -> None:
    item = _one("/nonexistent/story.txt")
    assert isinstance(item, Problem) and "no such file" in item.message
