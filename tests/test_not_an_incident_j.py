"""Precision of one-sentence event reports (issue 13, round J): plans, statements,
headline fragments, tolls with no time or place and words in another sense are no
incidents (ACLED codes an event that happened, on one day at one place; a demonstration
is a public gathering, not a protest lodged in words). Sentences written for these
tests after wire reports; the kept incidents beside each rule guard it."""

from __future__ import annotations

from conftest import types as _types


def test_targets_that_were_to_be_struck_are_a_plan() -> None:
    assert _types("Targets in the city of Idlib were to be hit by Russian warplanes on "
                  "Monday, the source said.") == []
    assert _types("The attack was to begin at dawn, the officer said.") == []


def test_suicide_belts_put_on_are_no_blast() -> None:
    assert _types("Several fighters put on suicide belts in fear of capture as troops "
                  "closed in on the village of Al-Bab.") == []
    assert _types("A suicide bomber wearing an explosive vest killed 12 people at a "
                  "mosque in Kabul on Friday.") == ["Suicide bomb"]


def test_officials_who_protest_make_a_statement() -> None:
    assert _types("Russia's ambassador protested against the expulsion of two diplomats "
                  "from Tallinn.") == []
    assert _types("The foreign minister protested against the sanctions.") == []
    assert _types("Russia protested that the expulsion of its diplomats was illegal.") == []
    assert _types("Thousands of people protested in Moscow against the election "
                  "results on Sunday.") == ["Peaceful protest"]


def test_a_banned_rally_was_not_held() -> None:
    assert _types("Ankara protested to the Dutch ambassador over the ban on the rally.") == []


def test_a_headline_cut_at_its_verb_tells_nothing() -> None:
    assert _types("Allied forces capture") == []
    assert _types("Rebels capture") == []


def test_tolls_with_no_time_or_place_or_over_months() -> None:
    assert _types("About 2,000 civilians have been killed.") == []
    assert _types("Some 300 people were killed in the Bab Amr neighbourhood of Homs "
                  "between March and June.") == []
    assert _types("An estimated 140,000 people were killed in three years of "
                  "fighting.") == []
    assert _types("Two soldiers have been killed in clashes with Taliban fighters in "
                  "Helmand on Sunday.") == ["Armed clash"]


def test_march_the_month_is_no_demonstration() -> None:
    assert "Peaceful protest" not in _types(
        "Rebels captured the town of Kafr Nabl in March, a monitor said.")
    assert _types("Opposition supporters marched in Harare on Sunday to protest against "
                  "the president.") == ["Peaceful protest"]


def test_demonstrated_as_shown_and_old_war_bombs() -> None:
    assert _types("Productivity at the plant was demonstrated by the new assembly "
                  "line.") == []
    assert _types("Police safely disposed of a World War II bomb found at a building site "
                  "in Cologne.") == []
    assert _types("An unexploded bomb from the Second World War was defused in central "
                  "London.") == []
    assert _types("Police defused a bomb planted outside a church in Alexandria on "
                  "Sunday.") == ["Disrupted weapons use"]
