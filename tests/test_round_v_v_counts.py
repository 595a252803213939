"""Fatalities and dates: labels, days the model missed, lists and plurals (round V).

ACLED's fatalities are the conservative figure for the incident: a rank ("the No. 2 police
officer") or a day ("on November 28", "16 Apr") counts no one, each person of a list
counts one, and a vague plural is 10 only when nothing more exact is said (a singular verb,
a family's "brothers"). A date the sentence gives is the event's, not the run date.
Sentences quoted from the event_location corpus (Halterman 2019, MIT licence) or written
after news reports; near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import dated
from conftest import killed as _killed

PUBLISHED = "2026-12-05"


_records = partial(dated, published=PUBLISHED)


def test_a_rank_number_is_no_death() -> None:
    # event_location (evloc-4326): 3 ("No. 2" read as two dead, plus the officer)
    assert _killed("The No. 2 police officer in a Mexican border city across from Texas "
                   "was shot dead Saturday, the latest high-ranking official killed in an "
                   "onslaught of attacks blamed on gangs resisting a crackdown.") == 1


def test_a_month_first_day_is_the_date_not_a_toll() -> None:
    # event_location (evloc-4868): 47 dead (19 + the day 28), the run date
    assert _records("Another 19 people were killed in a bomb attack outside a clothing "
                    "store in the Colombo suburb of Nugegoda on November 28.") == [
        ("2026-11-28", 1, 19)]


def test_a_day_first_date_with_a_short_month() -> None:
    # written after news reports: "16 Apr" read as 16 dead and the run date used
    assert _records("On 16 Apr, rebels killed five villagers in Kivu.") == [
        ("2026-04-16", 1, 5)]


def test_a_day_of_last_march() -> None:
    # event_location (evloc-789): the run date
    assert _records("Alaa al-Din Qwass, a young man from Kobane city, was killed by Turkish "
                    "border guards on the 14th of last March.") == [("2026-03-14", 1, 1)]


def test_a_number_before_a_word_like_a_month_still_counts() -> None:
    # guard: "12 Marines" is no day of March
    assert _killed("Insurgents killed 12 Marines in Fallujah on Monday.") == 12


def test_an_n_year_old_with_others() -> None:
    # event_location (evloc-5807): 4, the 20 year old not counted
    assert _killed("The 20 year old was killed on December 21 with four other YPG "
                   "fighters.") == 5


def test_a_list_parsed_as_an_apposition() -> None:
    # written after news reports: 1 ("son" hung as an apposition of "husband")
    assert _killed("A woman blew herself up after gunmen killed her husband, son and "
                   "brother.") == 3


def test_an_apposition_that_describes_stays_one() -> None:
    # guard: "her husband, a teacher" is one person
    assert _killed("Gunmen killed her husband, a teacher, in Kano.") == 1


def test_a_plural_noun_with_a_singular_verb_is_one() -> None:
    # event_location (evloc-4445): 10 (the vague plural)
    assert _killed("North of the capital, in the oil refining city of Baiji, a railway "
                   "station workers was killed and two others were kidnapped.") == 1


def test_a_family_plural_is_two_at_least() -> None:
    # written after news reports: 10 (the vague plural) for two or three brothers
    assert _killed("The Karimi brothers were shot dead by police in Herat.") == 2


def test_a_plural_of_unknown_size_stays_vague() -> None:
    # guard: "soldiers were killed" says nothing more exact: ACLED's 10
    assert _killed("Taliban fighters were killed in the raid.") == 10


def test_a_feast_with_a_fixed_day() -> None:
    # event_location (evloc-958): the run date ("New Year's Eve" an EVENT to the model)
    assert _records("On New Year's Eve, a car bomb destroyed an upscale Baghdad restaurant, "
                    "killing eight people.") == [("2025-12-31", 1, 8)]
