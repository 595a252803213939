"""Sub-event types of one-sentence event reports (issue 13, round R).

ACLED's Attack is violence against unarmed people; fighting between armed sides is an
Armed clash. An assault or offensive an armed side launches is a battle for the ground
it targets (the villages it aims at are the ground, not civilians hit); militants killed
beside others captured were killed fighting, not as captives; an ambush laid for people
named as civilians is an Attack; a fighter captured after a gun battle is
taken in it (the battle, not an arrest). Sentences quoted from the event_location corpus
(Halterman 2019, MIT licence) or written after news reports; the kept types beside each
rule guard it.
"""

from __future__ import annotations

from conftest import types as _types


def test_an_offensive_targeting_villages_is_a_battle() -> None:
    # event_location
    assert _types("The U.S.-backed \u201cSyrian Democratic Forces\u201d (SDF) launched a new "
                  "assault in the northeastern countryside of Aleppo on Monday, targeting the "
                  "small villages located between Al-Bab and Menbeij.") == ["Armed clash"]
    assert _types("Jabhat Al-Nusra launched a massive offensive in the northern countryside "
                  "of the Hama Governorate, targeting 4 recently reconciled villages near the "
                  "strategic town of Ma\u2019an.") == ["Armed clash"]


def test_an_assault_with_civilians_named_elsewhere_is_a_battle() -> None:
    # event_location: the civilians were escorted away before the assault
    assert _types("Led by the 4th Mechanized Division, the Syrian Arab Army launched a "
                  "powerful assault in Wadi Barada on Sunday evening after civilians were "
                  "safely escorted from the area by the Syrian Red Crescent "
                  "Society.") == ["Armed clash"]


def test_an_attack_on_villagers_stays_an_attack() -> None:
    # written after news reports: people hit, not ground targeted
    assert _types("Gunmen attacked villagers in Zurak in Plateau State on Sunday, killing "
                  "12 people.") == ["Attack"]


def test_militants_killed_beside_others_captured_fought() -> None:
    # event_location
    assert _types("At least three ISIS militants were killed and four others were arrested "
                  "by the Kurdish forces near the Saddiq square in western Hasakah, the YPG "
                  "leadership confirmed in a statement.") == ["Armed clash"]
    assert _types("According to informed sources, at least 12 ISIS militants were killed "
                  "and five others were arrested.") == ["Armed clash"]


def test_captives_killed_stay_an_attack() -> None:
    # written after news reports: the same people taken, then killed
    assert _types("Gunmen kidnapped and killed a journalist in Mosul on "
                  "Tuesday.") == ["Attack"]


def test_an_ambush_laid_for_civilians_is_an_attack() -> None:
    # event_location
    assert _types("Suspected Fulani gunmen on Saturday ambushed and killed over 39 persons "
                  "returning from a peace summit convened by the traditional ruler of Arikya "
                  "chiefdom; 3 wounded persons survived.") == ["Attack"]
    assert _types("Indian tribal rebels killed eight employees of state-run Oil and Natural "
                  "Gas Corp Ltd in an ambush in the revolt-racked oil-producing state of "
                  "Assam.") == ["Attack"]


def test_an_ambush_on_soldiers_stays_a_battle() -> None:
    # event_location
    assert _types("Sadr's militiamen killed a Bulgarian soldier in an ambush, as the United "
                  "States sought additional international troops.") == ["Armed clash"]


def test_a_capture_after_a_gun_battle_is_the_battle() -> None:
    # event_location
    assert _types("Last September, Ramzi Binalshibh, another suspected planner of the "
                  "attacks in the United States, was captured after a gun battle in the "
                  "southern city of Karachi.") == ["Armed clash"]
    assert _types("Ghailani was captured on July 25 after a shootout in Gujrat, an "
                  "industrial city in Pakistan's eastern Punjab province.") == ["Armed clash"]
