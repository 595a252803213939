"""Recall of one-sentence reports, round J (issue 13): dated earlier incidents told
after "after", an attack's dead counted with no noun, people abducted beside a place
taken, arrests by a state's military and of a named person -- ACLED codes each dated,
placed incident, and Arrests by state forces of significant individuals.

Sentences quoted from the RELABEL subset of the event_location data set (Halterman
2019, MIT licence), and sentences written for the tests after wire reports.
"""

from __future__ import annotations

from conftest import incidents


def test_a_killing_a_month_after_a_dated_bombing_is_two_incidents() -> None:
    # written for the tests: the killing is not folded into the earlier car bombing
    found = incidents(
        "Gunmen killed a policeman in Bilbao on Monday, a month after the car bombing of "
        "22 February 2001 in Madrid.", published="2016-05-10")
    # (a policeman killed by gunmen is an Armed clash since round M, as policemen were)
    assert sorted((r[0], r[1], r[3]) for r in found) == [
        ("Armed clash", "Bilbao", 1), ("Remote explosive/landmine/IED", "Madrid", 0)]


def test_a_dated_incident_after_after_is_coded() -> None:
    # written for the tests: the arrest is no political event, the dated shootout is
    assert [(r[0], r[1]) for r in incidents(
        "The suspect was arrested after a shootout on July 25 in Kirkuk.",
        published="2016-08-10")] == [("Armed clash", "Kirkuk")]


def test_an_undated_cause_after_after_stays_one_incident() -> None:
    # written for the tests: the air strike killed the five
    assert [(r[0], r[3]) for r in incidents(
        "Five people were killed after an air strike hit a market in Idlib.")] == [
        ("Air/drone strike", 5)]


def test_an_attack_that_killed_hundreds_is_an_attack() -> None:
    # written for the tests: a count with no noun is the attack's dead
    assert [(r[0], r[1]) for r in incidents(
        "The August 2023 attack in Baghdad killed hundreds.", published="2024-03-01")] == [
        ("Attack", "Baghdad")]
    assert incidents("The earthquake killed hundreds in Bam.") == []


def test_people_abducted_beside_a_place_taken_are_an_event_of_their_own() -> None:
    # written for the tests: the village taken and the journalists abducted
    assert sorted(r[0] for r in incidents(
        "Rebels stormed the village and captured two journalists on Monday near Idlib.",
        published="2016-05-10")) == [
        "Abduction/forced disappearance", "Non-state actor overtakes territory"]


def test_arrests_by_troops_and_of_a_named_person() -> None:
    # RELABEL: troops capture activists; "suspected" is no crime report's word here
    assert [(r[0], r[1]) for r in incidents(
        "In the village of Jdeideh near Jenin in the north of the West Bank, troops "
        "captured two Palestinians suspected of being activists with the Islamic "
        "resistance i6hment Hamas.")] == [("Arrests", "Jdeideh")]
    # written for the tests: a state's military arresting a named man
    assert [(r[0], r[2]) for r in incidents(
        "Israeli forces arrested Marwan Barghouti in Ramallah on Monday.")] == [
        ("Arrests", "Military Forces of Israel")]
    # written for the tests: a brief from a country at war names the man arrested
    assert [(r[0], r[1]) for r in incidents(
        "Police announced the arrest of Ahmed Saadat in Ramallah on Monday.")] == [
        ("Arrests", "Ramallah")]
    # written for the tests: a burglar's arrest by police stays out
    assert incidents("Police arrested three men in Ramallah on Monday.") == []
