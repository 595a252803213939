"""Event type and fatalities of one-sentence event reports (round X, x-type).

ACLED's Abduction/forced disappearance is of civilians: a soldier captured in war was
taken in a fight (Armed clash), a reporter captured by no one named is a hostage, not a
wanted man the police arrested. An offensive resumed "to capture" a village is fighting:
the capture is its aim, not yet a transfer of territory. "Large numbers" of dead is a
plural with no figure, which ACLED counts as 10. Sentences quoted from the
event_location corpus (Halterman 2019, MIT licence) or written after news reports; the
near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import killed
from conftest import types as _types

_killed = partial(killed, first_sentence=True)


# ------------------------------------------------------------------- event type

def test_a_soldier_captured_in_a_reduced_relative_is_taken_in_a_fight() -> None:
    # event_location (held-out round 37, evloc-3576)
    assert _types("A U.S. soldier captured in Iraq and held briefly as a prisoner of war, "
                  "returned to her native Panama this week to a hero's welcome.") == [
        "Armed clash"]
    # the verb's own passive subject was already so
    assert _types("Two soldiers were captured by the Taliban in Helmand.") == ["Armed clash"]


def test_a_reporter_captured_by_no_one_named_is_abducted() -> None:
    # event_location (held-out round 37, evloc-6471)
    assert _types("Giuliana Sgrena, a 56-year-old female Italian reporter, was captured "
                  "earlier this month in central Baghdad, while French journalist Florence "
                  "Aubenas and her Iraqi guide Hussein Hanun have been missing since "
                  "January 5.", published="2005-02-20") == ["Abduction/forced disappearance"]


def test_a_wanted_man_captured_by_no_one_named_stays_an_arrest() -> None:
    # a suspect taken with no taker named is the state's arrest (round N), unchanged
    assert _types("The suspects were captured during a raid in central Baghdad on "
                  "Monday.") == ["Arrests"]


def test_an_offensive_resumed_to_capture_a_village_is_fighting() -> None:
    # event_location (held-out round 37, evloc-10033)
    assert _types("Alfateh Army, a coalition of rebel and FSA groups, on Friday resumed "
                  "the offensive to capture the village of Khalsa.") == ["Armed clash"]
    # a village captured is territory
    assert _types("Alfateh Army, a coalition of rebel and FSA groups, on Friday captured "
                  "the village of Khalsa.") == ["Non-state actor overtakes territory"]
    # "resumed" with the deed as its complement is still the deed done
    assert _types("Syrian troops on Friday resumed shelling of the village of Khalsa, "
                  "killing three people.") == ["Shelling/artillery/missile attack"]


# ------------------------------------------------------------------- fatalities

def test_large_numbers_killed_count_as_a_vague_plural() -> None:
    # event_location (held-out round 37, evloc-7100)
    assert _killed("Large numbers of rebel fighters have been killed in Mount al-Akrad n "
                   "Lattakia suburb and some areas of Hama, according to the report.") == 10
    # "a large number of" was already so
    assert _killed("A large number of rebel fighters have been killed in Mount al-Akrad.") == 10
