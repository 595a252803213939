"""Recall, round S (issue 13): whole sentences of the development draws (event_location,
seeds 211-219) that reported a specific incident and gave no record -- people counted and
killed in a shooting, "the previous mayor" read as a time, a person's relative clause
dating the event, a burned body typed as property, killings in Sri Lanka and Algeria,
"West Bank" read as a crime word, neo-Nazis who marched, people an armed side took.
Sentences quoted from the draws are event_location
sentences (MIT); the others are written after news reports of the same kinds."""

from __future__ import annotations

import frontlines
from conftest import fields


def _records(text: str, published: str = "2007-06-02") -> list[tuple]:
    return fields(text, "sub_event_type", "location", "fatalities", published=published)


def test_people_killed_in_a_drive_by_shooting():
    # event_location (MIT), seed 219
    events = frontlines.extract(
        "Four civil servants were killed in a drive-by shooting in Mogadishu on Monday.",
        published="2007-06-02")
    assert [(e.sub_event_type, e.location, e.fatalities, str(e.event_date))
            for e in events] == [("Attack", "Mogadishu", 4, "2007-05-28")]
    # event_location (MIT), seed 212
    events = frontlines.extract(
        "Six others were killed in the drive-by shooting of a minibus in the Shorta "
        "al-Khamsa district in south Baghdad.", published="2007-06-02")
    assert [(e.sub_event_type, e.fatalities, e.country) for e in events] == [
        ("Attack", 6, "Iraq")]


def test_counted_dead_of_no_attack_stay_out():
    # the same count with no shooting or attack named: nothing says they were attacked
    assert _records("Four civil servants were killed in Mogadishu on Monday.") == []
    # a crash kills as many: no attack
    assert _records("Six others were killed in the crash of a minibus in south Baghdad.") == []


def test_the_previous_mayor_is_no_time():
    # event_location (MIT), seed 217: "the previous" names the mayor before, not a past
    events = frontlines.extract(
        "Just a few months before the bombing, the previous Jaffna mayor was shot and "
        "killed while she met with residents.", published="1998-06-02")
    assert [e.location for e in events] == ["Jaffna"]


def test_the_previous_attack_is_still_background():
    # "the previous" on the event itself: an earlier, undated attack told as background
    assert _records("The previous attack on the base in Kandahar killed two soldiers.",
                    "2007-06-02") == []


def test_a_persons_relative_clause_does_not_date_the_event():
    # event_location (MIT), seed 213: "next month" dates the elections, not the shooting
    events = frontlines.extract(
        "In Sharqat, north of Baghdad, gunmen shot dead Mohammed Hussein Hamid, who was "
        "running in parliamentary elections scheduled for next month on Deputy Prime "
        "Minister Saleh al-Mutlak's list.", published="2010-02-10")
    assert [(e.sub_event_type, e.location, str(e.event_date)) for e in events] == [
        ("Attack", "Ash Sharqat", "2010-02-10")]


def test_a_persons_relative_clause_in_the_news_window_still_dates():
    # "who attacked his car on Monday": the day of the attack itself
    events = frontlines.extract(
        "A police officer was shot dead by gunmen who attacked his car in Kirkuk on Monday.",
        published="2007-06-02")
    assert {str(e.event_date) for e in events} == {"2007-05-28"}


def test_a_body_burned_is_no_property_destruction():
    # event_location (MIT), seed 219
    events = frontlines.extract(
        "In another development Saturday, an Israeli was shot and his body was burned near "
        "the volatile West Bank town of Ramallah, according to the Palestinian Authority.",
        published="2001-01-27")
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Ramallah")]


def test_houses_burned_stay_property_destruction():
    types = [e.sub_event_type for e in frontlines.extract(
        "Militiamen burned houses in the village of Kpalime on Saturday.",
        published="2007-06-02")]
    assert types == ["Looting/property destruction"]


def test_killings_in_sri_lanka_and_algeria():
    # event_location (MIT), seed 218: the corpora's wars of the 1990s and 2000s
    events = frontlines.extract(
        "Kadirgamar, 73, was fatally shot as he emerged from a swimming at his home in the "
        "capital, Colombo, on Friday night.", published="2005-08-13")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Attack", "Colombo", 1)]
    # event_location (MIT), seed 218
    events = frontlines.extract(
        "On Feb. 6, filmmaker Djamel Fezzaz, 44 was shot and seriously wounded in Bab "
        "el-Oued, an area of Algiers that is a hotbed of fundamentalism, by two men who also "
        "escaped.", published="1995-03-01")
    assert [(e.sub_event_type, e.country) for e in events] == [("Attack", "Algeria")]


def test_a_shooting_outside_the_war_countries_stays_out():
    # a man shot in a country the list does not hold is still crime news
    assert _records("Marino, 34, was shot several times in the chest after he left the "
                    "house in this Albany suburb.") == []


def test_the_west_bank_is_no_crime_word():
    # event_location (MIT), seed 216: "bank" of "West Bank" made it a crime report
    events = frontlines.extract(
        "Barghouti, 43, was captured in a raid in the Ramallah area on April 15, when "
        "Israeli forces were in control of several West Bank towns and cities during a "
        "six-week incursion that had begun two weeks earlier.", published="2002-05-20")
    assert [(e.sub_event_type, e.location, str(e.event_date)) for e in events] == [
        ("Arrests", "Ramallah", "2002-04-15")]


def test_a_bank_robbery_is_still_crime():
    assert _records("Robbers shot dead a guard at a bank in Lahore on Monday and fled "
                    "with the cash.") == []


def test_neo_nazis_who_marched_demonstrated():
    # event_location (MIT), seed 218: a political movement's followers march
    events = frontlines.extract(
        "Earlier Saturday an estimated 200 neo-Nazis from Germany, Britain and Scandinavia "
        "marched in the Danish town of Roskilde.", published="1997-08-16")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Roskilde")]


def test_people_an_armed_side_takes_are_detained():
    # written after a CASE 2021 snippet of the same kind
    types = [e.sub_event_type for e in frontlines.extract(
        "Israeli forces have taken dozens of Palestinians in raids in Nablus on Monday.",
        published="2007-06-02")]
    assert types and set(types) == {"Arrests"}


def test_the_wounded_taken_to_hospital_are_not_detained():
    types = [e.sub_event_type for e in frontlines.extract(
        "Soldiers took the wounded to hospital in Kirkuk on Monday.", published="2007-06-02")]
    assert "Arrests" not in types
