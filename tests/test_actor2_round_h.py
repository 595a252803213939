"""actor2, round H: the other side a sentence names in a battle's "between" or a traded
fire, the dead of a bombing counted by a bare number, office holders and hired guards as
targets, and soldiers or police counted among the dead coded as their force, never as
civilians. Sentences written after news reports of the kinds a held-out reading (round
19) found with an empty or civilian actor2; the Hama car bomb and the Sadr City bomb
follow RELABEL sentences of event_location (MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_the_sides_of_fighting_that_erupted_between_them():
    # round T: ACLED codes a named group by its own name ("Ansar" leads a group's name,
    # data/group_name_words.tsv), not as unnamed rebels
    assert _rows("Fighting erupted between the army and Ansar Dine rebels near "
                 "Timbuktu.") == [("Armed clash", "Military Forces of Mali", "Ansar Dine")]


def test_troops_and_gunmen_who_exchanged_fire_are_the_two_sides():
    assert _rows("Israeli troops and Palestinian gunmen exchanged fire in Hebron on "
                 "Monday.") == [("Armed clash", "Military Forces of Israel",
                                 "Unidentified Armed Group (Palestine)")]


def test_the_dead_a_bombing_counts_by_a_bare_number_are_civilians():
    assert _rows("A car bomb in Syria's western Hama province on Friday killed 34 and "
                 "wounded more than 50.")[0][2] == "Civilians (Syria)"
    assert _rows("A car bomb detonated in Sadr City in eastern Baghdad on Friday, "
                 "killing at least three and wounding 20 others.")[0][2] == \
        "Civilians (Iraq)"
    # a bomb that hit a patrol names its target: the patrol's force
    assert _rows("A roadside bomb hit an army patrol in Kunar, killing 3.")[0][2] == \
        "Military Forces of Afghanistan"


def test_a_politician_or_a_local_official_is_a_civilian():
    assert _rows("Gunmen shot dead a local politician in Peshawar on Monday.")[0][2] == \
        "Civilians (Pakistan)"
    assert _rows("Gunmen killed two local officials in Kandahar on Tuesday.")[0][2] == \
        "Civilians (Afghanistan)"


def test_hired_guards_are_private_security_forces():
    assert _rows("Two security guards were shot dead outside a bank in Karachi.")[0][2] == \
        "Private Security Forces (Pakistan)"


def test_soldiers_and_police_among_the_dead_are_their_force():
    assert _rows("A roadside bomb killed seven people, including five soldiers, in "
                 "Helmand.")[0][2] == "Military Forces of Afghanistan"
    assert _rows("A suicide bomber killed 12 people, most of them policemen, in "
                 "Quetta.")[0][2] == "Police Forces of Pakistan"
    assert _rows("The Taliban killed 6 local police in Kunduz on Sunday.")[0][2] == \
        "Police Forces of Afghanistan"
    assert _rows("The Kurdish forces killed at least 31 regime fighters near "
                 "Hasakah.")[0][2] == "Military Forces of Syria"
    # civilians named in the count stay the target
    assert _rows("Militants shelled a school in Aleppo, killing four children and a "
                 "soldier.")[0][2] == "Civilians (Syria)"
