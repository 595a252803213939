"""Recall of one-sentence reports, round K (issue 13): a sentence listing several places
is one event per place (ACLED: one event per location, a toll told for all of them
shared among them, the remainder with the place named first), though the parse hangs
the list elsewhere or a colon lists the towns.
Also fighting told as under way in the
present, men of a state's forces called "servicemen", an opposition party's
demonstration, a party's members killed -- ACLED codes fighting reported on a day as
that day's event, a party's demonstration as protesters, and an attack on a party's
members as political violence.

Sentences written for the tests after wire reports.
"""

from __future__ import annotations

from conftest import incidents


def test_a_list_after_in_is_one_event_per_place_whatever_the_parse() -> None:
    # written for the tests: the parse hangs Mosul and Kirkuk on "Attacks", not on
    # Baghdad; the three cities, written as one list, are three events sharing the 40
    assert sorted((r[1], r[3]) for r in incidents(
        "Attacks in Baghdad, Mosul and Kirkuk killed 40 people on Thursday, police said.",
        published="2008-03-10")) == [("Baghdad", 14), ("Kirkuk", 13), ("Mosul", 13)]
    # written for the tests: the parse makes Binnish the subject of "killed"
    assert sorted((r[1], r[3]) for r in incidents(
        "Air strikes on Saraqeb, Binnish and Taftanaz killed nine civilians.",
        published="2016-03-10")) == [("Binnish", 3), ("Saraqib", 3), ("Taftanaz", 3)]


def test_a_town_and_its_province_are_no_list() -> None:
    # written for the tests: "Ramadi, Anbar" has no "and": one place, one event
    assert [r[1] for r in incidents(
        "A roadside bomb killed three policemen in Ramadi, Anbar province, on Sunday.",
        published="2008-03-10")] == ["Ramadi"]


def test_towns_a_colon_lists_are_each_an_event() -> None:
    # written for the tests: the strikes hit the three towns, not Idlib; the NER tags
    # them an organisation, a people and a person
    assert sorted((r[1], r[3]) for r in incidents(
        "Russian warplanes carried out air strikes on three towns near Idlib: Saraqeb, "
        "Binnish and Taftanaz, killing nine civilians.", published="2016-03-10")) == [
        ("Binnish", 3), ("Saraqib", 3), ("Taftanaz", 3)]


def test_fighting_told_as_ongoing_is_an_incident() -> None:
    # "ongoing" said of the fighting in the present: that day's battle
    assert [(r[0], r[1]) for r in incidents(
        "Heavy clashes are still ongoing in the town of Jisr al-Shughur.")] == [
        ("Armed clash", "Jisr ash Shughur")]
    assert [r[0] for r in incidents(
        "Fighting is ongoing between the army and rebels in Jisr al-Shughur.")] == [
        "Armed clash"]


def test_the_ongoing_war_and_months_of_fighting_stay_no_incident() -> None:
    # the war's running situation and a period's fighting are not one day's incident
    assert incidents("The ongoing conflict has killed 300 people in Idlib.") == []
    assert incidents("Fighting has been ongoing for months in Jisr al-Shughur.") == []
    assert incidents("The fight looks good for the rebels in Aleppo.") == []


def test_servicemen_killed_are_a_battle_of_a_state_force() -> None:
    # "servicemen" are soldiers: men of a state's forces killed
    assert [(r[0], r[3]) for r in incidents(
        "Three servicemen were killed in Donetsk on Monday.")] == [("Armed clash", 3)]


def test_an_opposition_partys_demonstration_is_a_protest() -> None:
    # "opposition" names a party here, not armed men (who do not protest)
    assert [(r[0], r[1], r[2]) for r in incidents(
        "The opposition BNP held a demonstration in Dhaka on Sunday.")] == [
        ("Peaceful protest", "Dhaka", "Protesters (Bangladesh)")]
    # "opposition fighters" moving into a town are armed men marching, no protest
    assert incidents("Opposition fighters marched into the town of Dhaka on Sunday.") == []


def test_party_members_killed_are_political_violence() -> None:
    assert [(r[0], r[1], r[3]) for r in incidents(
        "Four members of the opposition party were hacked to death in the town of "
        "Sylhet.")] == [("Attack", "Sylhet", 4)]
    # members of a family, or a wedding party's guests, are no party's people
    assert incidents("Four members of a family were hacked to death in Sylhet.") == []
    assert incidents("Three guests of a wedding party were stabbed in Leeds.") == []


def test_fighting_going_on_since_dawn_is_todays_incident() -> None:
    # a perfect progressive from dawn: the battle under way on the day of the report
    assert [(r[0], r[1]) for r in incidents(
        "Clashes have been raging since dawn in the town of Rastan.")] == [
        ("Armed clash", "Ar Rastan")]
    # since a year, or with no start at all, it is the war's course
    assert incidents("Government forces have been fighting rebels in Rastan since 2012.") == []
    assert incidents(
        "Government forces have been fighting against several rebel groups in Homs.") == []


def test_a_leg_lost_to_a_mine_is_no_ground_lost() -> None:
    # the soldier's wound is the mine's; no territory changed hands
    assert [r[0] for r in incidents(
        "A soldier lost his leg after stepping on an IED in Helmand.")] == [
        "Remote explosive/landmine/IED"]
    assert [r[0] for r in incidents("Rebels lost the town of Rastan to the army on Monday.")] == [
        "Government regains territory"]
