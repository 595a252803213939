"""Duplicates and type (round U, u-dups).

One incident told once in a sentence was given two records of two types: a bomb that
hit a rally coded once as its explosion and once as force used on the protest; a crowd
that demonstrated and blocked traffic coded once as a peaceful protest and once as a
riot; prisoners seized in the battle that took a city coded as an abduction of
civilians beside the capture. And a sentence's type was chosen from words that do not
tell its deed: a bomber who "himself was blown to pieces" read as an aircraft, the
shelling a target had done read as the attack's weapon, armed men of another clause
read as the victims, a battle word ("invaded") that met no armed side kept over the
killing of the people it reports, the killer of a passive verb read as its victim.
Sentences quoted from the event_location corpus (Halterman 2019, MIT licence); the near
wordings that must keep their reading guard each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import sides
from conftest import types as _types

_records = partial(sides, published="2016-05-02")


# ------------------------------------------------------------------ duplicates

def test_bomb_on_a_rally_is_one_explosion() -> None:
    # event_location (evloc-3788): Remote explosive + Excessive force before
    assert _types("On 10 October 2015, two bombs killed 103 civilians, targeting a peace "
                  "rally by Turkish trade unions and the HDP.") == [
        "Remote explosive/landmine/IED"]


def test_police_firing_on_a_rally_stays_excessive_force() -> None:
    # near wording: the state's force used on the protest keeps the protest's type
    assert _types("Police shot dead five protesters at a rally in Lagos on Monday.") == [
        "Excessive force against protesters"]


def test_one_crowd_that_demonstrated_and_blocked_traffic_is_one_event() -> None:
    # event_location (evloc-2089): Peaceful protest + Violent demonstration before
    assert _types("Some 1,500 far-left activists demonstrated in Copenhagen on Friday "
                  "against the UN Summit for Social Developement, blocking traffic during "
                  "the evening rush-hour.") == ["Violent demonstration"]


def test_prisoners_seized_in_a_capture_are_part_of_the_battle() -> None:
    # event_location (evloc-9221): Non-state actor overtakes territory + Abduction before
    assert _records("The ruling Taliban army captured a key northern city in Afghanistan on "
                    "Wednesday after heavy fighting, seizing 80 prisoners and cutting off a "
                    "supply line to opposition forces holed up in a mountain valley.") == [
        ("Non-state actor overtakes territory", "Taliban", "")]


def test_villagers_abducted_in_a_capture_stay_apart() -> None:
    # near wording: people named as civilians taken with the place are an abduction
    assert _types("Taliban fighters captured the town of Kunduz on Monday and abducted 30 "
                  "villagers.") == ["Non-state actor overtakes territory",
                                    "Abduction/forced disappearance"]


# ------------------------------------------------------------------ type

def test_a_bomber_who_blew_himself_up_is_no_aircraft() -> None:
    # event_location (evloc-257): Air/drone strike before
    assert _types("On April 7, Bashandi detonated a homemade explosive in an alleyway of "
                  "ancient Islamic Cairo near the famed Khan el-Khalili souk popular with "
                  "foreign tourists, killing two French and an American citizen, while the "
                  "bomber himself was blown to pieces.") == ["Remote explosive/landmine/IED"]


def test_bombers_that_struck_a_town_are_aircraft() -> None:
    # near wording: bombers as aircraft
    assert _types("Russian bombers struck the town of Saraqib on Monday, killing 12 "
                  "people.") == ["Air/drone strike"]


def test_what_a_target_had_shelled_is_not_the_attacks_weapon() -> None:
    # event_location (evloc-7557): Shelling before
    assert _types("But on Wednesday, fighters from Homs, to the north, attacked an army post "
                  "outside the town that had long shelled surrounding areas.") == [
        "Armed clash"]


def test_an_attack_with_mortars_stays_shelling() -> None:
    # near wording: the attack's own weapon
    assert _types("Militants attacked an army post with mortars near Ramadi.") == [
        "Shelling/artillery/missile attack"]


def test_people_by_faith_killed_in_a_clause_of_their_own_are_civilians() -> None:
    # event_location (evloc-2562): Armed clash against Military Forces of Indonesia before
    assert _records("Security forces patrolled Indonesia's Ambon city on Monday after masked "
                    "assailants killed 12 Christians in a brutal attack that further strains "
                    "a fragile peace pact.") == [
        ("Attack", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)")]


def test_people_killed_when_gunmen_invaded_are_an_attack() -> None:
    # event_location (evloc-2095): Armed clash against an Unidentified Armed Group before
    assert _records("Fourteen people were killed in Jibwhiwhui village of Hawul Local "
                    "Government Area of Borno State and its surrounding villages, when gunmen "
                    "suspected to be members of Boko Haram invaded the area.") == [
        ("Attack", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
         "Civilians (Nigeria)")]


def test_an_offensive_that_killed_people_stays_a_battle() -> None:
    # near wording: an offensive is fought against the side holding the ground
    assert _types("Taliban fighters launched an offensive on the district on Sunday, "
                  "killing 12 people.") == ["Armed clash"]


def test_an_ambush_on_soldiers_stays_a_battle() -> None:
    # near wording: an armed side named as the target
    assert _types("Boko Haram fighters ambushed an army convoy near Bama on Sunday, "
                  "killing 12 soldiers.") == ["Armed clash"]


def test_the_one_killed_by_armed_men_is_the_victim() -> None:
    # event_location (evloc-3617): the killers read as the victims, Armed clash before
    assert _records("A factional leader of the Fulani community in Bwari Area Council was "
                    "on Monday killed by some armed men after they besieged his home around "
                    "Baran-Goni community at the outskirts of Bwari town.") == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_protesters_shot_and_abducted_is_one_event() -> None:
    # written after news reports: the abduction of the crowd fired on is the same force
    assert _types("Security forces opened fire on protesters in Khartoum on Monday, killing "
                  "five, and abducted dozens of demonstrators.") == [
        "Excessive force against protesters"]


def test_two_sides_that_clashed_killing_people_stay_a_battle() -> None:
    # CASE 2021 Task 2 (snippet 895): two sides named by the clash's own subject
    assert _types("Syrian government forces and Kurdish fighters clashed in the northeastern "
                  "city of Hassakeh, killing and wounding several people Saturday.") == [
        "Armed clash"]


def test_a_bomb_beside_force_on_a_protest_stays_apart() -> None:
    # near wording: a force fired on the crowd and a bomb struck elsewhere: two events
    assert _types("Security forces fired on demonstrators in Baghdad on Friday, killing "
                  "three, as a suicide bomber struck a market in the city.") == [
        "Excessive force against protesters", "Suicide bomb"]


def test_gunmen_who_abducted_beside_force_on_a_protest_stay_apart() -> None:
    # near wording: an abduction by gunmen is no force used on the crowd
    assert _types("Security forces opened fire on protesters in Khartoum on Monday, killing "
                  "five, and gunmen abducted a journalist in the city.") == [
        "Excessive force against protesters", "Abduction/forced disappearance"]
