"""The example frontlines exists for: the AFP story of 17 November 2017 (SPEC.md)."""

from __future__ import annotations

import re
from datetime import date
from math import asin, cos, radians, sin, sqrt

import pytest

from conftest import AFP_PATH
from frontlines.extraction.pipeline import extract_article
from frontlines.extraction.readers import read_path

RAWA = (34.47, 41.91)  # Rawa, Anbar, Iraq
ALBU_KAMAL = (34.45, 40.92)  # Albu Kamal, Deir ez-Zor, Syria


def km(lat: float, lon: float, ref: tuple[float, float]) -> float:
    dlat, dlon = radians(ref[0] - lat), radians(ref[1] - lon)
    h = sin(dlat / 2) ** 2 + cos(radians(lat)) * cos(radians(ref[0])) * sin(dlon / 2) ** 2
    return 6371 * 2 * asin(sqrt(h))


@pytest.fixture(scope="module")
def events():
    article = next(iter(read_path(str(AFP_PATH))))
    return extract_article(article)


def _one(events, sub_event_type: str):
    found = [e for e in events if e.sub_event_type == sub_event_type
             and e.event_date == "2017-11-17"]
    assert len(found) == 1, [(e.sub_event_type, e.event_date, e.location) for e in events]
    return found[0]


def test_rawa_retaken_by_iraqi_forces(events) -> None:
    e = _one(events, "Government regains territory")
    assert e.event_type == "Battles" and e.disorder_type == "Political violence"
    assert e.time_precision == 1
    assert km(e.latitude, e.longitude, RAWA) < 25 and e.country == "Iraq"
    assert "Anbar" in e.admin1
    assert e.actor1 == "Military Forces of Iraq"
    assert "PMF: Popular Mobilization Forces" in e.assoc_actor_1
    assert e.actor2 == "Islamic State"
    assert e.inter1 == 1 and e.interaction == 12


def test_albu_kamal_clash(events) -> None:
    e = _one(events, "Armed clash")
    assert e.event_type == "Battles"
    assert km(e.latitude, e.longitude, ALBU_KAMAL) < 25 and e.country == "Syria"
    assert e.actor1 == "Military Forces of Syria" and e.actor2 == "Islamic State"


def test_russian_strike_near_albu_kamal(events) -> None:
    e = _one(events, "Air/drone strike")
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor1 == "Military Forces of Russia"
    assert km(e.latitude, e.longitude, ALBU_KAMAL) < 25 and e.geo_precision == 2
    assert any("Ministry of Defence" in s for s in e.sources)
    # ACLED's inter 8: state forces outside their own country are external forces
    assert e.inter1 == 8 and e.inter2 == 2 and e.interaction == 28
    assert e.ucdp_type_of_violence == 1  # foreign state forces: still state-based
    assert re.fullmatch(r"SYR[0-9A-F]{10}", e.event_id), e.event_id


def test_car_bombing_one_event_two_sources_low_high(events) -> None:
    e = _one(events, "Remote explosive/landmine/IED")
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor1 == "Islamic State" and e.actor2 == "Civilians (Syria)"
    assert e.civilian_targeting == "Civilian targeting"
    assert e.geo_precision == 3 and e.country == "Syria"
    assert e.admin1 == "Dayr az Zawr"  # GeoNames' spelling (ACLED writes Deir ez-Zor)
    assert (e.fatalities, e.fatalities_low, e.fatalities_high, e.injuries) == (26, 20, 26, 30)
    assert "Syrian Observatory for Human Rights" in e.sources and "SANA" in e.sources
    assert len(e.evidence) >= 2
    for ev in e.evidence:  # offsets point at the supporting sentence in the article text
        article = next(iter(read_path(str(AFP_PATH))))
        assert article.text[ev.start:ev.end] == ev.sentence


def test_nothing_after_publication_and_no_background_as_news(events) -> None:
    assert all(date.fromisoformat(e.event_date) <= date(2017, 11, 17) for e in events)
    recent = sorted(e.sub_event_type for e in events
                    if date(2017, 11, 15) <= date.fromisoformat(e.event_date))
    assert recent == sorted(["Government regains territory", "Armed clash", "Air/drone strike",
                             "Remote explosive/landmine/IED"])


def test_ids_are_deterministic(events) -> None:
    article = next(iter(read_path(str(AFP_PATH))))
    again = extract_article(article)
    assert [e.event_id for e in again] == [e.event_id for e in events]
    assert all(e.article_id == "afp-2017-11-17-rawa" for e in events)


def test_eval_events_scores_every_field_of_the_afp_gold(capsys) -> None:
    import argparse

    from frontlines.interfaces.evaluate import events as ev

    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    assert ev.run(parser.parse_args([])) == 0
    out = capsys.readouterr().out
    assert "4 gold events, 4 with a prediction" in out
    for line in out.splitlines()[1:]:
        assert line.split()[1] == "1.000", line
