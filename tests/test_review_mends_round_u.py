"""Review mends of round U: the reviewer's sentences, each with a near wording that
must keep its reading.

Sentences are the reviewer's, written after news reports; each test failed on main at
7837d0e (round U merged) before its mend.
"""

from __future__ import annotations

import frontlines


def _records(text: str, published: str = "2005-06-01") -> list:
    return frontlines.extract(text, published=published)


# --- 1. a date is no group -------------------------------------------------------------

def test_a_date_is_not_the_greek_group() -> None:
    # was actor1 "Revolutionary Organization 17 November", 19 dead (2 + 17), precision 3
    [e] = _records("Gunmen killed two soldiers in Kirkuk on 17 November.")
    assert (e.actor1, e.fatalities, e.location, e.geo_precision) == (
        "Unidentified Armed Group (Iraq)", 2, "Kirkuk", 1)
    [e] = _records("Gunmen killed two soldiers in Kirkuk on November 17.")
    assert (e.actor1, e.fatalities) == ("Unidentified Armed Group (Iraq)", 2)


def test_the_group_named_with_its_word_stays_the_group() -> None:
    # near wording: "the November 17 group" is the group
    records = _records("Members of the November 17 group shot dead a British diplomat in "
                       "Athens.")
    assert [e.actor1 for e in records] == ["Revolutionary Organization 17 November"]
