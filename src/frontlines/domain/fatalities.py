"""The best fatality figure when reports disagree: one rule for one article's
sources and for the articles of one incident."""

from __future__ import annotations

from collections.abc import Iterable


def fatality_spread(figures: Iterable[tuple[int, bool]]) -> tuple[int, int | None, int | None]:
    """(best, low, high) from (figure, stated-as-a-floor) pairs; (0, None, None) for none.

    low and high are the smallest and largest figures. The best estimate is the
    largest figure stated as a floor ("at least 26"), since a floor claims that at
    least that many died; with no floor, the smallest figure (ACLED's conservative
    choice). In the AFP story the Observatory's "at least 26" and SANA's "20 dead"
    give 26 / 20 / 26. Across articles each report's own best figure counts as a
    floor: tolls of one incident rise as bodies are counted, so a lower figure is
    an earlier count, not a contradiction.
    """
    figures = list(figures)
    if not figures:
        return 0, None, None
    values = [f for f, _ in figures]
    floors = [f for f, floor in figures if floor]
    best = max(floors) if floors else min(values)
    return best, min(values), max(values)
