"""Review mends of round V, time and tolls (findings 2, 5, 6 and 7 of the review).

Each test quotes the reviewer's sentence: a feast name that modifies a noun ("a Halloween
party") is no date; a rank number ("the No. 2 police officer") leaves the one officer
counted; a movement's "brothers" are members, not one family's two; a feast with a year
("Christmas Day 2004", "Christmas Day last year") is that year's day.
"""

from __future__ import annotations

import frontlines
from frontlines.extraction.casualties import count_casualties
from frontlines.extraction.nlp import get_nlp


def _records(text: str, published: str) -> list[tuple[str, int, int]]:
    return [(e.event_date.isoformat() if hasattr(e.event_date, "isoformat")
             else str(e.event_date), e.time_precision, e.fatalities)
            for e in frontlines.extract(text, published=published)]


def _killed(text: str) -> int | None:
    return count_casualties(get_nlp()(text)[:]).killed


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
