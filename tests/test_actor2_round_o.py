"""actor2, round O: the side a battle was fought against named by the words that say who
held the place ("under the control of", "X's control", "the jihadist rebel defenses"); the
side whose members a count names ("20 members of the pro-regime military forces"); the
unit a "when" clause puts where a bomb went off (a convoy, the men a minibus carried, a
convoy a bomb went off beside); and civilians counted as killed in a report that names no
place, Civilians with the country unknown rather than no victim (ACLED codebook). The
sentences are quoted from the judged development pool (event_location, MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_holder_under_control_or_defences_is_the_other_side():
    assert _rows("The Syrian Arab Army (SAA) continued their large-scale offensive inside "
                 "east Aleppo on Wednesday, targeting several neighborhoods under the "
                 "control of the jihadist rebels.") == [
        ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")]
    assert _rows("The Syrian Arab Army (SAA) launched another powerful attack at the "
                 "Barada Valley area of rural Damascus on Wednesday, targeting the jihadist "
                 "rebel defenses at several sites around the village of Bassima.") == [
        ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")]
    assert _rows("ISIS began their assault by storming the last farms under the Syrian "
                 "Army's control at Jufrah; this resulted in an intense series of clashes "
                 "that lasted for more than 6 hours on Saturday.")[0][2] == (
        "Military Forces of Syria")


def test_members_of_a_side_counted_dead_name_that_side():
    assert _rows("Qamishli, Syria Three members of the Kurdish Popular Protection Units "
                 "(YPG) were killed during clashes with Islamist fighters near Tel Hamis "
                 "town, in Hasakah province northeast Syria.")[0][2] == (
        "YPG: People's Protection Units")


def test_unit_passing_when_a_bomb_went_off_is_the_target():
    assert _rows("The bomb was detonated when an Israeli convoy passed by the Hasbiyeh "
                 "village in the eastern sector of the Israeli-occupied south Lebanon."
                 )[0][2] == "Military Forces of Israel"
    assert _rows("The PKK members detonated the bomb when a civilian minibus carrying army "
                 "personnel was passing by in Gorendoruk village in Eruh town of Siirt "
                 "Province, according to the report.") == [
        ("Remote explosive/landmine/IED", "PKK: Kurdistan Workers Party",
         "Military Forces of Turkey")]
    assert _rows("Three months ago, a roadside bomb was detonated beside an American convoy "
                 "traveling in Gaza, without causing injuries.")[0][2] == (
        "Military Forces of the United States")


def test_civilians_killed_where_no_place_is_named():
    assert _rows("At least 7 civilians were killed and several others were injured in the "
                 "attack.") == [("Attack", "", "Civilians")]
    assert _rows("At least seven civilians were killed and 12 others were injured during "
                 "the air raids.")[0][2] == "Civilians"
    # a place named keeps the country: Civilians of where it happened
    assert _rows("Israeli soldiers shot dead five Palestinians in the West Bank city of "
                 "Nablus on February 23.")[0][2] == "Civilians (Palestine)"


def test_relative_clause_object_is_the_target():
    assert _rows("Jund Al-Aqsa's official media wing released the names of over 100 rebel "
                 "fighters they reportedly executed in northern Syria, along with some "
                 "photos of their corpses.")[0][2] == "Opposition Rebels (Syria)"


def test_small_unit_and_school_of_a_force_stand_for_it():
    assert _rows("On Friday, at least six militants detonated two bombs on a road in Yala's "
                 "Yaha district and opened fire at a police team.")[0][2] == (
        "Police Forces of Thailand")
    # the post struck beats the toll's bare "people"
    assert _rows("A car bomb exploded outside a police college in Yemen's capital Sanaa on "
                 "Wednesday, killing 35 people and wounding 62 in an attack authorities "
                 "blamed on Al Qaeda militants.")[0][2] == "Police Forces of Yemen"


def test_shelling_with_no_victims_targets_the_holder():
    assert _rows("Gaddafi's forces also shelled the city, a rebel stronghold in western "
                 "Libya.") == [("Shelling/artillery/missile attack", "Military Forces of Libya",
                                "Opposition Rebels (Libya)")]
