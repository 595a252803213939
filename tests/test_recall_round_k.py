"""Recall of one-sentence reports, round K (issue 13): a sentence listing several places
is one event per place (ACLED: one event per location, a toll told for all of them
shared among them, the remainder with the place named first), though the parse hangs
the list elsewhere or a colon lists the towns.

Sentences written for the tests after wire reports.
"""

from __future__ import annotations

from conftest import incidents


def test_a_list_after_in_is_one_event_per_place_whatever_the_parse() -> None:
    # written for the tests: the parse hangs Mosul and Kirkuk on "Attacks", not on
    # Baghdad; the three cities, written as one list, are three events sharing the 40
    assert sorted((r[1], r[3]) for r in incidents(
        "Attacks in Baghdad, Mosul and Kirkuk killed 40 people on Thursday, police said.",
        published="2008-03-10")) == [("Baghdad", 14), ("Kirkuk", 13), ("Mosul", 13)]
    # written for the tests: the parse makes Binnish the subject of "killed"
    assert sorted((r[1], r[3]) for r in incidents(
        "Air strikes on Saraqeb, Binnish and Taftanaz killed nine civilians.",
        published="2016-03-10")) == [("Binnish", 3), ("Saraqib", 3), ("Taftanaz", 3)]


def test_a_town_and_its_province_are_no_list() -> None:
    # written for the tests: "Ramadi, Anbar" has no "and": one place, one event
    assert [r[1] for r in incidents(
        "A roadside bomb killed three policemen in Ramadi, Anbar province, on Sunday.",
        published="2008-03-10")] == ["Ramadi"]


def test_towns_a_colon_lists_are_each_an_event() -> None:
    # written for the tests: the strikes hit the three towns, not Idlib; the NER tags
    # them an organisation, a people and a person
    assert sorted((r[1], r[3]) for r in incidents(
        "Russian warplanes carried out air strikes on three towns near Idlib: Saraqeb, "
        "Binnish and Taftanaz, killing nine civilians.", published="2016-03-10")) == [
        ("Binnish", 3), ("Saraqib", 3), ("Taftanaz", 3)]

