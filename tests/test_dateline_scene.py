"""A report's opening dateline ("MOSUL, Iraq (AP) -") is furniture for the parse but the
town it names is where the report was filed: the scene of an event nothing finer places,
unless the sentence puts the event in another country (issue 14, the story's geography).

Sentences written after wire reports; none needs ../shared.
"""

from __future__ import annotations

from functools import partial

from conftest import records
from frontlines.extraction.furniture import opening_dateline

_records = partial(records, published="2015-03-01")


def test_dateline_with_its_country_is_blanked_whole():
    # Left behind, "Iraq (AP) - Gunmen" made "Iraq" the actor: Military Forces of Iraq
    assert opening_dateline("MOSUL, Iraq (AP) - Gunmen killed a man.") == ("Mosul", "Iraq")
    assert opening_dateline("BEIRUT (AP) - Syrian troops shelled a town.") == ("Beirut", None)
    assert opening_dateline("Gunmen killed a man in Mosul.") is None


def test_unplaced_attack_is_near_the_dateline_town():
    records = _records("MOSUL, Iraq (AP) - Gunmen killed a local official on Sunday.")
    first = records[0]
    assert (first.sub_event_type, first.location, first.country, first.geo_precision) == (
        "Attack", "Mosul", "Iraq", 2)
    assert (first.actor1, first.actor2) == ("Unidentified Armed Group (Iraq)",
                                            "Civilians (Iraq)")


def test_dateline_abroad_does_not_place_another_country():
    # filed in Beirut, about Syria: the Syrian troops put it in Syria, not Lebanon
    records = _records("BEIRUT (AP) - Syrian troops shelled rebel positions on Sunday, "
                       "killing five fighters, activists said.")
    assert [(e.country, e.location) for e in records] == [("Syria", "Syria")]


def test_named_town_wins_over_the_dateline():
    records = _records("BAGHDAD, Iraq (AP) - A car bomb exploded in a market in Kirkuk on "
                       "Sunday, killing seven people, police said.")
    assert [(e.location, e.geo_precision) for e in records] == [("Kirkuk", 1)]


def test_filing_capital_of_a_state_serving_abroad_places_nothing():
    # Washington: the news names US forces mostly abroad, so no scene from the dateline
    records = _records("WASHINGTON (AP) - A drone strike killed three militants on Sunday, "
                       "officials said.")
    assert [(e.sub_event_type, e.location) for e in records] == [("Air/drone strike", None)]
