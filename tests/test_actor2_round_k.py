"""actor2, round K: the target of violence against civilians where the parse names no
victim, prayer leaders and suspected informers, customs officers, Yugoslav forces.
Sentences written after news reports of the kinds a held-out reading (round 22) found with
an empty actor2; the Thong-in and Mathaeha sentences follow RELABEL sentences of
event_location (MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_an_attack_is_on_civilians_of_its_place_whatever_the_parse():
    assert _rows("Thong-in, 38, was shot dead by two gunmen in Pluak Daeng district on "
                 "Thursday night.") == [
        ("Attack", "Unidentified Armed Group (Thailand)", "Civilians (Thailand)")]
    assert _rows("An attacker on the back of a motorcycle fatally shot rubber tapper Waema "
                 "Mathaeha, 64, in the Thantho district of Yala province on Monday.")[0][2] \
        == "Civilians (Thailand)"


def test_an_attack_with_no_place_names_no_civilians_of_a_demonym():
    # "French" is who they were, not where it happened; peacekeepers are no civilians
    rows = _rows("Two French peacekeepers were shot by snipers on Friday.")
    assert all(not r[2].startswith("Civilians") for r in rows)


def test_an_attack_told_by_a_noun_names_no_one_hit():
    # after a Guardian report: the attack killed soldiers, told in the sentence before
    rows = _rows("Sunday's attack by Ansar al-Tawhid fighters was carried out in the village "
                 "of Massasneh, in the north of Hama province.")
    assert all(not r[2].startswith("Civilians") for r in rows)


def test_prayer_leaders_and_suspected_informers_are_civilians():
    assert _rows("Gunmen shot dead a prayer leader in Peshawar on Friday.")[0][2] == \
        "Civilians (Pakistan)"
    assert _rows("Taliban fighters killed three suspected informers in Helmand province "
                 "on Sunday.")[0][1:] == ("Taliban", "Civilians (Afghanistan)")


def test_customs_officers_are_the_state_police():
    assert _rows("Smugglers shot dead two customs officers near the Pakistani town of "
                 "Torkham on Monday.")[0][2] == "Police Forces of Pakistan"


def test_yugoslav_forces_are_serbia_s():
    assert _rows("KLA rebels attacked Yugoslav forces near Pristina on Monday.") == [
        ("Armed clash", "KLA: Kosovo Liberation Army", "Military Forces of Serbia")]


def test_fatah_is_a_side_of_the_palestinian_factional_fighting():
    assert _rows("Fatah gunmen clashed with Hamas militants in Gaza City on Monday.") == [
        ("Armed clash", "Fatah Movement", "Hamas")]
    assert _rows("Hamas militants clashed with Fatah in Khan Younis on Monday.")[0][1:] == \
        ("Hamas", "Fatah Movement")
    # "Fatah" inside a man's name outside the Palestinian Territory is no party
    rows = _rows("Egyptian President Abdel Fatah al-Sisi said troops killed 20 militants "
                 "in North Sinai on Monday.")
    assert all("Fatah Movement" not in r for r in rows)

