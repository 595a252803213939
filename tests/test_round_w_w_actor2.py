"""Actor2 empty or of the wrong kind where the sentence names the side hit (round W).

ACLED's actor2 is whom the event was done to: state forces hit while on patrol or on their
way, the side a device was aimed at, the side an offensive is held against, a state's
servicemen and constables. Sentences quoted from the event_location corpus (Halterman
2019, MIT licence) or written after news reports; each rule sits beside a near wording
that keeps its reading.
"""

from __future__ import annotations

from functools import partial

from conftest import sides

_sides = partial(sides, published="2016-05-02")


def _actor2s(text: str) -> list[str]:
    return [a2 for _t, _a1, a2 in _sides(text)]


def test_soldiers_on_their_way_while_a_bomb_went_off_are_its_target() -> None:
    # event_location
    assert _actor2s("The bomb was detonated at about 8:00 p.m. local time (1300 GMT) in "
                    "Narathiwat's Sungai Padi district while 17 soldiers were on their way "
                    "back from duty.") == ["Military Forces of Thailand"]
    # a "while" clause that tells another deed, not the victims' situation, names no target
    assert _actor2s("The bomb was detonated in Narathiwat's Sungai Padi district while "
                    "soldiers searched a nearby village.") == [""]


def test_soldiers_returning_as_their_officer_was_shot_are_the_target() -> None:
    # event_location: the officer's comrades joined to "he" name his force
    assert _sides("The Polish officer was shot Thursday during an ambush near Karbala as he "
                  "and 15 other Polish soldiers were returning from a promotion ceremony "
                  "for the Iraqi civil defense corps.")[0][2] == "Military Forces of Poland"


def test_troops_patrolling_when_the_attackers_struck_are_the_target() -> None:
    # event_location
    assert _sides("The troops had been patrolling the town of Ait Yahia, south of the city "
                  "of Tizi Ouzou, when the attackers struck, the officials said, speaking on "
                  "condition of anonymity because they were not authorized to speak to "
                  "media.") == [("Armed clash", "Unidentified Armed Group (Algeria)",
                                 "Military Forces of Algeria")]


def test_police_trying_to_detain_a_bomber_are_his_target() -> None:
    # event_location
    assert _sides("A driver detonated a belt stuffed with explosives and killed himself "
                  "when policemen were trying to detain him and his two companions on "
                  "Monday evening in Russia's southern region of Ingushetia, local media "
                  "reported on Tuesday.")[0][2] == "Police Forces of Russia"
    # the police who shoot a man they try to arrest are the doers, never the target
    assert "Police Forces of Russia" not in _actor2s(
        "A man was shot dead in Ingushetia when policemen were trying to detain him.")


def test_a_device_targeting_a_force_s_vehicle_targets_that_force() -> None:
    # event_location: the constable killed and the civilians hurt do not make it Civilians
    assert _sides("Militants detonated an improvised explosive device targeting a Border "
                  "Security Force (BSF) vehicle at Sopore town in Baramulla district "
                  "Saturday afternoon, killing on-the-spot a constable and injuring seven "
                  "other persons, including six civilians and another constable.") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (India)",
         "Military Forces of India")]


def test_a_belt_detonated_among_mourners_targets_civilians() -> None:
    # event_location
    assert _actor2s("A suicide bomber detonated his explosive belt among mourners attending a "
                    "funeral for Nasir al-Alawani, a leader in the anti-al-Qaida Sunni militia "
                    "known also as Sahwa, in the city of Ramadi.") == ["Civilians (Iraq)"]


def test_the_side_an_army_was_on_the_defensive_against_is_fought() -> None:
    # event_location
    assert _sides("The Syrian Arab Army's \u201cTiger Forces\u201d have begun a hit-and-run "
                  "style offensive in the northern Hama countryside today after being on the "
                  "defensive against the jihadist rebels for several days.") == [
        ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")]


def test_the_police_that_stopped_a_march_are_the_intervening_force() -> None:
    # event_location: the protest is told by "demonstration" and "marched", no crowd word
    assert ("Protest with intervention", "Protesters (India)", "Police Forces of India") in (
        _sides("In the angriest demonstration yet against the perceived indiscriminate "
               "widening of the two national highways and possible demolition of houses in "
               "Goa, over a thousand people defied the government ban (Section 144 of the "
               "CrPC) and marched towards the government secretariat, but were stopped on "
               "the Mandovi bridge by police."))
