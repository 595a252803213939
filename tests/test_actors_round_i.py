"""actor1 and actor2, round I: sides a held-out reading found empty or misnamed -- an
ethnic group's armed men, a clan's militia, a device's "by" agent, a police rank, one
of a people hit, and "the regime" across Syria's border. Sentences written after news
reports of the kinds that reading described (none copied from it)."""

from __future__ import annotations

from conftest import sides as _rows


def test_an_ethnic_groups_gunmen_are_its_identity_militia():
    # ACLED: "Fulani Ethnic Militia (Nigeria)", an identity militia of the country
    assert _rows("Fulani gunmen killed 12 villagers in Benue state on Sunday.")[0][1:] == (
        "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


def test_a_named_clans_armed_men_are_its_clan_militia():
    assert _rows("The Abgal clan militia attacked a village near Jowhar, killing four "
                 "people.")[0][1] == "Abgal Clan Militia (Somalia)"
    assert _rows("Militiamen of the Abgal clan clashed with Habar Gidir clan militia in "
                 "Mogadishu, killing five.")[0][1:] == (
        "Abgal Clan Militia (Somalia)", "Habar Gidir Clan Militia (Somalia)")


def test_the_group_that_planted_or_fired_a_device():
    rows = _rows("An explosive planted by Islamic State killed four soldiers near Mosul.")
    assert rows[0][1:] == ("Islamic State", "Military Forces of Iraq")


def test_a_police_rank_is_the_polices():
    assert _rows("Gunmen shot dead a police captain in Peshawar on Monday.")[0][1:] == (
        "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")


def test_one_of_a_people_parsed_as_an_adjective():
    # the parser tags "Palestinian" JJ: as the object it is still one of the people
    assert _rows("Israeli soldiers shot dead a Palestinian at the Gaza border fence on "
                 "Friday.")[0][1:] == ("Military Forces of Israel", "Civilians (Palestine)")


def test_the_regime_across_syrias_border_is_syrias():
    assert _rows("Regime soldiers shelled the Lebanese border town of Arsal on "
                 "Monday.")[0][1] == "Military Forces of Syria"
    # inside Syria, and a regime the phrase names, unchanged
    assert _rows("Regime forces shelled the town of Kafr Nabl in Idlib, killing three "
                 "civilians.")[0][1] == "Military Forces of Syria"
