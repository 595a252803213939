"""actor1, round F: named armed groups of the Syrian, Sudanese, Indian and Kosovo wars that
the actor table lacked, a party's fighters as its armed wing, and a violent crowd as
rioters. Sentences written after news reports of the kinds a held-out reading found with
an empty or wrong actor1 (ACLED's names for the groups)."""

from __future__ import annotations

from conftest import sides as _rows


def test_syrian_rebel_factions_by_name():
    # not an unidentified armed group of whichever country the sentence also names
    assert _rows("Fighters of the Nour al-Din al-Zenki Movement attacked regime positions "
                 "in western Aleppo, Syria, on Monday.") == [
        ("Armed clash", "Nour al-Din al-Zenki Movement", "Military Forces of Syria")]
    assert _rows("Jaish al-Izza rebels shelled Russian positions near Mhardeh in northern "
                 "Hama, Syria.")[0][1] == "Jaish al-Izza"
    # "Division" is the faction's name, not the army's division
    assert _rows("The Sultan Murad Division captured the village of Tal Jijan north of "
                 "Aleppo.") == [("Non-state actor overtakes territory", "Sultan Murad Division",
                                 "")]


def test_euphrates_shield_rebels_are_the_turkish_backed_rebels():
    assert _rows("Euphrates Shield fighters captured the village of Qabasin near al-Bab in "
                 "Syria on Wednesday.")[0][1] == "Syrian National Army"


def test_a_partys_fighters_are_its_armed_wing():
    # ACLED codes the YPG, not the PKK or the party, for the PYD's fighters in Syria
    assert _rows("PYD fighters clashed with Turkish-backed rebels near Afrin in Syria on "
                 "Tuesday.") == [
        ("Armed clash", "YPG: People's Protection Units", "Syrian National Army")]


def test_insurgents_named_by_initials():
    assert _rows("NDFB militants shot dead five villagers in Kokrajhar district of Assam, "
                 "India, on Saturday.") == [
        ("Attack", "NDFB: National Democratic Front of Bodoland", "Civilians (India)")]
    assert _rows("Government forces killed 12 SPLM-N fighters in South Kordofan, Sudan, on "
                 "Sunday.")[0][2] == "SPLM-N: Sudan People's Liberation Movement-North"
    assert _rows("KLA guerrillas ambushed a Serbian police patrol near Podujevo in Kosovo, "
                 "killing two officers.")[0][1] == "KLA: Kosovo Liberation Army"


def test_protesters_who_burn_are_rioters():
    # every record of the violent crowd is the rioters', the burning as the riot
    rows = _rows("Protesters set fire to a police station in the town of Ghazni in "
                 "Afghanistan.")
    assert rows and {a1 for _s, a1, _a2 in rows} == {"Rioters (Afghanistan)"}


def test_a_report_naming_no_country_takes_its_groups_home():
    # RELABEL: "the Kurdish forces" of a YPG report name the YPG, as they do in Syria
    assert _rows("During the clashes, the Kurdish forces killed at least 31 regime fighters "
                 "and captured 102, after losing 13 YPG fighters.")[0][1] == \
        "YPG: People's Protection Units"
