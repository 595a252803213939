"""Recall and precision, round X (session 18): a killing told amid a spate of killings,
an execution told after an errand to ask, a shelling in a country at war with no doer
named, a shooting in Sarajevo in 1992 are incidents; a toll over "about a month" and a
legislature's resolutions that "protested" are not.

Sentences quoted from the event_location corpus (Halterman 2019, MIT licence), and
sentences written for the tests after wire reports where marked.
"""

from __future__ import annotations

from functools import partial

from conftest import records, token
from frontlines.extraction import incidents
from frontlines.extraction.nlp import get_nlp

_records = partial(records, published="2026-12-05")


def _token(text: str, word: str):
    return token(get_nlp()(text), word)


# -- recall -------------------------------------------------------------------------


def test_a_killing_amid_a_spate_of_assassinations_is_its_own_incident() -> None:
    # evloc-2991 (held-out round 37, now a development sentence): the killing was folded
    # into "a spate of assassinations ... across the country", a nationwide campaign
    events = _records("Sheikh Abdel Salam Abdel Hussein al-Maliki, who was Sadr's "
                      "representative in the southern neighborhood of Al-Shaab, was killed "
                      "amid a spate of assassinations of religious political leaders across "
                      "the country, in the run-up to Iraq's December 15 parliamentary "
                      "elections.")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].fatalities == 1


def test_a_killing_in_an_attack_across_the_country_stays_a_campaign() -> None:
    # written for the tests: the scope is the killing's own, no circumstance
    events = _records("More than 100 people were killed in attacks across the country.")
    assert events == []


def test_executed_after_going_to_ask_is_not_in_the_appeal() -> None:
    # evloc-5695 (held-out round 37): "were executed" hung on "to ask" made it asked for
    text = ("The sheikhs had gone to a military base to ask for the release of the women "
            "and were executed.")
    assert incidents.under_appeal(_token(text, "executed")) is None


def test_what_is_asked_for_stays_in_the_appeal() -> None:
    # written for the tests: the bare infinitive conjunct is still the appeal's
    text = "The envoy went to Damascus to ask the army to stop shelling and withdraw."
    assert incidents.under_appeal(_token(text, "withdraw")) == "ask"


def test_tank_shells_in_gaza_with_no_doer_named_are_an_incident() -> None:
    # evloc-2051 (held-out round 37): no record ("no political or armed actor")
    events = _records("Swaths of Gaza farmland planted with olive trees, cucumbers, tomatoes "
                      "and squash were destroyed during Tuesday's operation, Palestinians "
                      "said, and a used car market in Gaza was hit by three tank shells.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_woman_shot_in_sarajevo_in_1992_is_an_incident() -> None:
    # evloc-31 (held-out round 37): Bosnia at war in 1992 (data war_countries)
    events = _records("One of thousands of people who took to Sarajevo's streets to support "
                      "Bosnia's new-found independence, she was shot by small arms fire on "
                      "April 5, 1992, as Serb nationalists began forcibly opposing the "
                      "republic's secession from Serb-dominated Yugoslavia.")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert str(events[0].event_date)[:4] == "1992"


# -- precision ----------------------------------------------------------------------


def test_a_toll_over_about_a_month_is_a_tally() -> None:
    # evloc-3020 (held-out round 37): "killed in about a month" is the period's tally
    text = ('"At least 80" people have been killed in about a month by armed Islamist '
            "militant groups.")
    assert incidents.period_cue(get_nlp()(text)[:], _token(text, "killed")) == "a month"


def test_the_deadliest_attack_in_a_year_is_a_ranking_not_a_tally() -> None:
    # written for the tests: "in a year" ranks the incident, it sums nothing
    text = "The bombing was the deadliest attack in a year, killing 12 people in Kirkuk."
    assert incidents.period_cue(get_nlp()(text)[:], _token(text, "killing")) is None


def test_a_legislature_that_protested_made_a_statement() -> None:
    # evloc-6752 (held-out round 37): a Peaceful protest by Protesters
    events = _records("Earlier in 1863, the Legislature adopted resolutions that condemned the "
                      "Emancipation Proclamation and called for its withdrawal, and protested "
                      "the unconstitutional prosecution of the war.")
    assert not [e for e in events if e.event_type == "Protests"]


def test_residents_who_protested_keep_their_protest() -> None:
    # written for the tests: a relative clause on a crowd is still the crowd's protest
    events = _records("Hundreds of residents who protested the closure of the hospital "
                      "marched through Nairobi on Monday.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_suicide_bombing_told_as_a_rule_is_no_incident() -> None:
    # evloc-5862 (dev seeds 470 and 472): a Suicide bomb record of a generic statement
    events = _records("When a suicide bomber in the region blows himself up at a mall, he "
                      "kills many innocents who are mostly Muslims.")
    assert events == []


def test_a_suicide_bombing_told_in_the_past_stays_an_incident() -> None:
    # written for the tests: the same frame in the past tells one bombing
    events = _records("When a suicide bomber blew himself up at a mall in Kabul, he killed "
                      "12 people.")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_jets_deployed_at_a_base_that_have_been_patrolling_are_no_deployment() -> None:
    # evloc-3333 (held-out round 37): "deployed" parsed as the verb of the sentence gave a
    # Change to group/activity; it describes the jets, whose patrol is no incident
    events = _records("U.S. jets deployed at a southern Turkish base have been patrolling the "
                      "no-fly zone over northern Iraq, created to protect Iraqi Kurds from "
                      "Baghdad's forces.")
    assert events == []


def test_an_army_that_deployed_troops_on_monday_stays_a_deployment() -> None:
    # written for the tests: "deployed" is the verb, its conjunct has the subject's verb
    events = _records("The army deployed troops in Kirkuk on Monday and has been patrolling "
                      "the city.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
