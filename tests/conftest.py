"""Shared fixtures: the real pipeline, the bundled example, the shared data sets."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"
AFP_PATH = EXAMPLES / "afp-2017-11-17-rawa.txt"


def shared(*parts: str) -> Path:
    """Path into ../shared/data; skips the test cleanly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    from frontlines.extraction.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def afp_text() -> str:
    return AFP_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def guardian_texts() -> list[str]:
    """The Guardian articles' texts (../shared/data), read once per test session."""
    import csv
    import sys

    csv.field_size_limit(sys.maxsize)
    path = shared("guardian_syria_articles", "Guardian_SDF_sample.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["text"] for row in csv.DictReader(fh)]


@pytest.fixture(scope="session")
def case_rows() -> dict[str, tuple[str, str]]:
    """CASE 2021 Task 2 snippets by id: (text, gold label)."""
    from frontlines.interfaces.evaluate.case import read_gold

    rows = read_gold(shared("case2021_task2", "test_set_final_release_with_labels.tsv"))
    return {r[0]: (r[1], r[2]) for r in rows}


def sentence_starting(nlp, texts: list[str], start: str):
    """The parsed sentence that starts with ``start`` in one of ``texts`` (the whole
    text is parsed, so the sentence keeps its real context)."""
    text = next(t for t in texts if start in t)
    at = text.index(start)
    return next(s for s in nlp(text).sents if s.start_char <= at < s.end_char)


@pytest.fixture(scope="session")
def afp_store(tmp_path_factory) -> Path:
    """A store of the AFP story, written by `frontlines ingest` as a user would."""
    from frontlines.interfaces.cli import main

    db = tmp_path_factory.mktemp("afp-store") / "afp.db"
    assert main(["ingest", str(AFP_PATH), "--db", str(db)]) == 0
    return db
