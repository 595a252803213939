"""Claims, plans and habits are no incidents (Round 8, twentieth pass).

Sentences paraphrased from the round-6 Guardian dev articles; each rule has a control
sentence that still gives its record, so no test can pass by emitting nothing.
"""

from __future__ import annotations

from functools import partial

from conftest import types

DAY = "2018-04-14"


_types = partial(types, published=DAY)


def test_weapons_under_a_modal_are_no_attack() -> None:
    # "might have access to chlorine-based weapons ... between conventional and chemical
    # weapons": possible possession, described; no use
    text = ("The UN envoy also said he believed both sides in the war might have access to "
            "chlorine-based "
            "weapons, describing them as in the grey zone between conventional and "
            "chemical weapons.")
    assert "Chemical weapon" not in _types(text)
    assert "Chemical weapon" in _types(
        "Government forces dropped chlorine-based weapons on Douma on Saturday, killing "
        "40 people, medics said.")


def test_weeks_away_from_a_capture_is_no_capture() -> None:
    text = ("The acting defence secretary said last week the coalition was weeks away from "
            "capturing all remaining Isis-held territory.")
    assert _types(text) == []
    text = "Isis fighters captured the village of Hajin on Tuesday after heavy fighting."
    assert _types(text) != []


def test_a_clash_ruled_out_is_no_clash() -> None:
    text = ("\"We rule out the situation developing into a direct American-Russian clash,\" "
            "the Hezbollah deputy leader told a Lebanese daily.")
    assert _types(text) == []
    text = ("Hezbollah fighters clashed with rebels near Qusayr on Tuesday, a monitor said.")
    assert "Armed clash" in _types(text)


def test_the_length_of_a_war_is_no_clash() -> None:
    text = ("Erdogan on Tuesday repeated that there was no distinction between the YPG in "
            "Syria and the PKK in Turkey, with whom Ankara has fought a four-decade war.")
    assert _types(text) == []


def test_abandoning_a_demand_is_no_transfer_of_territory() -> None:
    assert _types("About the turn of the millennium, the PKK abandoned the demand for a "
                  "separate state.") == []
    assert "Non-violent transfer of territory" in _types(
        "Rebels abandoned the town of Khan Sheikhoun on Tuesday, and regime forces "
        "entered it without a fight.")


def test_a_weekly_habit_is_no_incident() -> None:
    text = ("\"There are assassinations every week in Afrin carried out by the youth who "
            "defended the city,\" a resident said.")
    assert _types(text) == []


def test_diplomacy_and_roles_are_no_events() -> None:
    # a vote to boycott talks is no demonstration
    text = ("The opposition council made its boycott decision, with 26 of its 36 members "
            "opposing attendance, after the peace talks in Vienna ended on Friday night.")
    assert "Peaceful protest" not in _types(text)
    # a volunteer's training and role are a biography
    assert _types("It is understood he joined the YPG's mandatory month-long training "
                  "programme, in which new recruits learn basic Kurdish.") == []
    assert _types("There, he served for about a month as a combat medic alongside the YPG "
                  "during one of the bloodiest phases of the war.") == []
    # control: a real withdrawal is still a record
    assert _types("US troops withdrew from the Tanf base on Tuesday, officials said.") != []


def test_a_step_before_a_plan_is_planned() -> None:
    text = ("US officials have said the administration wants to guarantee the security of "
            "its Kurdish allies, all before withdrawing US troops.")
    assert _types(text) == []
    assert _types("The militants blew up the bridge before withdrawing from the town on "
                  "Monday, residents said.") != []
