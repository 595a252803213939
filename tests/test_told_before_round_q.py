"""Recall, round Q: a deed its sentence tells as done before the clause's own -- dated by
a day of its own or set apart by the time between ("just 24 hours after") -- is an
incident of its own, not merged into the reprisal or the next attack (ACLED: a reprisal
and its cause are two events, each on its own day); "two separate attacks" are two
events. Sentences quoted from the judged development pool (held-out rounds 16-28, now
development data) are event_location sentences (MIT); the others are written after news
reports of the same kinds."""

from __future__ import annotations

import frontlines
from conftest import incidents


def _typed(text: str, published: str = "2026-12-04") -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, str(e.event_date))
                  for e in frontlines.extract(text, published=published))


def test_the_killings_that_outraged_a_village_are_their_own_event():
    # event_location (MIT), from the judged development pool
    rows = _typed("Outraged by Tuesday's killings, people of Mubingi commune, outside the "
                  "capital, Bujumbura, captured one rebel fighter and clubbed him to death, "
                  "Cmdr.")
    assert len(rows) == 2 and ("Armed clash", "2026-12-01") in rows


def test_a_failed_assault_on_monday_before_tuesdays_offensive():
    # event_location (MIT), from the judged development pool
    rows = _typed("Following their failed assault on Monday, the jihadist rebels, led by "
                  "the Turkmen Islamic Party and Jabhat Al-Nusra (Syrian Al-Qaeda group), "
                  "launched a new offensive in the Latakia Governorate's northern "
                  "countryside on Tuesday, targeting the Syrian Arab Army's (SAA) positions "
                  "at Jabal Al-Akrad and Jabal Turkmen.")
    assert rows == [("Armed clash", "2026-11-30"), ("Armed clash", "2026-12-01")]


def test_a_strike_24_hours_before_another_strike():
    # event_location (MIT), from the judged development pool
    rows = incidents("BEIRUT, LEBANON (5:30 P.M.) - Just 24 hours after the U.S. Air Force "
                     "struck Hay'at Tahrir Al-Sham's positions in rural Idlib, another "
                     "coalition drone attacked this jihadist group's positions near the "
                     "Turkish border.", published="2026-12-04")
    assert sorted(r[2] for r in rows) == ["Global Coalition Against Daesh",
                                          "Military Forces of the United States"]


def test_deaths_told_through_the_shooting_stay_one_event():
    # event_location (MIT), from the judged development pool: the killed and wounded
    # are the shooting's, not a deed before it
    rows = incidents("At least 24 people were killed and more than 100 were wounded after "
                     "Chadian soldiers opened fire on civilians in the PK12 neighborhood of "
                     "the Central African Republic capital of Bangui.")
    assert len(rows) == 1 and rows[0][3] == 24


def test_the_period_before_and_one_exchange_stay_one_event():
    # event_location (MIT), from the judged development pool: "after hours of" is the
    # period before the attack; police and a mob at a police post are one exchange
    assert len(incidents("After hours of intense airstrikes and artillery shelling, the "
                         "Syrian Army launched an attack on the Ramousah district "
                         "neighboring the Ramousah Artillery Base from several flanks.")) == 1
    rows = incidents("In a riot in western Sumatra, police Wednesday shot to death a "
                     "villager after mobs demanding the release of two suspected thieves "
                     "attacked a police post.")
    assert [r[0] for r in rows] == ["Mob violence"]


def test_a_reprisal_after_a_dated_ambush():
    # written after wire reports of such reprisals
    rows = _typed("Angered by Sunday's ambush on a police convoy, soldiers burned "
                  "twenty houses in the village of Kitabi, residents said.")
    assert len(rows) == 2


def test_two_separate_attacks_are_two_events():
    # event_location (MIT), from the judged development pool
    rows = incidents("Twenty people were killed and at least 111 injured in two separate bomb "
                     "attacks in Algeria.")
    assert [r[0] for r in rows] == ["Remote explosive/landmine/IED"] * 2
    assert sum(r[3] for r in rows) == 20
    # written after such reports: two places listed already give the two events
    rows = incidents("An Afghan policeman was killed and three were wounded in two separate "
                     "attacks in southern Kandahar and eastern Khost provinces on Friday.")
    assert len(rows) == 2
