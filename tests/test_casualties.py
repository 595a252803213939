"""Casualty counts on real sentences (AFP story, Guardian articles)."""

from __future__ import annotations

import pytest

from frontlines.casualties import count_casualties, vague_counts

CASES = [
    # AFP, 17 Nov 2017
    ("the Observatory also said a car bombing blamed on group killed at least 26 displaced "
     "people at a checkpoint in Deir Ezzor province.", 26, None),
    ("Syria's state news agency SANA also reported an IS car bombing targeting \"a gathering "
     "of displaced families from Deir Ezzor\", giving a toll of 20 dead and 30 wounded.", 20, 30),
    # subgroup: not added, and no new figure of its own
    ("It said 12 children were among the victims of the attack.", None, None),
    # Guardian articles
    ("At least 10 civilians were killed and 45 injured.", 10, 45),
    ("In the first 24 hours of the renewed campaign, snipers and IEDs killed three SDF "
     "soldiers and injured another seven.", 3, 7),
    ("At least 14 civilians including three children were killed in strikes on Sunday, said "
     "the Syrian Observatory for Human Rights monitor.", 14, None),
    ("One person was killed and 32 wounded after a missile from Syria struck the Turkish "
     "bordertown of Reyhanli.", 1, 32),
    ("International chemical weapons experts were travelling to Syria to investigate an "
     "alleged gas attack by government forces on Douma which killed dozens of people.", 12, None),
    ("The Syrian Observatory for Human Rights, a war monitoring organisation, said 83 people "
     "were killed by Isis in the town of Qaryatain in Homs province.", 83, None),
    ("Sixty-two people were reportedly killed in airstrikes on 26 July in residential areas.",
     62, None),
    # PLOVER gold-standard records: one victim, perpetrators and arrests not counted
    ("A Palestinian prisoner died as a result of torture while in Israeli police custody, "
     "according to a report by a pathologist.", 1, None),
    ("A prominent anti-Syria journalist has been killed in a car bomb explosion in a "
     "residential sector of mostly Christian eastern Beirut.", 1, None),
    ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
     "Lebanon Sunday sources on both sides said.", 1, None),
    ("Two Palestinian suicide bombers killed 23 people as well as themselves late Sunday when "
     "they blew themselves up in Tel Aviv, police said.", 23, None),
    ("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday "
     "night, killing one person and arresting 12, security sources said.", 1, None),
    # a percentage and a year are not casualty counts
    ("The Islamic State group (IS) has lost 95 percent of the cross-border \"caliphate\" it "
     "declared in Iraq and Syria in 2014, the U.S.-led coalition fighting it said Wednesday.",
     None, None),
]


@pytest.mark.parametrize(("sentence", "killed", "injured"), CASES)
def test_counts_on_real_sentences(nlp, sentence: str, killed, injured) -> None:
    got = count_casualties(nlp(sentence)[:])
    assert (got.killed, got.injured) == (killed, injured)


def test_coordinated_groups_add_up(nlp) -> None:
    # Guardian, 2017-12-25: "Six aid workers and a driver" -- two groups, one verb
    got = count_casualties(nlp("Six aid workers and three drivers were killed in the "
                               "worst single attack on humanitarian staff.")[:])
    assert got.killed == 9


def test_at_least_is_recorded_as_a_floor(nlp) -> None:
    got = count_casualties(nlp("a car bombing killed at least 26 displaced people")[:])
    assert got.at_least and "at least 26" in got.killed_text


def test_vague_counts_follow_acled() -> None:
    table = vague_counts()
    assert table["dozens"] == 12 and table["hundreds"] == 100 and table["several"] == 10
