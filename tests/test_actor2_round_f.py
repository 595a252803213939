"""actor2, round F: the other side a sentence names through the area it holds, a
community, a commander or leader, a pro-regime force, or the dead of a bombing. Sentences
written after news reports of the kinds a held-out reading found with an empty actor2."""

from __future__ import annotations

from conftest import sides as _rows


def test_an_area_held_by_a_side_names_that_side():
    assert _rows("Regime forces shelled rebel-held villages near Hama on Tuesday.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria",
         "Opposition Rebels (Syria)")]
    assert _rows("US aircraft struck Taliban-controlled villages in Helmand.")[0][2] == \
        "Taliban"
    # the dead, where the sentence counts them, stay the target
    assert _rows("Rebels shelled regime-held districts of Aleppo, killing five "
                 "civilians.")[0][2] == "Civilians (Syria)"


def test_a_community_of_one_country_is_its_civilians():
    assert _rows("Gunmen shot dead seven Copts on a bus in Minya on Friday.")[0][2] == \
        "Civilians (Egypt)"
    # killed abroad: civilians of the country where it happened
    assert _rows("Militants killed 21 Copts on a beach in Sirte.")[0][2] == \
        "Civilians (Libya)"


def test_a_commander_is_his_sides_and_a_tribal_leader_a_civilian():
    assert _rows("A rebel commander was killed in an airstrike in Idlib.")[0][2] == \
        "Opposition Rebels (Syria)"
    assert _rows("Gunmen shot dead a village chief in Borno on Monday.")[0][2] == \
        "Civilians (Nigeria)"
    assert _rows("Gunmen killed a tribal chief in Anbar on Friday.")[0][2] == \
        "Civilians (Iraq)"


def test_pro_regime_forces_are_the_state():
    assert _rows("Rebels clashed with pro-regime forces in Daraa on Sunday.") == [
        ("Armed clash", "Opposition Rebels (Syria)", "Military Forces of Syria")]


def test_the_dead_of_a_bombing_are_civilians():
    assert _rows("Relatives buried the dead of a suicide bombing in Baghdad on Friday.")[0][2] \
        == "Civilians (Iraq)"
    # the dead of a battle are its fighters: no civilians made up
    assert all(r[2] != "Civilians (Syria)"
               for r in _rows("The victims of the clashes in Aleppo were buried on Monday."))


def test_a_sides_bunkers_and_hideouts_are_its_posts():
    # RELABEL: the bunkers the troops took were the rebels'
    assert _rows("Later Thursday, government troops captured nine rebel bunkers in "
                 "Kilinochchi district after a fierce battle.")[0][2] == \
        "Opposition Rebels (Sri Lanka)"
    assert _rows("Warplanes bombed militant hideouts in North Waziristan on Friday.")[0][2] \
        == "Unidentified Armed Group (Pakistan)"
