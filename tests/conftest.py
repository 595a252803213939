"""Shared fixtures: the real pipeline, the bundled example, the test sentences in
tests/cases/ and the shared data sets (for the evaluations only); and the helpers the test
files share, imported by name (a file that reads its sentences as of another day binds the
date: `_types = partial(types, published="2010-01-01")`)."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CASES = Path(__file__).resolve().parent / "cases"
SHARED_DATA = ROOT.parent / "shared" / "data"
AFP_PATH = EXAMPLES / "afp-2017-11-17-rawa.txt"
FRONTLINES = [sys.executable, "-m", "frontlines.interfaces.cli"]


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


def car_bomb_event(article_id: str, sentence: str, killed: int, source: str,
                   day: str = "2017-11-17", *, low: int | None = None,
                   high: int | None = None, **other: object):  # noqa: ANN201 - Event
    """The Deir Ezzor car bombing of the AFP story as one article reports it (province
    level): the event the store and consolidation tests build. The low and high counts
    default to ``killed``; ``other`` sets further fields (injuries, confidence)."""
    from frontlines.domain.model import Event, Evidence

    return Event(
        event_id=f"{article_id}-1", article_id=article_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", actor1="Islamic State",
        actor2="Civilians (Syria)", country="Syria", iso3="SYR", admin1="Deir ez-Zor",
        location="Deir ez-Zor", latitude=35.3359, longitude=40.1408, geo_precision=3,
        fatalities=killed, fatalities_low=killed if low is None else low,
        fatalities_high=killed if high is None else high, sources=[source],
        evidence=[Evidence(article_id, sentence, 0, len(sentence))], **other)


def records(text: str, published: str | None = None) -> list:
    """Every record `frontlines.extract` emits for a text: the one place the tests run the
    whole pipeline on a sentence (the helpers below pick the fields they assert)."""
    import frontlines

    return frontlines.extract(text, published=published)


def fields(text: str, *names: str, published: str | None = None) -> list[tuple]:
    """The named fields of every record of a text, a tuple a record (for a file whose tests
    assert a combination of fields no shared helper below gives)."""
    return [tuple(getattr(r, n) for n in names) for r in records(text, published)]


def sides(text: str, published: str = "2026-12-04") -> list[tuple[str, str, str]]:
    """(sub-event type, actor1, actor2) of every record `frontlines.extract` emits for a
    text: what the actor tests assert."""
    return fields(text, "sub_event_type", "actor1", "actor2", published=published)


def incidents(text: str, published: str = "2016-01-10") -> list[tuple]:
    """(sub-event type, location, actor1, fatalities) of every record `frontlines.extract`
    emits for a text: what the recall tests assert."""
    return fields(text, "sub_event_type", "location", "actor1", "fatalities",
                  published=published)


def losses(text: str, published: str = "2005-06-01") -> list[tuple[str, str, str, int]]:
    """(sub-event type, actor1, actor2, fatalities) of every record of a text: who fought
    whom, and the dead it cost."""
    return fields(text, "sub_event_type", "actor1", "actor2", "fatalities",
                  published=published)


def types(text: str, published: str | None = "2016-05-02") -> list[str]:
    """The sub-event type of every record of a text: what the event-type tests assert."""
    return [r.sub_event_type for r in records(text, published)]


def where(text: str, published: str = "2015-03-01") -> list[tuple]:
    """(location, admin1, country, geo precision) of every record of a text: what the
    place tests assert."""
    return fields(text, "location", "admin1", "country", "geo_precision",
                  published=published)


def dated(text: str, published: str) -> list[tuple[str, int, int]]:
    """(event date as ISO text, time precision, fatalities) of every record of a text: what
    the date and count tests assert."""
    return [(e.event_date.isoformat() if hasattr(e.event_date, "isoformat")
             else str(e.event_date), e.time_precision, e.fatalities)
            for e in records(text, published)]


def mention_types(text: str) -> list[str]:
    """The sub-event type of every event mention the events layer finds in a text's
    sentences (before the pipeline merges or drops any)."""
    from frontlines.extraction.events import find_mentions
    from frontlines.extraction.nlp import get_nlp

    return [d.sub_event_type for s in get_nlp()(text).sents for d in find_mentions(s)]


def killed(text: str, first_sentence: bool = False) -> int | None:
    """The killed count `count_casualties` reads in a text: over the whole parsed text, or
    over its first sentence only."""
    from frontlines.extraction.casualties import count_casualties
    from frontlines.extraction.nlp import get_nlp

    doc = get_nlp()(text)
    return count_casualties(next(doc.sents) if first_sentence else doc[:]).killed


def resolved(text: str, name: str, nth: int = 0):  # noqa: ANN201 - Place | None
    """The reading of ``name`` (its ``nth`` occurrence) as a given span, the text's other
    names unmarked (as the gold-span evaluation gives one span per toponym)."""
    from frontlines.extraction.places import geoparse

    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return geoparse(text, spans=[(start, start + len(name))], locale=False)[0].place


def spans_read(text: str, names: list[str]) -> dict[str, object]:
    """Readings of several given spans of one text (each name's first occurrence)."""
    from frontlines.extraction.places import geoparse

    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {t.text: (t.place or t.within) for t in geoparse(text, spans=spans, locale=False)}


def token(doc, word: str):  # noqa: ANN001, ANN201 - spaCy Doc and Token
    """The first token of a parsed text that reads ``word``."""
    return next(t for t in doc if t.text == word)


def run_cli(*args: str, stdin: bytes | str | None = None, timeout: int = 300,
            text: bool = False) -> subprocess.CompletedProcess:
    """`frontlines ARGS` in its own process from the repository root, as a user runs it
    (output as bytes, or as text with ``text``)."""
    return subprocess.run([*FRONTLINES, *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=timeout, text=text)
