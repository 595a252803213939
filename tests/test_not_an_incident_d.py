"""Precision of one-sentence event reports (issue 13, round D): a trigger only in its
conflict sense, one incident per clause. Aircraft that only fly are no air strike, seats
won in an election are no territory, a court's sentence is no arrest (ACLED codes none
of them), and soldiers who clash with or fire on demonstrators make one Protests or Riots
event, not a battle beside it (a battle is between organised armed groups). Sentences
written for these tests after wire reports."""

from __future__ import annotations

from functools import partial

import frontlines
from conftest import sides

_types = partial(sides, published="2016-05-02")


def test_warplanes_that_patrol_strike_nothing() -> None:
    assert _types("Russian warplanes patrolled the skies over Idlib province on Monday, "
                  "residents said.") == []
    assert _types("Syrian fighter jets flew over rebel-held areas of Daraa on Friday, "
                  "activists said.") == []


def test_aircraft_that_fly_sorties_or_drop_bombs_still_strike() -> None:
    assert [t[0] for t in _types("Coalition aircraft flew 20 missions against Islamic "
                                 "State targets near Mosul on Sunday.")] == ["Air/drone strike"]
    assert [t[0] for t in _types("Government helicopters hovered over the village of "
                                 "Tawila before dropping barrel bombs.")] == ["Air/drone strike"]


def test_seats_captured_in_an_election_are_no_territory() -> None:
    assert _types("The opposition Democratic Party captured 86 seats in Sunday's "
                  "parliamentary election in Bangkok.") == []
    assert _types("Hamas captured 76 of the 132 seats in the Palestinian Legislative "
                  "Council.") == []
    # the seat of a government is a place an armed group can take
    assert [t[0] for t in _types("Rebels captured the seat of the provincial government "
                                 "in Ganta on Monday.")] == ["Non-state actor overtakes territory"]


def test_a_court_sentence_is_no_arrest() -> None:
    assert _types("A military court in Cairo on Tuesday sentenced 12 soldiers to life in "
                  "prison for killing protesters in 2011.") == []


def test_police_who_clash_with_demonstrators_make_one_riot() -> None:
    assert _types("Riot police clashed with thousands of demonstrators in central Khartoum "
                  "on Thursday, firing tear gas, witnesses said.") == [
        ("Violent demonstration", "Rioters (Sudan)", "Police Forces of Sudan")]
    events = frontlines.extract("Soldiers clashed with protesters in Conakry on Tuesday, "
                                "killing two people, witnesses said.", published="2016-05-02")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Violent demonstration", "Rioters (Guinea)", "Military Forces of Guinea", 2)]


def test_soldiers_firing_on_marchers_make_one_excessive_force() -> None:
    events = frontlines.extract("Soldiers fired live rounds at demonstrators marching on "
                                "the governor's office in Kassala on Sunday, killing two "
                                "people.", published="2016-05-02")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Excessive force against protesters", 2)]


def test_troops_clashing_with_rebels_stay_a_battle() -> None:
    events = frontlines.extract("Troops clashed with Houthi rebels in Taiz on Friday, "
                                "killing 12 fighters.", published="2016-05-02")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
