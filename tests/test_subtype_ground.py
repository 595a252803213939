"""Sub-types and tolls of round F (issue 13): the ground assault, the support of a force,
riots between communities, a place named by an arrest word, a denied plan, a ranged toll.

Sentences written after news reports (marked so), one per behaviour. ACLED codebook: an
event is typed by how it was fought (a ground assault is a battle whatever artillery or
air strikes backed it); a violent crowd with no demonstration aim is Mob violence; an
event that did not happen is not coded; a range of fatalities is coded by its lower
figure (the conservative count, SPEC.md).
"""

from __future__ import annotations

from conftest import fields
from conftest import mention_types as _types


def _records(text: str) -> list[tuple[str, int | None]]:
    return fields(text, "sub_event_type", "fatalities", published="2026-12-04")


def test_a_ground_assault_is_no_air_strike():
    # written after news reports of the Syrian army's offensive in Idlib
    assert _types("Government forces launched a ground assault on the town of Jisr "
                  "al-Shughour on Friday after days of air strikes.") == ["Armed clash"]


def test_the_artillery_backing_a_force_is_no_shelling():
    # written after news reports: the storming is the event, the artillery its support
    types = _types("Troops backed by artillery stormed the militant-held village of Mamund "
                   "on Tuesday.")
    assert "Shelling/artillery/missile attack" not in types
    # (stormed with no capture said: an assault, Armed clash; round O)
    assert types == ["Armed clash"]


def test_ethnic_riots_are_mob_violence():
    # written after news reports of the 1999 Shagamu riots in Nigeria
    records = _records("Ethnic riots between Hausa and Yoruba youths in Shagamu left 20 "
                       "people dead on Monday.")
    assert ("Mob violence", 20) in records
    assert {t for t, _ in records} == {"Mob violence"}


def test_a_detention_centre_is_a_place_not_an_arrest():
    # written after news reports of protests at migrant detention centres
    assert _types("Protesters gathered outside a detention center in Tijuana on Saturday to "
                  "denounce the treatment of migrants.") == ["Peaceful protest"]


def test_a_denied_plan_is_no_event():
    # written after news reports of an opposition leader in Zimbabwe
    assert _records("The opposition leader said on Monday \"we are not going to protest\" in "
                    "Harare after the court ruling.") == []


def test_a_ranged_toll_is_its_lower_figure():
    # written after news reports of Boko Haram's attack on Baga
    assert _records("Some 70-80 civilians were killed when militants attacked the village of "
                    "Baga in Borno State on Saturday.") == [("Attack", 70)]


def test_fighters_captured_in_a_clash_are_part_of_it():
    # written after news reports from Afghanistan: "them" are the militants, not a place
    records = _records("Soldiers clashed with militants in Khost on Monday and captured five "
                       "of them.")
    assert {t for t, _ in records} == {"Armed clash"}
