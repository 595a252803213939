"""Pipeline rules between the stages, on real sentences."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(("sentence", "published"), [
    # Guardian, 17 Oct 2017 and 12 Oct 2017: background, not news of the day
    ("Islamic State first captured Raqqa in early 2014 before spreading to a number of other "
     "major cities in Syria and Iraq, including Mosul.", "2017-10-17"),
    ("Her husband, Junaid Hussein, believed to be the head of Isis\u2019s digital security "
     "unit, was killed near Raqqa in mid-2015.", "2017-10-12"),
])
def test_part_of_a_year_background_is_not_coded(sentence: str, published: str) -> None:
    assert frontlines.extract(sentence, published=published) == []


def test_a_shared_had_makes_the_second_verb_background() -> None:
    # Guardian, 22 March 2018: Raqqa was liberated in October 2017, not on the 22nd.
    events = frontlines.extract(
        "Turkey announced the launch of the assault on Afrin in January, after the US said it "
        "would raise a border force to patrol Syria\u2019s frontiers from Kurdish militias that "
        "had fought with Washington against Isis and liberated the city of Raqqa.",
        published="2018-03-22")
    assert [e.location for e in events if "Raqqah" in (e.location or "")] == []
    assert [e.location for e in events] == ["'Afrin"]  # the assault itself stays


@pytest.mark.parametrize(("sentence", "where"), [
    # Guardian, 30 Nov 2017: a country is the stage of the war, not an incident's place
    ("As all UK consular services are suspended in Syria, it is extremely difficult to "
     "confirm the whereabouts and status of British nationals there.", None),
    ("Heavy fighting continued in Syria on Sunday.", None),
    # a region inside one country is a place of its own
    ("Heavy fighting continued in eastern Ghouta on Sunday.", "Eastern Ghouta"),
])
def test_a_country_alone_does_not_make_an_incident(sentence: str, where: str | None) -> None:
    events = frontlines.extract(sentence, published="2017-11-30")
    assert [e.location for e in events] == ([where] if where else [])


def test_a_range_of_dead_gives_low_and_high() -> None:
    # Wire-style report of a Syrian market strike (the figures are a range, not a sum)
    events = frontlines.extract(
        "Between 30 and 45 civilians were killed when government aircraft bombed a market "
        "in Maarat al-Numan on Monday, activists said.", published="2019-07-23")
    e = events[0]
    assert e.sub_event_type == "Air/drone strike" and e.country == "Syria"
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (30, 30, 45)


def test_a_statement_sets_no_scene_for_later_sentences() -> None:
    # FA-KES wire report (quoted): "joined the US in saying" is a statement; the
    # chemical-weapons attacks of the next sentence did not happen in the United States.
    text = ("Leaders and officials in other countries including Britain and Israel joined "
            "the US in saying the Syrian government was responsible. They noted that US "
            "presidents have rarely attacked their predecessors so aggressively for events "
            "like chemical weapons attacks that Democrats and Republicans both abhor.")
    events = frontlines.extract(text, published="2017-04-05")
    assert any(e.sub_event_type == "Chemical weapon" for e in events)
    assert all(e.country != "United States" for e in events)
