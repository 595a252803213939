"""A toll whose time is a period or the whole war is its tally, not an incident (issue 13,
round E): ACLED codes one event, one day, one place, so "200 people have been killed this
week in Aleppo" or a country's war-wide toll gives no record, while an incident told with
its day or its single attack keeps its record though a period word stands beside it.
Sentences quoted from the RELABEL subset of the event_location corpus (Halterman 2019, MIT
licence), or written after wire reports of the kinds the held-out readers named."""

from __future__ import annotations

from conftest import types as _types


def test_a_week_or_a_month_of_killing_is_a_tally() -> None:
    assert _types("At least 200 people have been killed this week in Aleppo, the Syrian "
                  "Observatory for Human Rights said.") == []
    assert _types("More than 120 civilians were killed in Idlib this week by government "
                  "air strikes, a monitor said.") == []
    # RELABEL
    assert _types("It has killed hundreds of rebels this month.") == []


def test_a_span_up_to_now_is_a_tally() -> None:
    assert _types("Over the past month, fighting in Helmand has killed at least 90 "
                  "civilians.") == []
    # RELABEL: the dead and the wounded of a campaign "so far"
    assert _types("On the other hand, at least 20 SDF fighters have been killed including "
                  "prominent commander Abu Layla and more than 100 have been wounded in the "
                  "Manbij campaign so far.") == []


def test_a_war_toll_is_no_incident() -> None:
    # RELABEL
    assert _types("More than 160,000 people have been killed in Syria s civil war.") == []
    assert _types("More than 140,000 people have been killed in the Syrian conflict, which "
                  "has become increasingly sectarian as rival regional powers have backed "
                  "either Assad, a member of the Shi ite offshoot Alawite sect, or the "
                  "majority Sunni rebels.") == []
    assert _types("More than 100,000 people have died in Syria's civil war, according to "
                  "the UN.") == []


def test_an_incident_beside_a_period_word_stays() -> None:
    # the day makes it Sunday's bombing; "this year" only ranks it
    assert _types("On Sunday, a car bomb killed 30 people in Baghdad, the deadliest attack "
                  "this year.") == ["Remote explosive/landmine/IED"]
    # one attack named: ACLED codes it with the week's precision
    assert _types("A car bomb has killed 12 people in Mogadishu this week, police "
                  "said.") == ["Remote explosive/landmine/IED"]
    assert _types("Three soldiers were killed in an air strike in Idlib this week, activists "
                  "said.") == ["Air/drone strike"]
    assert len(_types("Two policemen were killed this week when gunmen attacked a "
                      "checkpoint in Arish.")) == 1
    # who struck is named: one attack the report dates by its week
    assert _types("Gunmen killed 12 villagers in Zamfara state this week, police "
                  "said.") == ["Attack"]
    # one person dies once: the week's precision, one incident
    assert _types("A Ukrainian soldier was killed this week in clashes with separatists "
                  "near Donetsk, the army said.") == ["Armed clash"]


def test_what_a_court_jails_for_is_no_incident() -> None:
    # the clashes are the undated deed a verdict punishes; ACLED codes neither
    assert _types("An Egyptian court jailed 43 protesters for 15 years for taking part in "
                  "clashes with police.") == []
    assert "Remote explosive/landmine/IED" not in _types(
        "A militant jailed for bombing a church in Lahore escaped from prison on Sunday.")
