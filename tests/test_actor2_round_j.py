"""actor2, round J: a post that stands for its garrison, the side a weapon was fired,
thrown or set off at, a government's word for the jihadists it fights, the force that met
a riot, plain "troops" in the Palestinian Territory. Sentences written after news reports
of the kinds a held-out reading (round 21) found with an empty or wrong actor2; the
Balata sentence follows a RELABEL sentence of event_location (MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_an_airbase_or_a_checkpoint_attacked_stands_for_the_state_garrison():
    assert _rows("Insurgents attacked the Bagram airbase on Monday.") == [
        ("Armed clash", "Opposition Rebels (Afghanistan)", "Military Forces of Afghanistan")]
    assert _rows("Gunmen attacked a checkpoint in Ramadi on Monday, killing four.")[0][2] == \
        "Military Forces of Iraq"
    assert _rows("Militants fired mortars at the airbase in Kandahar on Monday.")[0][2] == \
        "Military Forces of Afghanistan"


def test_a_named_holder_or_a_counted_force_wins_over_the_garrison():
    assert _rows("Assailants threw a grenade at a police post in Bujumbura on "
                 "Monday.")[0][2] == "Police Forces of Burundi"
    assert _rows("Taliban fighters attacked a security post in Helmand on Wednesday, "
                 "killing four policemen.") == [
        ("Armed clash", "Taliban", "Police Forces of Afghanistan")]
    # a state's own army shelling checkpoints hits someone else's: no garrison
    assert _rows("The army shelled checkpoints in Idlib on Monday.")[0][2] == ""


def test_the_side_a_weapon_was_fired_or_set_off_at():
    assert _rows("Hezbollah fired rockets at Israeli troops in the Shebaa Farms on "
                 "Monday.")[0][1:] == ("Hezbollah", "Military Forces of Israel")
    assert _rows("Two explosive devices were detonated near Israeli troops in Nablus on "
                 "Thursday.")[0][2] == "Military Forces of Israel"


def test_takfiris_are_an_unnamed_jihadist_group():
    assert _rows("The Syrian army killed dozens of Takfiris in the Homs countryside on "
                 "Monday.")[0][2] == "Unidentified Armed Group (Syria)"


def test_jaysh_al_fateh_is_the_army_of_conquest():
    assert _rows("The Syrian army launched an offensive against Jaysh al-Fateh near Idlib "
                 "on Monday.")[0][2] == "Jaish al-Fatah"


def test_the_force_that_met_a_riot():
    assert _rows("Police fired tear gas at rioters in Nairobi on Friday.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")]
    # a clash with the crowd told in the same clause stays one riot
    assert _rows("Troops fired on rioters who were burning tyres in Harare on Monday.") == [
        ("Violent demonstration", "Rioters (Zimbabwe)", "Military Forces of Zimbabwe")]


def test_plain_troops_in_the_palestinian_territory_are_israel_s():
    assert _rows("On Thursday morning, two explosive devices were detonated near troops "
                 "who were operating in the Balata refugee camp near Nablus, but no one "
                 "was hurt.")[0][2] == "Military Forces of Israel"
    assert _rows("Gunmen opened fire on Palestinian police in Nablus on Monday.")[0][2] == \
        "Police Forces of Palestine"
