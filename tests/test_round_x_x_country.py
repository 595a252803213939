"""Round X (issue 14, x-country): the record was placed in the wrong country or at the
wrong one of its sentence's places. A country the text only measures a distance from
("100 km from Syria") is no scene and no clue to the story's country; a town a place
lies more than MEASURED_FAR_KM from, with no side given, is the distance's reference
point and not the scene; "north of the provincial capital X" measures from X as "north
of the city of X" does; a place in a clause of someone speaking beside the event ("As
Blair spoke ... in Gateshead") is the speaker's, not the event's.

Sentences are quoted from event reports of the event_location corpus (MIT) read in
held-out round 37 (now development data) and in this round's development sample.
"""

from __future__ import annotations

import frontlines
from conftest import where as _where


def _points(text: str) -> list[tuple]:
    return [(e.country, round(e.latitude, 1), round(e.longitude, 1), e.geo_precision)
            for e in frontlines.extract(text, published="2015-03-01")]


def test_a_country_measured_from_is_not_the_scene():
    # was Syria (precision 3): the town lies 100 km from Syria, 390 km north of Baghdad
    text = ("The bomb was detonated by remote control at about 11 a.m. (0800 GMT) and the "
            "massive explosion rattled the busy marketplace in the town, some 390 km north "
            "of Baghdad and 100 km from Syria.")
    assert {p[0] for p in _points(text)} == {"Iraq"}
    assert {p[1:] for p in _points(text)} == {(36.8, 44.4, 2)}


def test_a_country_the_event_is_in_stays():
    # must not change: "in Syria" puts the event in the country
    text = "A car bomb exploded in a market in Syria on Monday, killing five people."
    assert {w[2] for w in _where(text)} == {"Syria"}


def test_a_town_far_from_the_scene_is_no_scene():
    # was Guwahati (precision 2), 385 km away
    text = ("Rebels also bombed a Hindu temple in the same district, about 385 kilometres "
            "(240 miles) from the state's main city of Guwahati.")
    assert _where(text) == [("India", None, "India", 3)]


def test_a_town_near_the_scene_stays():
    # must not change: 30 km leaves the town as the nearest named place (precision 2)
    text = "Gunmen killed three soldiers in a village 30 km from Kirkuk on Monday."
    assert [w[0] for w in _where(text)] == ["Kirkuk"]


def test_north_of_the_provincial_capital_measures_from_it():
    # was Kalemie's own point; Kanambe lies ~120 km north of it
    text = ("The attack occurred on 28 March in Kanambe village which lies about 120 "
            "kilometres north of the provincial capital Kalemie.")
    assert _points(text) == [("Democratic Republic of the Congo", -4.9, 29.2, 2)]


def test_a_speaker_s_place_is_not_the_event_s():
    # was Gateshead, where Blair spoke; the protest was at the US embassy in London
    text = ("As Blair spoke at the Labour conference in Gateshead, northeast England, more "
            "than 350 people demonstrated outside the US embassy in London, calling on "
            "Washington to back the Kyoto pact which comes into force on Wednesday.")
    assert [w[0] for w in _where(text)] == ["London"]


def test_a_place_in_a_clause_of_moving_stays():
    # must not change: the clause of another (not speaking) verb may hold the scene
    text = "As the convoy drove through Ramadi, a roadside bomb exploded, killing two soldiers."
    assert [w[0] for w in _where(text)] == ["Ramadi"]
