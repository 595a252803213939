"""Sub-types of arrests, assaults, seized sailors and mine clearance (issue 13, round I).

Sentences quoted from the RELABEL subset of the event_location corpus (Halterman 2019, MIT
licence), or written after news reports (marked so), one per behaviour. ACLED codebook:
people taken by state forces are Arrests, whatever weapon their deed used; an assault on
armed men's ground is an Armed clash unless the place is said to be taken; soldiers or
sailors of one state taken by another's forces are no civilians abducted; de-mining and
the controlled destruction of devices are Disrupted weapons use.
"""

from __future__ import annotations

from functools import partial

import frontlines
from conftest import types

_types = partial(types, published="2026-12-04")


# ------------------------------------------------------------------ the deed of the taken

def test_a_grenade_thrown_by_the_man_captured_is_no_grenade_attack():
    # RELABEL: the capture is the act; the grenade is why he was taken
    assert "Grenade" not in _types("He was captured after allegedly throwing the grenade "
                                   "that killed the U.S. soldier.")


def test_a_bomb_planted_by_the_man_captured_is_no_bombing():
    # written after news reports
    assert _types("Security forces captured a wanted militant who had planted a roadside "
                  "bomb in Kirkuk on Tuesday.") == ["Arrests"]


def test_a_raid_is_not_typed_by_the_bombing_its_suspects_are_linked_to():
    # written after news reports: the suicide bombing is the suspects' past deed
    types = _types("The army raided a village near Mosul on Tuesday and arrested five "
                   "suspects linked to a suicide bombing.")
    assert "Suicide bomb" not in types and "Arrests" in types


def test_a_vest_seized_in_a_raid_stays_disrupted_weapons_use():
    # written after news reports: what is seized is the thing taken, not a deed
    assert "Disrupted weapons use" in _types(
        "Soldiers raided a house in Ramadi on Sunday, arresting three men and seizing a "
        "suicide vest.")


def test_a_bombing_with_a_subject_of_its_own_stays_an_incident():
    # written after news reports: another clause, another incident
    assert "Remote explosive/landmine/IED" in _types(
        "Police arrested three men in Kirkuk on Tuesday after a roadside bomb killed five "
        "soldiers.")


# ------------------------------------------------------------------ assaults

def test_storming_positions_is_a_battle():
    # written after news reports: no place is said to be taken
    assert _types("Rebels stormed army positions near Hama on Sunday.") == ["Armed clash"]


def test_storming_and_capturing_a_town_is_territory():
    # written after news reports
    assert _types("Rebels stormed and captured the town of Morek near Hama on Sunday.") == [
        "Non-state actor overtakes territory"]


def test_storming_a_university_stays_an_attack():
    # written after news reports: civilians' place
    assert _types("Gunmen stormed a university in Kabul on Monday, killing 20 "
                  "students.") == ["Attack"]


# ------------------------------------------------------------------ sailors of another state

def test_sailors_seized_by_another_state_are_arrests():
    # written after news reports: no territory, no civilians
    recs = frontlines.extract("Iranian forces seized 15 British sailors in the Gulf on "
                              "Friday.", published="2026-12-04")
    assert [(r.sub_event_type, r.actor2) for r in recs] == [
        ("Arrests", "Military Forces of the United Kingdom")]


# ------------------------------------------------------------------ mine clearance

def test_mines_detonated_by_remote_ignition_in_a_ceremony_are_disrupted_weapons():
    # RELABEL: the UN destroys the last mines of a buffer zone
    assert _types("During a special ceremony at the Nicosia airport UN buffer zone, the UN "
                  "Secretary General's Special Representative Michael Moller and Andrew "
                  "Rasbash on behalf of the European Union detonated the last mines by "
                  "remote ignition.") == ["Disrupted weapons use"]


def test_sappers_detonating_a_bomb_found_is_disrupted_weapons():
    # written after news reports
    assert _types("Army sappers detonated a roadside bomb found near the market in Kandahar "
                  "on Sunday.") == ["Disrupted weapons use"]


def test_a_roadside_bomb_that_kills_stays_an_ied():
    # written after news reports
    assert _types("A roadside bomb killed three soldiers near Kandahar on Sunday.") == [
        "Remote explosive/landmine/IED"]
