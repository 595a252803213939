"""Shared fixtures: the real pipeline, the bundled example, the test sentences in
tests/cases/ and the shared data sets (for the evaluations only)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CASES = Path(__file__).resolve().parent / "cases"
SHARED_DATA = ROOT.parent / "shared" / "data"
AFP_PATH = EXAMPLES / "afp-2017-11-17-rawa.txt"


def shared(*parts: str) -> Path:
    """Path into ../shared/data; skips the test cleanly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path}")
    return path


@cache
def cases(name: str):
    """A file of test sentences in tests/cases/ (committed, so these tests run on a clean
    clone)."""
    return yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))


def case_snippet(key: str) -> tuple[str, str]:
    """A sentence written for the tests in tests/cases/event_types.yaml, with the CASE 2021
    label it should get: (text, gold label)."""
    row = cases("event_types")[key]
    return row["text"], row["gold"]


def one_sentence(nlp, text: str):
    """``text`` parsed, as the one sentence it is (fails when the parser splits it, so the
    sentence under test is exactly the one written in the test)."""
    sents = list(nlp(text).sents)
    assert len(sents) == 1, [s.text for s in sents]
    return sents[0]


@pytest.fixture(scope="session")
def nlp():
    from frontlines.extraction.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def afp_text() -> str:
    return AFP_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def afp_store(tmp_path_factory) -> Path:
    """A store of the AFP story, written by `frontlines ingest` as a user would."""
    from frontlines.interfaces.cli import main

    db = tmp_path_factory.mktemp("afp-store") / "afp.db"
    assert main(["ingest", str(AFP_PATH), "--db", str(db)]) == 0
    return db


def sides(text: str, published: str = "2026-12-04") -> list[tuple[str, str, str]]:
    """(sub-event type, actor1, actor2) of every record `frontlines.extract` emits for a
    text: what the actor tests assert."""
    import frontlines

    return [(r.sub_event_type, r.actor1, r.actor2)
            for r in frontlines.extract(text, published=published)]


def incidents(text: str, published: str = "2016-01-10") -> list[tuple]:
    """(sub-event type, location, actor1, fatalities) of every record `frontlines.extract`
    emits for a text: what the recall tests assert."""
    import frontlines

    return [(e.sub_event_type, e.location, e.actor1, e.fatalities)
            for e in frontlines.extract(text, published=published)]

