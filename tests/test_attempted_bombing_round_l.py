"""A bombing told as an attempt that was made (issue 13, round L).

Sentences written after wire reports (the 2009 Detroit airliner plot, the 2010 Times
Square car bomb, a vest that failed to go off at a Baghdad checkpoint). ACLED codebook:
an explosive attack that was prevented or failed to go off is Disrupted weapons use; the
attempt took place, so it is no plan, where a bombing only planned or threatened ("will
try to bomb") is no event.
"""

from __future__ import annotations

from functools import partial

from conftest import types

_types = partial(types, published="2010-01-01")


def test_a_bombing_someone_tried_is_disrupted_weapons_use():
    assert _types("A Nigerian man attempted to bomb a Northwest Airlines flight to Detroit "
                  "on Christmas Day.") == ["Disrupted weapons use"]


def test_an_attempted_suicide_bombing_that_failed_is_disrupted_weapons_use():
    assert _types("An attempted suicide bombing at a checkpoint in Baghdad failed on Monday "
                  "when the bomber's vest did not detonate.") == ["Disrupted weapons use"]


def test_a_bombing_still_planned_stays_no_event():
    assert _types("The militants said they would try to bomb the airport in Kabul.") == []


def test_a_bombing_that_killed_keeps_its_type():
    assert _types("A car bomb killed five people at a market in Baghdad on Monday.") == [
        "Remote explosive/landmine/IED"]
