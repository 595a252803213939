"""Sub-types of people taken by title, raids people are taken in, and explosive rammings
(issue 13, round N).

Sentences written after wire reports, one per behaviour. ACLED codebook: people taken by
a state's forces are Arrests (by an armed group, Abduction), never a territory change,
whatever title or role names them; a raid that people are taken in is how they were
taken, not a battle of its own, even when those taken are armed men; a vehicle laden
with explosives driven into its target blows up with its driver, a Suicide bomb; a
protest is one with intervention only where a force intervenes in it, not where the
people it marches for were detained before.
"""

from __future__ import annotations

from functools import partial

from conftest import sides as _records
from conftest import types

_types = partial(types, published="2026-12-04")


# ------------------------------------------------------------------ people taken by title

def test_a_former_dictator_captured_is_an_arrest():
    assert _records("US troops captured the former Iraqi dictator near Tikrit on "
                    "Saturday.") == [("Arrests", "Military Forces of the United States",
                                      "Civilians (Iraq)")]


def test_agents_and_spies_captured_are_people():
    assert _types("Lebanese army intelligence captured two Israeli agents in Beirut on "
                  "Tuesday.") == ["Arrests"]
    assert _types("Syrian troops captured two Israeli spies near Quneitra on Monday.") == [
        "Arrests"]
    # by an armed group: an abduction, still no territory
    assert _types("Hezbollah said it had captured two Israeli agents in southern "
                  "Lebanon.") == ["Abduction/forced disappearance"]


def test_a_senior_figure_captured_is_an_arrest():
    assert _records("Iraqi police captured a senior al-Qaeda figure in Baghdad on "
                    "Sunday.") == [("Arrests", "Police Forces of Iraq", "Al Qaeda")]


def test_a_town_captured_stays_territory():
    assert _types("Government forces captured the town of Palmyra on Sunday.") == [
        "Government regains territory"]


# ------------------------------------------------------------------ raids people are taken in

def test_militants_captured_in_police_raids_are_one_arrest():
    # the raid is how they were taken: no Armed clash beside the arrest
    assert _records("Forty suspected Islamic State members were captured in police raids "
                    "in Turkey on Friday.") == [("Arrests", "Police Forces of Turkey",
                                                 "Islamic State")]
    assert _types("Two suspected militants were captured in police raids across Morocco "
                  "on Wednesday.") == ["Arrests"]


def test_soldiers_captured_in_a_raid_on_a_base_stay_a_battle():
    assert _types("Rebels captured 20 soldiers in a raid on an army base near "
                  "Idlib.") == ["Armed clash"]


# ------------------------------------------------------------------ explosive rammings

def test_a_car_of_explosives_rammed_into_a_convoy_is_a_suicide_bomb():
    assert _records("A bomber rammed a car packed with explosives into a police convoy in "
                    "Kabul.") == [("Suicide bomb", "Unidentified Armed Group (Afghanistan)",
                                   "Police Forces of Afghanistan")]
    assert _types("A militant rammed an explosives-laden truck into the gate of an army "
                  "base in Mogadishu on Tuesday.") == ["Suicide bomb"]


def test_a_ramming_without_explosives_makes_no_record_of_its_own():
    assert _types("A driver rammed a truck into a police checkpoint in Diyarbakir on "
                  "Sunday.") == []


# ------------------------------------------------------------------ a march for the detained

def test_a_sit_in_for_detained_people_is_peaceful():
    assert _types("Hundreds marched through Kathmandu on Friday and staged a sit-in "
                  "demanding the release of detained activists.") == ["Peaceful protest"]
    assert _types("Relatives of detained men marched in Srinagar and staged a "
                  "sit-in.") == ["Peaceful protest"]
    assert _types("Protesters marched to the governor's office in Lagos and held a sit-in "
                  "to protest the arrested union leaders.") == ["Peaceful protest"]


def test_force_used_on_a_sit_in_stays_intervention():
    assert _types("Police fired tear gas at protesters staging a sit-in in "
                  "Nairobi.") == ["Protest with intervention"]
    assert _records("Police arrested 20 protesters who had staged a sit-in outside the "
                    "ministry in Baku.") == [("Protest with intervention",
                                              "Protesters (Azerbaijan)",
                                              "Police Forces of Azerbaijan")]
