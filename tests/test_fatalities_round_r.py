"""fatalities, round R: ACLED counts every death of the event, so one person a report
names or titles as killed is one ("Gunmen shot dead Edward Stuart Muirhead-Smith", "a
prosecutor was shot and killed", "fatally wounding Ozbilgin"), a leader killed "along with
three of his guards" is four, a bomber "killing himself and an Israeli" two, and a vague
multitude ("a large number of") is ACLED's vague figure for several, 10. The sentences are
quoted from the judged development pool (event_location, MIT)."""

from __future__ import annotations

import pytest

from conftest import incidents, one_sentence, sides
from frontlines.extraction.casualties import count_casualties

KILLED = [
    # a name or a title killed is one person
    ("Gunmen shot dead Edward Stuart Muirhead-Smith in the parking lot of the Max shopping "
     "center in eastern Riyadh on Sept. 15.", 1),
    ("A prosecutor was shot and killed in southern Spain on Monday in an attack authorities "
     "blamed on the armed Basque group ETA.", 1),
    ("A former deputy commissioner of Mogadishu was killed Monday (May 19th) after an "
     "explosive attached to his car detonated while he was driving in the Somali capital's "
     "Hamar Weyne district.", 1),
    ("On Wednesday, a militant burst into Turkey's highest administrative court and shouting "
     "\"I am a soldier of God\" shot five judges, fatally wounding Ozbilgin.", 1),
    ("One activist was shot dead Sunday in the Harare township of Highfield.", 1),
    # the one and his companions
    ("In late September, Hassan Abazid, the leader of Jund al-Farouq, was killed along with "
     "three of his guards when ISIS detonated a car bomb in Gharz, a suburb of Dara city.", 4),
    ("Al-Hisba chief Abu al-Hayjaa and four of his escorts were killed in the clashes.", 5),
    ("An Iraqi tennis coach and two of his players were shot to death last week in Baghdad "
     "because they were wearing shorts, authorities said.", 3),
    ("Gunmen killed a Somali lawmaker and his bodyguard in a drive-by shooting in the capital "
     "on Thursday, police said; al-Shabaab claimed responsibility", 2),
    ("A Palestinian reportedly detonated a bomb near a Jewish settlement in the West Bank on "
     "Friday, killing himself and an Israeli, and wounding at least three people.", 2),
    ("Ammar Mustafa al-Zakiyah, the ISIS Emir in Tal Afar, was killed in the airstrike along "
     "with a number of his escorts, according to an informed source in the Nineveh police "
     "department.", 11),
    ("Jose Javier Mugica Astibia, 58, a town councilor from Leiza, was killed by explosives "
     "planted on the underside of his small van, police said.", 1),
    # the fighters a side lost are its dead, added to the other side's
    ("Some 37 regime soldiers were killed, while ISIS lost 23 militants during the battle for "
     "al-Qaryatain.", 60),
    ("At least seven ISIS militants were killed in Friday s clashes, while the SDF lost two of "
     "its fighters before pushing ISIS out of the town, according to the spokesman.", 9),
    ("At least 18 members of the IS radical group were killed during the clashes, while four "
     "fighters from the YPG were reported dead.", 22),
    # a vague multitude: ACLED's several/many = 10
    ("In March 2003, Kurdish Peshmerga forces in coordination with US Special Forces killed a "
     "great number of senior leaders from the extremist Ansar al-Islam group in Halabja and "
     "destroyed their emirate.", 10),
    ("According to an Al-Masdar field correspondent that is embedded with the Tiger Forces, "
     "the Syrian Armed Forces killed a large number of jihadists, including a hand-full of "
     "commanders.", 10),
]


@pytest.mark.parametrize(("text", "killed"), KILLED)
def test_named_companions_and_vague_dead(nlp, text, killed):
    assert count_casualties(one_sentence(nlp, text)).killed == killed


def test_shot_unfatally_and_war_totals_stay_uncounted(nlp):
    # "fatally" only makes a death of the wound it qualifies; a war's toll is no incident's
    assert count_casualties(one_sentence(
        nlp, "A militant shot five judges, wounding a lawyer.")).killed is None
    assert count_casualties(one_sentence(
        nlp, "Syria s civil war has killed more than 100,000 people since 2011.")).killed is None
    # ground a side lost is no dead
    assert count_casualties(one_sentence(
        nlp, "The rebels lost two villages to the army on Sunday.")).killed is None


def test_a_named_victim_reaches_the_record():
    assert incidents("Gunmen shot dead Edward Stuart Muirhead-Smith in the parking lot of "
                     "the Max shopping center in eastern Riyadh on Sept. 15."
                     )[0][3] == 1


def test_a_soldier_killing_a_peacekeeper_stays_a_clash():
    # a peacekeeper is an armed man: his killing by soldiers is no attack on civilians
    assert sides("Just two months ago, on March 3, a French peacekeeper working with a "
                 "European force in eastern Chad was shot to death by Sudanese soldiers when "
                 "his vehicle strayed across the badly marked border.")[0][0] == "Armed clash"
