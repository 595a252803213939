"""Mends of a review of round T (session 16): near wordings of round T's rules that the
rules got wrong. "Front" names parties as often as armed groups; "unrest" in another clause
than the crowd event is its own riot; a feast after "near" or "outside" is no town.
Sentences written after news reports; the kept readings beside each mend guard it.
"""

from __future__ import annotations

from conftest import fields


def _records(text: str, published: str = "2016-05-10") -> list[tuple]:
    return fields(text, "sub_event_type", "actor1", "actor2", "location", published=published)


def test_a_party_named_front_is_no_armed_group() -> None:
    assert _records("Gunmen attacked members of the Patriotic Front in Lusaka on Monday, "
                    "killing two people.") == [
        ("Attack", "Unidentified Armed Group (Zambia)", "Civilians (Zambia)", "Lusaka")]


def test_a_brigade_named_by_its_own_name_stays_an_armed_group() -> None:
    # must not change: round T's rule
    assert _records("Clashes broke out between the Raqqa Rebels Brigade and Islamic State "
                    "fighters near Raqqa on Monday.")[0][1:3] == (
        "Raqqa Rebels Brigade", "Islamic State")


def test_unrest_in_another_clause_is_its_own_riot() -> None:
    assert [r[0] for r in _records(
        "Protesters marched peacefully in Nairobi on Monday, while three people were killed "
        "in unrest in Kisumu.")] == ["Peaceful protest", "Violent demonstration"]


def test_unrest_as_the_setting_of_the_same_clause_stays_one_event() -> None:
    # must not change: round T's rule
    assert [r[0] for r in _records(
        "One protester was shot dead by police in Sunday's unrest in Harare.")] == [
        "Excessive force against protesters"]


def test_a_feast_after_near_or_outside_is_no_place() -> None:
    assert [r[3] for r in _records(
        "Three people were killed in clashes near Christmas in Jos on Monday.")] == ["Jos"]
    assert [r[3] for r in _records(
        "Gunmen killed three villagers outside Ramadan prayers in Maiduguri on Monday.")] == [
        "Maiduguri"]
