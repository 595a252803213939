"""Recall, round R: whole sentences the judged development pool (held-out rounds 16-30,
now development data) found with no record -- a superlative "since" clause read as a
period's tally, and a city or an airport captured outside a report of war. Sentences
quoted from that pool are event_location sentences (MIT); the others are written after
news reports of the same kinds."""

from __future__ import annotations

import frontlines
from conftest import types


def _types(text: str, published: str = "2005-04-20") -> list[str]:
    return types(text, published)


def test_a_superlative_since_ranks_the_incident():
    # event_location (MIT), from the judged development pool
    events = frontlines.extract(
        "On Saturday, 25,000 opposition supporters demonstrated in the Togolese capital "
        "Lome against Gnassingbe's rule, the biggest such march since he was installed on "
        "the strength of a hastily modified constitution.", published="2005-04-20")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Lome")]
    # event_location (MIT), from the judged development pool
    events = frontlines.extract(
        "On Sunday, insurgents shot down a U.S. Ch-47 Chinook helicopter just south of the "
        "city, killing 15 soldiers and injuring about 20 in the deadliest single attack on "
        "American forces since the war began.", published="2003-11-04")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 15)]


def test_a_period_ranked_since_stays_a_tally():
    # a day's toll across a country ranked against earlier days is still a tally
    assert _types("Clashes in Syria on Thursday killed nearly 170 people, mainly "
                  "civilians, on the deadliest day since a ceasefire came into force, a "
                  "monitor said.", "2016-04-29") == []
    # a count's "at least" ranks nothing (RELABEL subset of event_location, MIT)
    assert _types("At least 2,801 Daesh terrorists have been killed since the launch of the "
                  "Mosul operation on October 17th,", "2016-12-01") == []
    # and "since" with no ranking word before it still opens a period
    assert _types("More than 350 civilians have been killed in regime air strikes on east "
                  "Aleppo since the truce fell apart on September 19, the monitor said.",
                  "2016-10-13") == []


def test_a_city_captured_is_taken_by_armed_men():
    # event_location (MIT), from the judged development pool
    events = frontlines.extract(
        "On Wednesday, they captured the country's second largest city, Lubumbashi, which "
        "has left them in control of every major centre in Zaire except Kinshasa.",
        published="1997-04-11")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Non-state actor overtakes territory", "Lubumbashi")]


def test_captured_outside_war_is_no_territory():
    # a vote won, a film's subject, animals caught: no city taken by its noun
    assert _types("Romney has captured Wyoming, Michigan and Nevada, while former Arkansas "
                  "governor Mike Huckabee won the Iowa caucus on January 3.",
                  "2008-01-20") == []
    assert _types("Capturing one city's rich architectural history CHICAGO --") == []
    assert _types("University of North Carolina biologists captured a group of juvenile "
                  "lobsters off the Florida Keys and put them in dark, covered tanks.") == []
