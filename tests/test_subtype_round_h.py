"""Attack or Armed clash, and people taken as no territory (issue 13, round H).

Sentences quoted from the RELABEL subset of the event_location corpus (Halterman 2019, MIT
licence), or written after news reports (marked so), one per behaviour. ACLED codebook: an
armed, organised group attacking unarmed civilians is an Attack (Violence against
civilians) even where the report calls it a clash; two armed, organised sides fighting is
an Armed clash even where civilians die; people captured are an arrest or an abduction,
never territory.
"""

from __future__ import annotations

from functools import partial

from conftest import types

_types = partial(types, published="2026-12-04")


# ------------------------------------------------------------------ civilians as the other side

def test_armed_men_clashing_with_villagers_attack_them():
    # written after news reports: the only other side are villagers
    assert _types("Fulani militiamen clashed with villagers in Plateau state, killing 20 "
                  "villagers.") == ["Attack"]


def test_civilians_killed_in_clashes_by_armed_men_are_attacked():
    # written after news reports: the dead are villagers, no armed side is named
    assert _types("Islamist fighters killed 30 villagers in clashes in Djugu, Ituri "
                  "province.") == ["Attack"]


def test_a_clash_with_armed_dead_stays_a_battle():
    # RELABEL: Kurds, civilians among them, and the regime's fighters died
    assert _types("At least 23 Kurds were killed in the clashes, including civilians, while "
                  "the regime lost over 30 fighters.") == ["Armed clash"]


def test_militants_clashing_with_security_forces_fight_a_battle():
    # written after news reports: a crowd's clash with police is a riot, armed men's a
    # battle, and the civilians killed in it do not make it an attack
    assert _types("Militants clashed with security forces in Sheikh Zuweid, killing five "
                  "civilians.") == ["Armed clash"]


# ------------------------------------------------------------------ who was hit

def test_a_victim_killed_along_with_fighters_is_one_of_them():
    # RELABEL: an IS leader killed with other IS fighters is no civilian
    assert _types("Al-Bajjari was killed along with several other ISIS fighters.") == [
        "Armed clash"]


def test_police_reporting_a_shooting_are_not_its_victims():
    # RELABEL: a rubber tapper shot dead; "said police" names the source, not a side hit
    assert _types(
        "An attacker on the back of a motorcycle fatally shot rubber tapper Waema Mathaeha, "
        "64, who was riding his motorcycle home after pre-dawn work in the Thantho district "
        "of Yala province, said police Sub-Lt.") == ["Attack"]


# ------------------------------------------------------------------ people taken

def test_they_captured_are_people_not_a_place():
    # RELABEL: at main a Government regains territory
    assert _types("They were captured by Turkish soldiers in northern Iraq in April.") == [
        "Arrests"]


def test_passengers_or_engineers_seized_are_abducted_not_territory():
    # written after news reports: at main a Non-state actor overtakes territory
    assert _types("Gunmen seized 30 passengers from a bus near Kaduna on Sunday.") == [
        "Abduction/forced disappearance"]
    assert _types("Militants seized two foreign engineers in the Niger Delta on "
                  "Tuesday.") == ["Abduction/forced disappearance"]
