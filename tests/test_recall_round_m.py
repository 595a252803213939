"""Recall of one-sentence reports, round M (issue 13): dated past incidents told as the
background of another sentence ("in May last year gunmen attacked ...", "the July 18
bombing of ..."), and demonstrators who loot. ACLED codes each specific dated incident
on its own date, at the precision the text gives (a month alone: time precision 3), and
types a demonstration with destructive acts as a Violent demonstration.

Sentences written for the tests after wire reports.
"""

from __future__ import annotations

from datetime import date

import frontlines
from conftest import incidents
from frontlines.extraction.time import parse_expression


def _dated(text: str, published: str) -> list[tuple]:
    return sorted((e.sub_event_type, e.location, str(e.event_date), e.time_precision)
                  for e in frontlines.extract(text, published=published))


def test_a_month_of_last_year_dates_the_incident() -> None:
    # the month with "last year" is the month of the year before publication
    assert _dated("In May last year gunmen attacked a police station in Baga, killing "
                  "nine officers.", "2015-06-10") == [
        ("Armed clash", "Baga", "2014-05-01", 3)]
    published = date(2015, 6, 10)
    assert parse_expression("July of last year", published).date == date(2014, 7, 1)
    day = parse_expression("July 18 last year", published)
    assert (day.date, day.precision) == (date(2014, 7, 18), 1)
    assert parse_expression("March this year", published).date == date(2015, 3, 1)


def test_a_calendar_dated_bombing_marked_by_a_rally_is_coded() -> None:
    # the rally and, on its own day, the bombing whose anniversary it marks
    assert _dated("Hundreds rallied in Ankara on Saturday to mark the anniversary of the "
                  "July 18 bombing in Suruc.", "2015-06-10") == [
        ("Peaceful protest", "Ankara", "2015-06-06", 1),
        ("Remote explosive/landmine/IED", "Suruc", "2014-07-18", 1)]


def test_a_claimed_bombing_with_its_own_date_is_coded() -> None:
    assert _dated("The group claimed the July 18 bombing of a bus station in Kano.",
                  "2015-06-10") == [
        ("Remote explosive/landmine/IED", "Kano", "2014-07-18", 1)]
    # an undated claim is still a statement
    assert incidents("The Islamic State group claimed the attack in a statement.") == []


def test_a_calendar_dated_attack_after_after_alone_is_coded() -> None:
    assert _dated("Security was tightened after the October 2 attack on a church in "
                  "Peshawar.", "2015-06-10") == [("Attack", "Peshawar", "2014-10-02", 1)]


def test_a_gathering_with_a_date_may_be_still_to_come() -> None:
    # "the June 20 rally" is not yet held: the date names no past incident
    assert incidents("Organisers said the June 20 rally in Kampala would go ahead despite "
                     "the ban.", published="2015-06-10") == []
    assert incidents("The July 18 march will start at the main square, organisers said.",
                     published="2015-06-10") == []


def test_demonstrators_who_loot_riot() -> None:
    assert [r[0] for r in incidents(
        "Protesters looted shops and set cars on fire in Conakry on Monday.")] == [
        "Violent demonstration"]
    assert [r[0] for r in incidents(
        "Protesters marched peacefully through Conakry on Monday.")] == ["Peaceful protest"]


def test_a_place_shelled_beside_a_killing_in_another_town_is_two_incidents() -> None:
    # the passive subject "Douma" is the shelling's scene, apart from the Harasta clause
    # (one event per location, however near the towns)
    found = incidents("Douma was shelled on Monday, and in Harasta two soldiers were "
                      "killed.")
    assert sorted((r[0], r[1], r[3]) for r in found) == [
        ("Armed clash", "Harasta", 2), ("Shelling/artillery/missile attack", "Duma", 0)]
    # one place, one clause: one shelling with its dead
    assert [(r[0], r[3]) for r in incidents(
        "Douma was shelled on Monday, killing two soldiers.")] == [
        ("Shelling/artillery/missile attack", 2)]


def test_a_bombing_dated_by_its_own_on_phrase_under_a_charge_is_coded() -> None:
    # the charge is no incident; the bombing it names, with its own day and place, is
    assert _dated("The suspect is wanted for the bombing of a police station in "
                  "Diyarbakir on March 3.", "2015-06-10") == [
        ("Remote explosive/landmine/IED", "Diyarbakir", "2015-03-03", 1)]
    # a strike or a vigil with a date may be announced ahead: no record
    assert incidents("Unions said the March 3 general strike would go ahead despite the "
                     "ban.", published="2015-02-10") == []
    assert incidents("The vigil on July 18 in Kano will honour the victims, organisers "
                     "said.", published="2015-06-10") == []
