"""Pipeline rules between the stages, on real sentences."""

from __future__ import annotations

import frontlines


def test_claimed_by_gives_the_agent() -> None:
    # Guardian, 2019-01-16 (paraphrase of its claim sentence with the attack's toll)
    events = frontlines.extract(
        "Isis claimed responsibility for the suicide bombing that killed 16 people in Manbij "
        "on Wednesday.", published="2019-01-16")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Suicide bomb", "Islamic State", 16)]
    assert events[0].location == "Manbij"


def test_town_outside_the_gazetteer_keeps_its_name() -> None:
    # Guardian, 2019-03-26
    events = frontlines.extract(
        "United States-backed fighters retook the final enclave of the Islamic State "
        "\u201ccaliphate\u201d on Saturday in Baghuz, eastern Syria.", published="2019-03-26")
    e = events[0]
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert (e.actor1, e.actor2) == ("SDF: Syrian Democratic Forces", "Islamic State")
    assert (e.location, e.country, e.geo_precision, e.geonames_id) == ("Baghuz", "Syria", 3, None)
    assert e.event_date == "2019-03-23"  # the Saturday before publication


def test_year_only_background_is_not_coded() -> None:
    # AFP, 17 Nov 2017
    events = frontlines.extract(
        "The region swiftly fell to IS when its fighters swept through the Sunni Arab heartland "
        "north and west of Baghdad in 2014 before proclaiming its caliphate.",
        published="2017-11-17")
    assert events == []


def test_a_range_of_dead_gives_low_and_high() -> None:
    # Wire-style report of a Syrian market strike (the figures are a range, not a sum)
    events = frontlines.extract(
        "Between 30 and 45 civilians were killed when government aircraft bombed a market "
        "in Maarat al-Numan on Monday, activists said.", published="2019-07-23")
    e = events[0]
    assert e.sub_event_type == "Air/drone strike" and e.country == "Syria"
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (30, 30, 45)
