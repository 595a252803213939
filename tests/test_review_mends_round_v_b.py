"""Review mends of round V, time and tolls (findings 2, 5, 6 and 7 of the review).

Each test quotes the reviewer's sentence: a feast name that modifies a noun ("a Halloween
party") is no date; a rank number ("the No. 2 police officer") leaves the one officer
counted; a movement's "brothers" are members, not one family's two; a feast with a year
("Christmas Day 2004", "Christmas Day last year") is that year's day.
"""

from __future__ import annotations

from conftest import dated as _records
from conftest import killed as _killed

# Finding 5: a rank number is no figure, and the ranked person is one dead


def test_a_ranked_officer_killed_is_one() -> None:
    # review 5: 0 dead (the figure dropped and the officer with it)
    assert _killed("The No. 2 police officer in Kandahar was killed by gunmen on Monday") == 1


def test_a_ranked_commander_killed_is_one() -> None:
    # review 5: 0 dead
    assert _killed("Gunmen killed the No. 3 commander of the police in Kandahar "
                   "on Monday") == 1


def test_a_real_figure_before_a_noun_still_counts() -> None:
    # guard: "two police officers" is a figure, not a label
    assert _killed("Two police officers were killed by gunmen in Kandahar on Monday") == 2


# Finding 7: "its brothers" are a movement's members, not one family

def test_a_movements_brothers_are_a_vague_plural() -> None:
    # review 7: 2 dead (one family's) for the Brotherhood's members
    assert _killed("The Muslim Brotherhood said its brothers were killed by police "
                   "in Cairo") == 10


def test_his_brothers_stay_one_family() -> None:
    # guard: a person's brothers are two at the least
    assert _killed("His brothers were shot dead by police in Herat.") == 2


# Finding 2: a feast name before a noun names the thing, not the event's day

def test_a_halloween_party_is_no_date() -> None:
    # review 2: dated 2020-10-31 (Halloween) instead of Tuesday
    assert _records("A car bomb killed five people at a Halloween party in Kirkuk on Tuesday",
                    "2020-11-12") == [("2020-11-10", 1, 5)]


def test_a_boxing_day_market_is_no_date() -> None:
    # review 2: two records, 2020-12-26 with 5 dead and 2021-01-04 with 0
    assert _records("Gunmen attacked the Boxing Day market in Kirkuk on Monday, killing five "
                    "people", "2021-01-05") == [("2021-01-04", 1, 5)]


def test_a_feast_as_its_own_phrase_stays_the_date() -> None:
    # guard: "On Halloween" is the day
    assert _records("On Halloween, a car bomb killed five people at a party in Kirkuk",
                    "2020-11-12") == [("2020-10-31", 1, 5)]


# Finding 6: a year after the feast sets the year

def test_a_feast_with_a_year() -> None:
    # review 6: dated the report day 2020-12-30
    assert _records("On Christmas Day 2004, a car bomb killed five people in Kirkuk",
                    "2020-12-30") == [("2004-12-25", 1, 5)]


def test_a_feast_of_last_year() -> None:
    # review 6: no record
    assert _records("On Christmas Day last year, a car bomb killed five people in Kirkuk",
                    "2020-12-30") == [("2019-12-25", 1, 5)]


def test_a_feast_with_no_year_is_the_latest() -> None:
    # guard: with no year, the latest Christmas Day on or before the report
    assert _records("On Christmas Day, a car bomb killed five people in Kirkuk",
                    "2021-01-05") == [("2020-12-25", 1, 5)]
