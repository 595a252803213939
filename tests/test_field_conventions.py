"""Fields of real records by ACLED's conventions, on sentences paraphrased from Guardian
reports of the Syrian war (2017-2019) whose records a reader judged wrong."""

from __future__ import annotations

import frontlines


def _records(text: str, published: str) -> list:
    return frontlines.extract(text, published=published)


def test_a_curly_apostrophe_still_names_the_group():
    # news copy writes "People’s" with a typographic apostrophe; the actor file a straight one
    recs = _records("Ankara launched a military offensive into Afrin with its Syrian rebel "
                    "allies on Saturday in order to drive the People’s Protection Units (YPG) "
                    "out of the Kurdish enclave.", "2018-01-22")
    assert [(r.actor1, r.actor2) for r in recs] == [
        ("Military Forces of Turkey", "YPG: People's Protection Units")]


def test_kurdish_militias_shelling_turkey_are_the_ypg():
    recs = _records("Kurdish militias shelled the Turkish province of Kilis across the border "
                    "in response.", "2018-01-21")
    assert [r.actor1 for r in recs] == ["YPG: People's Protection Units"]


def test_a_relative_killed_is_one_civilian():
    # "his wife" is one person and a civilian: fatalities 1, actor2 Civilians (country)
    recs = _records("Three weeks ago, an airstrike killed his wife in the Syrian town of "
                    "Hajin.", "2019-02-17")
    assert [(r.sub_event_type, r.actor2, r.fatalities) for r in recs] == [
        ("Air/drone strike", "Civilians (Syria)", 1)]


def test_civilian_targets_are_civilians():
    recs = _records("Civilian targets across the enclave on the outskirts of Damascus are "
                    "being systematically hit by regime jets and helicopters.", "2018-02-22")
    assert [(r.actor1, r.actor2) for r in recs] == [
        ("Military Forces of Syria", "Civilians (Syria)")]


def test_a_named_relative_killed_gives_one_death():
    # a reported killing of a family member: one death, the victim a civilian of the country
    recs = _records("Her sister said that a Syrian government airstrike had killed her brother "
                    "in Idlib on Tuesday.", "2019-02-17")
    assert [(r.actor1, r.actor2, r.fatalities) for r in recs] == [
        ("Military Forces of Syria", "Civilians (Syria)", 1)]


def test_fighting_from_civilian_areas_is_no_attack_on_civilians():
    # where a group fights from is not whom it fights: no record with civilians as a side
    recs = _records("Airstrikes have killed dozens of civilians in Raqqa in recent weeks. "
                    "“We know that Isis fights from civilian areas and in some cases "
                    "intentionally uses civilians to protect itself,” he said.", "2017-08-11")
    assert all(r.actor2 != "Civilians (Syria)" for r in recs)
