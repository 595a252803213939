"""False records of one-sentence event reports (issue 13, round M): a war's running total
told as commentary is no incident, and a crowd told beside the force used on it is one
incident, not two (ACLED codes an event with its own day and place; force used on
demonstrators or rioters is coded in the demonstration's or the riot's event). Sentences
written for these tests after wire reports; the kept incidents beside each rule guard it."""

from __future__ import annotations

from functools import partial

from conftest import losses
from conftest import types as _types

_records = partial(losses, published="2016-05-02")


def test_the_dead_of_a_war_counted_in_thousands_are_its_tally() -> None:
    assert _types("Tens of thousands of civilians have been killed in the fighting in "
                  "Darfur.") == []
    assert _types("Thousands of people have been killed in clashes between the two "
                  "communities.") == []
    assert _types("Tens of thousands of people have died in the fighting between the army "
                  "and the rebels.") == []


def test_a_process_that_has_killed_or_left_dead_is_commentary() -> None:
    assert _types("Muslim rebels have been fighting for self-rule in the southern "
                  "Philippines for decades, a conflict that has killed more than 120,000 "
                  "people.") == []
    assert _types("The war has left more than 250,000 people dead.") == []
    # one explosion that left its dead is an incident
    assert _types("An explosion has left five people dead in Quetta, police "
                  "said.") == ["Remote explosive/landmine/IED"]
    # the day's attack stays beside the war's tally in its relative clause
    assert _types("Gunmen killed 12 villagers in Zamfara on Sunday in violence that has "
                  "killed hundreds this year.") == ["Attack"]


def test_an_insurgency_fought_for_decades_is_no_incident() -> None:
    assert _types("The separatists have battled Indian rule in Kashmir for more than two "
                  "decades.") == []
    assert _types("Rebels have fought for independence in Aceh for three decades.") == []
    assert _types("The rebels have fought successive governments in Bogota for four "
                  "decades.") == []
    # "in more than two years" measures a record, it is no duration
    assert _types("A car bomb killed 30 people in Baghdad on Sunday, the deadliest attack "
                  "in more than two years.") == ["Remote explosive/landmine/IED"]


def test_a_riot_and_the_force_that_met_it_are_one_event() -> None:
    assert _records("A mob attacked a police station in Gilgit on Sunday, and police "
                    "opened fire, killing two rioters.") == [
        ("Mob violence", "Rioters (Pakistan)", "Police Forces of Pakistan", 2)]
    assert _records("Supporters of the opposition rioted in Kisumu on Monday, and police "
                    "shot dead four people.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", 4)]
    assert _records("Rioters looted shops in Lome on Thursday, and soldiers shot dead two "
                    "of them.") == [
        ("Violent demonstration", "Rioters (Togo)", "Military Forces of Togo", 2)]


def test_a_protest_and_the_fire_opened_on_it_are_one_event() -> None:
    assert _records("Thousands took to the streets of Conakry on Thursday, and security "
                    "forces opened fire, killing at least 12.") == [
        ("Excessive force against protesters", "Military Forces of Guinea",
         "Protesters (Guinea)", 12)]


def test_gunmen_whose_killing_a_crowd_protests_stay_an_incident() -> None:
    # the gunmen's killing is an incident of its own, the protest another
    assert len(_types("Hundreds of villagers protested in Dera Ismail Khan on Monday after "
                      "gunmen killed two farmers there.")) == 2
    assert len(_types("Thousands of people marched in Peshawar on Friday, hours after "
                      "gunmen shot dead five policemen in the city.")) == 2


def test_strikes_that_have_killed_with_no_date_are_a_campaign_tally() -> None:
    assert _types("A Saudi-led coalition, backed by the US and Britain, has launched "
                  "airstrikes that have killed scores of civilians.") == []
    # dated: the day's strikes and their dead
    assert _types("US warplanes carried out air strikes on Raqqa on Monday that have killed "
                  "at least 20 civilians, activists said.") == ["Air/drone strike"]


def test_the_war_s_origin_retold_is_no_protest() -> None:
    assert _types("Yemen's conflict began in 2014 with street protests but has since evolved "
                  "into a regional war.") == []
    assert _types("The unrest broke out in March with peaceful protests but has since "
                  "evolved into an armed insurgency.") == []


def test_an_incident_judged_is_commentary() -> None:
    assert _types("The attacks are widely seen as an attempt by the militants to derail the "
                  "peace talks.") == []
    assert _types("The clashes highlight the growing rivalry between the two militias.") == []
    # the clause tells the clashes' day, place and toll: reported, whatever it highlights
    assert _types("The clashes in Aden on Sunday, which killed 12 people, highlight the "
                  "rivalry between the two factions.") == ["Armed clash"]
