"""Fatalities, round H: a figure in the sentence left at 0, and the dead counted twice.
Sentences quoted from the RELABEL subset of the event_location corpus (Halterman 2019, MIT
licence), or written after news reports of the kinds a held-out reading found."""

from __future__ import annotations

import pytest

from conftest import incidents, one_sentence
from frontlines.extraction.casualties import count_casualties


@pytest.mark.parametrize("sentence, killed", [
    # RELABEL: the cities and the bombings are where and how, not more dead
    ("Heavily armed police and soldiers patrolled the streets of the rough border city of "
     "Reynosa on Wednesday, after shootouts with alleged drug gang members in two cities "
     "killed five people, including two federal officers.", 5),
    ("At least 25 people, mostly young men volunteering to join the Iraqi army, were killed "
     "in three suicide bombings Sunday as the United States and Britain weighed up plans to "
     "drastically cut their troop presence in the country.", 25),
    # RELABEL: the gunmen of a passive's by-phrase are the killers
    ("Thong-in, 38, was shot dead by two gunmen Thursday night, just a few hours after the "
     "government agreed to shift a toxic waste treatment plant from near two reservoirs in "
     "Pluak Daeng district to an industrial estate.", 1),
    ("A policeman was killed by three gunmen in Yala on Friday.", 1),
])
def test_no_one_is_counted_twice(nlp, sentence: str, killed: int) -> None:
    assert count_casualties(one_sentence(nlp, sentence)).killed == killed


def test_part_of_a_figure_given_before_is_not_added(nlp) -> None:
    # "eight of them" are eight of the 20 wounded; with no figure before, they are the toll
    sent = one_sentence(nlp, "Ten people were killed and 20 injured, eight of them seriously, "
                             "in a bombing in Kabul.")
    assert (count_casualties(sent).killed, count_casualties(sent).injured) == (10, 20)
    assert count_casualties(one_sentence(
        nlp, "Gunmen stormed a bus carrying 30 passengers in Mandera, killing 12 of them."
    )).killed == 12


@pytest.mark.parametrize("sentence, killed", [
    # RELABEL: one of a people, a name, a marine: one dead
    ("In Gaza Sunday, Israeli soldiers shot and killed a Palestinian they say opened fire on "
     "them near the Kissufim crossing point.", 1),
    ("Rustum was killed in the recent battles.", 1),
    ("A US Marine was killed in combat on Saturday in the western province of Anbar, one day "
     "after a marine and a sailor died in the same region.", 1),
    # RELABEL: a participle the parser made a clause of its own still describes the dead
    ("In the latest incident Wednesday, US troops bombed a mosque in the hotspot city of "
     "Fallujah, killing up to 40 Sunni Muslim rebels hiding inside.", 40),
    # RELABEL: a name between the figure and its verb
    ("According to SDF sources over 200 ISIS fighters were killed since Wednesday in "
     "attempts to break the siege on Manbij.", 200),
])
def test_a_figure_or_one_named_dead_is_counted(nlp, sentence: str, killed: int) -> None:
    assert count_casualties(one_sentence(nlp, sentence)).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    # ACLED counts every death of the event, the attacker's own too
    ("A suicide bomber blew himself up at a checkpoint in Kabul, killing himself and four "
     "policemen.", 5),
    ("A suicide bomber killed four policemen and himself at a checkpoint in Kabul.", 5),
    # RELABEL: the bomber is the one dead
    ("The suicide bomber, Mahmud Asfer, from a village near the West Bank city of Jenin, "
     "detonated his explosive device at Umm al-Fahm junction in northern Israel, killing "
     "himself and wounding one of the two men suspected of transporting him.", 1),
])
def test_the_attacker_who_kills_himself_is_one_of_the_dead(nlp, sentence, killed) -> None:
    assert count_casualties(one_sentence(nlp, sentence)).killed == killed


def test_a_toll_of_two_places_is_shared_between_them() -> None:
    # RELABEL: one event per location and day (two cities, Friday and Saturday), the toll
    # divided evenly among the four (ACLED), the remainder with the first
    rows = incidents("Separate street battles in the southern cities of Basra and Nasiriyah "
                     "killed at least 66 people, police said, in fighting on Friday and "
                     "Saturday between members of a Shiite messianic sect and Iraq's "
                     "security forces.")
    assert sorted((r[1], r[3]) for r in rows) == [
        ("Basrah", 16), ("Basrah", 18), ("Nasiriyah", 16), ("Nasiriyah", 16)]


@pytest.mark.parametrize("sentence, killed", [
    # written after news reports: those who lose their lives are the dead
    ("Fifteen people lost their lives in the attack on the village of Solhan.", 15),
    # written after news reports: the one named before the figure is one more
    ("The clashes in Sinai left a soldier and three militants dead.", 4),
    ("A soldier and three militants were killed in the clashes in Sinai.", 4),
])
def test_lives_lost_and_one_more_named_first(nlp, sentence: str, killed: int) -> None:
    assert count_casualties(one_sentence(nlp, sentence)).killed == killed


def test_a_name_in_a_claim_or_a_list_of_peoples_is_no_count(nlp) -> None:
    # Guardian (2018), paraphrased: a claim's "had been killed", and peoples who "died in
    # large numbers", name no one dead of the sentence's own incident
    assert count_casualties(one_sentence(
        nlp, "In July 2017, reports surfaced in Iraqi media claiming Cantlie had been killed "
             "in an airstrike during the battle for Mosul.")).killed is None
    assert count_casualties(one_sentence(
        nlp, "Afghani, Iraqi and Yemeni fighters, along with Iranians, have also died in "
             "large numbers.")).killed is None


@pytest.mark.parametrize("sentence, killed", [
    # written after a Guardian report (2017): the one person the description of a name is
    ("Hundreds mourned Mehmet Aksoy, the film-maker and activist who was killed by Islamic "
     "State fighters in Raqqa in September.", 1),
    # a capitalised preposition the parser took for a name is no one
    ("Near Idlib 21 Syrian soldiers and allied militiamen were killed by a separate group "
     "linked to al-Qaida.", 21),
])
def test_named_dead_are_each_one(nlp, sentence: str, killed: int) -> None:
    assert count_casualties(one_sentence(nlp, sentence)).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    # Guardian (2018), paraphrased: two estimates of the same dead, the lower kept (ACLED)
    ("There are unconfirmed reports that several, and maybe dozens, of Russian nationals "
     "were killed last week in clashes with US-backed forces.", 10),
    ("Dozens or hundreds of people were killed in the shelling of the town.", 12),
    ("Ten or twelve people were killed in the shelling of the town.", 10),
    # two groups, the second hedged: they add up
    ("Two soldiers and possibly three civilians were killed in the attack on the base.", 5),
])
def test_a_second_estimate_of_the_same_dead_is_not_added(nlp, sentence, killed) -> None:
    assert count_casualties(one_sentence(nlp, sentence)).killed == killed


def test_a_description_of_a_name_with_another_name_after_is_one(nlp) -> None:
    # Guardian (2018), paraphrased: the second name was captured, not killed
    assert count_casualties(one_sentence(
        nlp, "The first cell of four Britons had included Mohammed Emwazi, the brutal "
             "executioner killed by a US drone in November 2015, and Aine Lesley Davis, who "
             "was arrested in Istanbul.")).killed == 1


def test_nearly_killed_is_no_death() -> None:
    # written after wire reports: the official survived; "killed nearly 50" still counts
    assert [r[3] for r in incidents("Gunmen shot and nearly killed a district official in "
                                    "Chak on Monday.")] == [0]
    assert [r[3] for r in incidents("A suicide bomber killed nearly 50 people at a market in "
                                    "Baghdad on Monday.")] == [50]
