"""Failure kinds found by reading the CASE 2021 misses of ``extract`` (issue 13). Each
sentence is written for the test in the style of a news snippet; none is a CASE one."""

from __future__ import annotations

import frontlines


def _types(text: str, published: str = "2021-06-30") -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in frontlines.extract(text, published=published)]


def test_a_running_situation_in_another_clause_leaves_the_incident() -> None:
    # "continue to" is the clearing's, not the recapture's
    text = ("Iraqi army units retook a village near Tal Afar on Tuesday as they continue to "
            "push Islamic State fighters out of the district.")
    assert _types(text) == [("Government regains territory", "Military Forces of Iraq")]
    # the running situation alone is still no incident
    text = "Iraqi army units continue to push Islamic State fighters out of the district."
    assert _types(text) == []


def test_armed_men_named_by_their_words_alone_are_an_actor() -> None:
    # a snippet with no country: no actor of the table resolves, the words still say
    # armed men did it
    text = "Security forces detained 120 former army officers accused of links to the plotters."
    assert [t for t, _ in _types(text)] == ["Arrests"]
    text = "Masked gunmen opened fire on a tea house in the old quarter early on Friday."
    assert [t for t, _ in _types(text)] == ["Attack"]
    # police in a crime story are no armed actor
    text = ("Officers raided a house in the suburb on Thursday and found the body of a woman "
            "in a freezer.")
    assert _types(text) == []


def test_a_weapon_in_a_sale_is_goods() -> None:
    text = ("The government approved $2 billion in arms sales to the kingdom on Tuesday, "
            "including $1 billion in missiles.")
    assert _types(text) == []


def test_handing_over_a_document_is_no_territory() -> None:
    text = ("The motion of no confidence was handed over to the speaker by the opposition "
            "on Monday.")
    assert _types(text) == []


def test_fire_on_civilians_is_an_attack_not_the_clash_of_a_bare_killing() -> None:
    text = ("Unknown gunmen opened fire on a minibus near a village in the south of the "
            "region on Sunday, killing a passenger, a local official said.")
    assert [t for t, _ in _types(text)] == ["Attack"]


def test_a_brief_seizure_or_political_arrest_is_an_incident() -> None:
    # a two-line brief: the weapons named, or the activists, make the incident
    text = ("Customs officers seized nine pistols and 300 rounds of ammunition hidden in a "
            "lorry at the border crossing. Two men were questioned.")
    assert [t for t, _ in _types(text)] == ["Disrupted weapons use"]
    text = "Four opposition activists were detained in the capital on Saturday night."
    assert [t for t, _ in _types(text)] == ["Arrests"]
    # a burglar's arrest is still nothing
    text = "Two men were arrested on Saturday night after a break-in at a corner shop."
    assert _types(text) == []


def test_a_bombing_placed_only_in_a_country_is_still_an_incident() -> None:
    text = "Two suicide bombers blew themselves up outside a busy bus station in Pakistan."
    assert [t for t, _ in _types(text)] == ["Suicide bomb"]


def test_the_weapon_decides_the_remote_violence_type() -> None:
    # an anti-aircraft gun is fired from the ground: the mortars decide
    text = ("Insurgents attacked an army checkpoint outside Deraa with anti-aircraft guns and "
            "mortars on Friday.")
    assert [t for t, _ in _types(text)] == ["Shelling/artillery/missile attack"]
    # a missile launched from a jet is an air strike
    text = ("Government jets fired several missiles at a market in the north of Idlib "
            "province on Wednesday, killing four people.")
    assert [t for t, _ in _types(text)] == ["Air/drone strike"]


def test_force_used_to_disperse_a_crowd_is_an_intervention() -> None:
    # the dispersal is the aim of force already used, not a plan
    text = "Riot police fired tear gas on Sunday to break up a rally held by students in Santiago."
    assert [t for t, _ in _types(text)] == ["Protest with intervention"]


def test_deaths_told_through_their_circumstance_are_the_incident() -> None:
    # "killed ... after an air strike": the killing merges into the strike, which is
    # then the clause's incident, not a mere circumstance of it
    text = "Five civilians were killed in Idlib on Monday after an air strike hit a market."
    assert [t for t, _ in _types(text)] == ["Air/drone strike"]


def test_looting_of_many_shops_is_coded_and_one_burglary_is_not() -> None:
    text = "Dozens of foreign-owned shops were looted overnight in two townships near Durban."
    assert [t for t, _ in _types(text)] == ["Looting/property destruction"]
    text = "A corner shop was looted overnight in a township near Durban."
    assert _types(text) == []


def test_troops_moved_in_the_passive_are_a_group_activity() -> None:
    text = "Two new brigades of troops were formed in the eastern military district on Monday."
    assert [t for t, _ in _types(text)] == ["Change to group/activity"]
    # a recruitment tally over years is no event
    text = "Within the past three years we have recruited more than 20,000 into the armed forces."
    assert _types(text) == []
