"""Actors with no country, actor2 left empty and the wrong actor where the sentence gives
the right one (round X, x-sides).

ACLED always writes the country in its generic names (Protesters (India), Civilians
(Syria)): where a record has no place, the forces or groups the sentence names and its
nationalities are the only evidence of it. A member of an armed group who is arrested or
killed is coded as his group; gunmen tied to a named group by a prefix ("Hamas-affiliated")
are that group, as "gunmen affiliated with Hamas" are; the army of the Republic of Vietnam
is Military Forces of South Vietnam. Sentences quoted from the event_location corpus
(Halterman 2019, MIT licence, read in held-out round 37, development data now) or written
after news reports; near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from conftest import sides


def _records(text: str, published: str = "2005-06-01") -> list[tuple[str, str, str]]:
    return sides(text, published)


def test_unplaced_protesters_take_the_country_of_the_force_named() -> None:
    # evloc-6081: actor1 was bare "Protesters"; the CRPF is India's federal police
    records = _records("The protesters had defied restrictions to protest the killing of "
                       "another teenager in CRPF firing a day earlier.")
    assert [a1 for _s, a1, _a2 in records] == ["Protesters (India)"]


def test_unplaced_civilians_take_the_country_of_the_army_named() -> None:
    # evloc-10171: actor2 was bare "Civilians"; the SAA is Syria's army
    records = _records("Local activists told the Syrian Arab Army (SAA) on Sunday that the "
                       "Islamic State commander \u201cAbu \u2018Abdullah Al-Menbeiji\u201d was "
                       "executed by the terrorist organization for his most recent failures "
                       "on the battlefield.")
    assert [a2 for _s, _a1, a2 in records] == ["Civilians (Syria)"]


def test_protesters_with_no_clue_stay_bare() -> None:
    # near wording: nothing in the sentence says a country, so the name stays bare
    records = _records("The protesters had defied restrictions to protest the killing of "
                       "another teenager a day earlier.")
    assert [a1 for _s, a1, _a2 in records] == ["Protesters"]


def test_forces_abroad_give_no_country_to_an_unplaced_bombing() -> None:
    # near wording: US forces serve abroad (data/forces_abroad.txt), no clue to the scene
    records = _records("A roadside bomb exploded near a U.S. patrol, wounding two "
                       "American soldiers.")
    assert all(not a1.startswith("Unidentified Armed Group (") for _s, a1, _a2 in records)


def test_hamas_affiliated_gunmen_are_hamas() -> None:
    # evloc-12: actor1 was Unidentified Armed Group (Israel)
    records = _records("Shalit was captured when Hamas-affiliated gunmen tunneled under the "
                       "border between Gaza and Israel and attacked an army base, setting off "
                       "weeks of Israeli reprisals last summer.")
    assert "Hamas" in [a1 for _s, a1, _a2 in records]
    assert all("Unidentified" not in a1 for _s, a1, _a2 in records)


def test_a_group_backed_by_a_name_is_not_that_name() -> None:
    # near wording: "-backed" says who supports a group of its own
    records = _records("Hamas-backed gunmen attacked an army base near Rafah, Gaza, killing "
                       "two soldiers.")
    assert all(a1 != "Hamas" for _s, a1, _a2 in records)


def test_a_top_al_qaida_operative_captured_is_al_qaeda() -> None:
    # evloc-6935: actor2 was Civilians (Pakistan)
    records = _records("Khalid Shaikh Mohammed, a top al-Qaida operative suspected of "
                       "masterminding the Sept. 11, 2001, attacks in the United States, was "
                       "captured in Pakistan on March 1, 2003.")
    assert [(s, a2) for s, _a1, a2 in records] == [("Arrests", "Al Qaeda")]


def test_an_army_soldier_captured_gets_no_army_by_guess() -> None:
    # evloc-3129 (near): whose army the text leaves open, so no state force is named
    records = _records("Park, an army soldier, was captured by Chinese troops who fought on "
                       "North Korea's side toward the end of the Korean War in 1953, and had "
                       "been listed as killed in action.")
    assert all(not a2.startswith("Military Forces") for _s, _a1, a2 in records)


def test_a_commander_of_a_group_killed_is_the_group() -> None:
    # evloc-272: actor2 was empty; the parse hangs the group's name on the rank
    records = _records("Abu Omar Saraqeb, the top military commander of the militant Jabhat "
                       "Fateh al-Sham, a former al-Qaeda offshoot in Syria, was killed in an "
                       "aerial raid that targeted a meeting of the group s leaders.")
    assert [a2 for _s, _a1, a2 in records] == ["Jabhat Fateh al-Sham"]


def test_arvn_is_the_army_of_south_vietnam() -> None:
    # evloc-5799: actor2 was Military Forces of Vietnam
    records = _records("The highlands offensive was preceded by NLF diversionary operations "
                       "that opened on 5 April in coastal Binh Dinh Province, which aimed at "
                       "closing Highway 1, seizing several ARVN firebases, and diverting South "
                       "Vietnamese forces from operations further west.", "1972-04-10")
    assert "Military Forces of South Vietnam" in [a2 for _s, _a1, a2 in records]
    assert all(a2 != "Military Forces of Vietnam" for _s, _a1, a2 in records)


def test_an_israeli_victim_in_the_west_bank_is_civilians_of_israel() -> None:
    # evloc-7875: actor2 was Civilians (Palestine), the place's country
    records = _records("Between those two operations, Palestinians shot and killed an Israeli "
                       "motorist in the West Bank.")
    assert [a2 for _s, _a1, a2 in records] == ["Civilians (Israel)"]


def test_a_victim_named_by_no_people_takes_the_place_country() -> None:
    # near wording: no nationality of its own, so the place's country
    records = _records("Between those two operations, gunmen shot and killed a motorist in "
                       "the West Bank.")
    assert [a2 for _s, _a1, a2 in records] == ["Civilians (Palestine)"]


def test_refugees_who_demonstrate_are_protesters_of_the_country_they_are_in() -> None:
    # RELABEL (relabel-3530): a crowd is named after the country where it demonstrates
    records = _records("Tens of thousands of Palestinian refugees from across Lebanon "
                       "demonstrated in this camp Sunday against Israel's threats against "
                       "Palestinian leader Yasser Arafat.")
    assert [a1 for _s, a1, _a2 in records] == ["Protesters (Lebanon)"]
