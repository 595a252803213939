"""Actor2 of one-sentence event reports (issue 13, round R).

ACLED's actor2 is the side a battle or a taking was fought against, named anywhere the
sentence tells the fighting ("after a fierce battle with the jihadist rebels", "clashes
between U.S. forces and al-Sadr's militia"); the force whose station a bomb struck
("outside a police station"), not the civilians its bare toll would suggest; the state's
soldiers the ruler's name places ("pro-Assad soldiers"); and none for a peaceful protest,
whose demonstrators ACLED codes alone (interaction 60): what they protest is no side.
Sentences quoted from the event_location corpus (Halterman 2019, MIT licence) or written
after news reports; a guard beside each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import sides

_coded = partial(sides, published="2016-05-02")


def test_the_side_a_sentence_fights_is_actor2() -> None:
    # event_location: a taking after a battle with a side only described
    assert _coded("According to local reports from northern Hama, the Syrian Armed Forces "
                  "have entered this town, capturing the eastern axis after a a fierce battle "
                  "with the jihadist rebels.") == [
        ("Government regains territory", "Military Forces of Syria", "Opposition Rebels (Syria)")]
    # event_location: "between" names both sides; actor2 is the one not actor1
    assert _coded("Al-Shibani was captured in the Shiite holy city of Najaf during fierce "
                  "clashes in 2004 between U.S. forces and al-Sadr's militia, which has largely "
                  "cooperated with the new security push in Baghdad.") == [
        ("Armed clash", "Mahdi Army", "Military Forces of the United States")]


def test_a_bomb_at_a_police_station_targets_the_police() -> None:
    # event_location
    assert _coded("A car bomb detonated outside a police station in the town of Mahawil "
                  "south of Baghdad on Thursday, causing many casualties, Qatar-based "
                  "al-Jazeera satellite channel reported.")[0][2] == "Police Forces of Iraq"
    assert _coded("According to the report, a suicide bomber detonated a car near a police "
                  "station in Naciria, killing three and wounding at least seven others.") == [
        ("Suicide bomb", "Unidentified Armed Group (Algeria)", "Police Forces of Algeria")]
    # written after wire reports: a station no force holds is no post
    assert _coded("A car bomb exploded near a bus station in Baghdad on Monday, killing "
                  "12 people.")[0][2] == "Civilians (Iraq)"


def test_pro_assad_soldiers_are_syrias_in_a_report_with_no_place() -> None:
    # event_location
    assert _coded("At least 50 pro-Assad soldiers were killed.")[0][2] == (
        "Military Forces of Syria")


def test_a_peaceful_protest_has_no_second_side() -> None:
    # event_location
    assert _coded("Hundreds of Likud activists demonstrated on Sunday in Jerusalem against "
                  "the Rabin government, on the 27th anniversary of the seizure of East "
                  "Jerusalem, which was formally annexed in 1980.") == [
        ("Peaceful protest", "Protesters (Israel)", "")]
    assert _coded("A thousand demonstrators protested the presence of US troops in a rally "
                  "in Zamboanga city Tuesday.") == [
        ("Peaceful protest", "Protesters (Philippines)", "")]
    # written after wire reports: a force that intervenes stays the other side
    assert _coded("Police fired tear gas at hundreds of protesters in Nairobi on "
                  "Tuesday.") == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")]
