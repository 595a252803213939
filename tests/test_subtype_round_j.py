"""Sub-types of ground fighting, storming, raids and force on crowds (issue 13, round J).

Sentences written after news reports, one per behaviour. ACLED codebook: two armed sides
engaged are an Armed clash whatever arms they fight with (shelling is fired from afar by
one side); an assault on a building, a compound or a base is an Armed clash unless the
place is said to be taken; people are captured in a raid, places are not; crowd-control
arms (tear gas, rubber bullets, water cannon) tell force on a crowd: a protest event,
never an Armed clash or an Attack; a demonstration the report calls peaceful is a
Peaceful protest, whatever other violence its sentence tells.
"""

from __future__ import annotations

from functools import partial

from conftest import types

_types = partial(types, published="2026-12-04")


# ------------------------------------------------------------------ arms of a battle

def test_a_battle_fought_with_tanks_and_mortars_is_a_clash():
    assert _types("Fierce street fighting erupted in Aleppo as rebels and troops fought "
                  "with tanks and mortars.") == ["Armed clash"]


def test_fighting_with_heavy_weapons_is_a_clash():
    assert _types("Fighting between the army and Islamic State militants with heavy "
                  "weapons continued in Deir ez-Zor.") == ["Armed clash"]


def test_mortars_fired_at_the_army_stay_shelling():
    # the arms of a one-sided attack type it
    assert _types("Rebels attacked an army base with mortars in Homs on Monday.") == [
        "Shelling/artillery/missile attack"]


# ------------------------------------------------------------------ storming

def test_buildings_stormed_with_nothing_taken_are_a_clash():
    assert _types("Gunmen stormed government buildings in the town of Baiji on "
                  "Friday.") == ["Armed clash"]
    assert _types("Troops stormed several buildings held by militants in the city of "
                  "Ramadi.") == ["Armed clash"]


# ------------------------------------------------------------------ people taken in a raid

def test_a_man_captured_in_a_raid_is_no_territory():
    types = _types("US Navy SEALs captured Abu Anas al-Libi in a raid in Tripoli.")
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(
        types)


# ------------------------------------------------------------------ force on a crowd

def test_rubber_bullets_that_injure_are_force_on_protesters():
    assert _types("Soldiers fired rubber bullets, injuring five Palestinians in Kafr "
                  "Qaddum.") == ["Excessive force against protesters"]
    assert _types("Police fired rubber bullets at farmers in Bihar, injuring "
                  "several.") == ["Excessive force against protesters"]


def test_a_peaceful_rally_beside_past_clashes_stays_peaceful():
    types = _types("Opposition supporters staged a peaceful rally in Kampala after last "
                   "week's violent clashes.")
    assert "Peaceful protest" in types and "Violent demonstration" not in types


def test_a_peaceful_protest_that_turned_violent_is_a_violent_demonstration():
    assert "Violent demonstration" in _types(
        "A peaceful protest in Lagos turned violent when youths threw stones at police.")

