"""Type and sides of demonstrations and riots (issue 13, round T).

ACLED types a demonstration by what its crowd did: a Violent demonstration when the
demonstrators turn violent, a Peaceful protest otherwise. The sentences below were
typed as riots, or given a second riot record, by words that tell of no crowd's
violence: one person's fight ("he fought a nasty public war"), disorder someone
averted ("helped prevent bloodshed and looting"), the word "unrest" that is only the
setting or the topic of the crowd event the sentence reports ("in Sunday's unrest",
"another sign of unrest"), and a labour strike counted in days read as an attack
("a one-day strike against ... reform plans"). Sentences quoted from the
event_location corpus (Halterman 2019, MIT licence) or written after news reports; the
near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import losses

_records = partial(losses, published="2016-05-02")


def test_looting_a_person_prevented_is_no_riot() -> None:
    # event_location (evloc-5265)
    assert _records("Earlier, a crowd of some 500 people demonstrated in support of Kyungu, "
                    "who says he helped prevent bloodshed and looting as the rebels neared "
                    "Lubumbashi.") == [
        ("Peaceful protest", "Protesters (Democratic Republic of Congo)", "", 0)]


def test_looting_by_the_crowd_stays_a_riot() -> None:
    # near wording: the crowd itself looted
    assert _records("Earlier, a crowd of some 500 people demonstrated in support of Kyungu "
                    "and looted shops as the rebels neared Lubumbashi.") == [
        ("Violent demonstration", "Rioters (Democratic Republic of Congo)", "", 0)]


def test_one_persons_fight_is_no_riot() -> None:
    # event_location (evloc-1241)
    recs = _records("His re-election came six months after he fought a nasty public war with "
                    "Mayor Bill de Blasio during which he attacked the mayor for showing "
                    "sympathy to protesters who marched after the death of Eric Garner, a "
                    "Staten Island man who was put in a chokehold by the police.")
    assert [r[0] for r in recs] == ["Peaceful protest"]


def test_protesters_who_fought_police_stay_a_riot() -> None:
    # near wording: the crowd fought
    assert _records("Protesters marched in Nairobi on Monday and fought running battles "
                    "with police.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", 0)]


def test_unrest_as_the_setting_of_force_on_protesters_is_one_event() -> None:
    # event_location (evloc-4918)
    assert _records("One protester was shot dead by police in Sunday's unrest in the western "
                    "Harare township of Highfield and scores of others were arrested.") == [
        ("Excessive force against protesters", "Police Forces of Zimbabwe",
         "Protesters (Zimbabwe)", 1)]


def test_a_sign_of_unrest_is_no_riot_beside_the_march() -> None:
    # event_location (evloc-4158)
    assert _records("In another sign of unrest in the country, some 4,000 people marched in "
                    "the southern city of Basra Wednesday demanding that British occupation "
                    "authorities open an inquiry into last week's assassination of a "
                    "prominent tribal chief.") == [("Peaceful protest", "Protesters (Iraq)", "", 0)]


def test_unrest_alone_stays_a_riot() -> None:
    # near wordings: the unrest is the sentence's only event, or its subject
    assert _records("Three people were killed in unrest in the Kenyan city of Kisumu on "
                    "Monday.") == [("Violent demonstration", "Rioters (Kenya)",
                                    "Civilians (Kenya)", 3)]
    assert [r[0] for r in _records("Unrest swept the Kenyan city of Kisumu on Monday as "
                                   "youths burned tyres.")] == ["Violent demonstration"]


def test_a_one_day_strike_is_no_attack() -> None:
    # event_location (evloc-6135)
    assert _records("Hundreds of thousands of teachers, nurses, civil servants and other "
                    "public workers marched in cities across France on Thursday during a "
                    "one-day strike against President Nicolas Sarkozy's reform plans.") == [
        ("Peaceful protest", "Protesters (France)", "", 0)]


def test_an_air_strike_stays_a_strike() -> None:
    # near wording
    assert _records("A US air strike killed 12 militants near Kunduz on Monday.") == [
        ("Air/drone strike", "Military Forces of the United States",
         "Unidentified Armed Group (Afghanistan)", 12)]
