"""Dates against the publication date (AFP story of Friday 17 November 2017)."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.extraction.time import parse_expression, resolve_when

PUB = date(2017, 11, 17)  # a Friday


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("on Friday", date(2017, 11, 17), 1),
    ("Wednesday", date(2017, 11, 15), 1),
    ("last week", date(2017, 11, 10), 2),
    ("last month", date(2017, 10, 1), 3),
    ("this month", date(2017, 11, 1), 3),
    ("in 2014", date(2014, 1, 1), 3),
    ("November 11, 2017", date(2017, 11, 11), 1),
    ("yesterday", date(2017, 11, 16), 1),
    ("two days ago", date(2017, 11, 15), 1),
    ("on 23 October", date(2017, 10, 23), 1),
    ("in March", date(2017, 3, 1), 3),
])
def test_expressions(text: str, expected: date, precision: int) -> None:
    when = parse_expression(text, PUB)
    assert when is not None and not when.future
    assert (when.date, when.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["early 2014", "mid-2015", "the summer of 2014",
                                  "the end of 2016", "late 2015"])
def test_part_of_a_year_is_a_year(text: str) -> None:
    when = parse_expression(text, PUB)
    assert when is not None and when.year_only and not when.future
    assert when.date.year == int(text[-4:])


def test_durations_are_not_dates() -> None:
    assert parse_expression("the past three years", PUB) is None


def test_future_is_flagged_not_emitted() -> None:
    assert parse_expression("next week", PUB).future
    assert parse_expression("December 25, 2017", PUB).future


def _trigger(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_date_of_the_event_not_of_the_statement(nlp) -> None:
    doc = nlp("Iraqi government forces on Friday retook the last town in the country still "
              "held by the Islamic State group.")
    when = resolve_when(doc[:], _trigger(doc, "retook"), PUB)
    assert (when.date, when.precision) == (PUB, 1)
    doc = nlp("The Islamic State group (IS) has lost 95 percent of the cross-border caliphate "
              "it declared in Iraq and Syria in 2014, the U.S.-led coalition fighting it said "
              "Wednesday.")
    when = resolve_when(doc[:], _trigger(doc, "declared"), PUB)
    assert when.date == date(2014, 1, 1)  # "Wednesday" belongs to "said"


def test_background_dates_in_the_afp_story(nlp) -> None:
    doc = nlp("In the border town of Albu Kamal, the Syrian army on Friday battled IS fighters "
              "who had mounted a surprise counterattack last week, pushing out government "
              "forces who had retaken it last month.")
    assert resolve_when(doc[:], _trigger(doc, "battled"), PUB).date == PUB
    assert resolve_when(doc[:], _trigger(doc, "mounted"), PUB).precision == 2
    retaken = resolve_when(doc[:], _trigger(doc, "retaken"), PUB)
    assert (retaken.date, retaken.precision) == (date(2017, 10, 1), 3)


def test_undated_sentence_defaults_to_publication_with_week_precision(nlp) -> None:
    doc = nlp("The Observatory also said a car bombing blamed on group killed at least 26 "
              "displaced people at a checkpoint in Deir Ezzor province.")
    when = resolve_when(doc[:], _trigger(doc, "killed"), PUB)
    assert (when.date, when.precision, when.explicit) == (PUB, 2, False)


def test_count_after_a_day_month_date_is_no_year() -> None:
    """Guardian dev: "on 16 and 17 July 36 civilians were reportedly killed" was dated 1936."""
    published = date(2017, 8, 11)
    assert parse_expression("17 July 36", published).date == date(2017, 7, 17)
    assert parse_expression("16 and 17 July 36", published).date.year == 2017
    assert parse_expression("17 July 2016", published).date == date(2016, 7, 17)
    assert parse_expression("July 17", published).date == date(2017, 7, 17)
