"""Actor2, the target or the other side, of one-sentence event reports (round U).

ACLED's actor2 is whom the event was done to: unarmed victims are "Civilians (Country)",
armed ones their force or group, and a battle is fought between two armed sides. The
sentences below left actor2 empty where the text names the other side: victims counted
by "killing and wounding", fighters "from" a group the parse hung on the verb, the
cars of a police patrol, the side that "came under attack", the side an ambush was laid
"on", travellers killed on a road, and the Kurdish parties the actor table lacked.
Sentences quoted from the event_location corpus (Halterman 2019, MIT licence) or
written after news reports; the near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import sides

_sides = partial(sides, published="2016-05-02")


def test_killing_and_wounding_civilians_names_the_victims() -> None:
    # event_location
    assert _sides("The rocket attacks also hit different residential areas in the Meridian "
                  "and Al-Sabil neighborhoods, killing and wounding scores of civilians, "
                  "mostly women and children.") == [
        ("Shelling/artillery/missile attack", "", "Civilians")]
    # written after news reports: with a place, the country's civilians
    assert _sides("Syrian troops shelled the town of Douma on Monday, killing and wounding "
                  "dozens of civilians.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)")]


def test_killing_and_wounding_a_bare_count_or_fighters_names_no_one() -> None:
    # written after news reports / event_location: no civilian noun, no side
    assert _sides("Syrian troops shelled the town of Douma on Monday, killing and wounding "
                  "more than 30.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "")]
    assert _sides("However, hours later, they retreated after a counterattack where ISIS "
                  "detonated a VBIED inside the village, killing and wounding several "
                  "fighters.") == [("Remote explosive/landmine/IED", "Islamic State", "")]


def test_fighters_from_a_group_hung_on_the_verb() -> None:
    # event_location: "from Jabhat Al-Nusra" is parsed as a phrase of "killing"
    sides = _sides("Hezbollah led the charge at the Al-Zorba Farms on Thursday morning with "
                   "a powerful assault on the eastern farms of Al-Zorba, killing several "
                   "enemy combatants from Jabhat Al-Nusra, Harakat Ahrar Al-Sham, and Harakat "
                   "Nouriddeen Al-Zinki before they advanced towards the town’s eastern "
                   "entrance.")
    assert sides == [("Armed clash", "Hezbollah", "Jabhat Fateh al-Sham")]


def test_fighters_from_a_village_name_no_group() -> None:
    # written after news reports: "from" a place is where they came from
    assert _sides("Syrian troops attacked the town of Talbiseh on Monday, killing several "
                  "militants from the village of Kafr Nabl.") == [
        ("Armed clash", "Military Forces of Syria", "Unidentified Armed Group (Syria)")]


def test_a_police_patrols_cars_are_the_polices() -> None:
    # event_location, placed (the sample's district is not in the gazetteer)
    assert _sides("In Pattani province, insurgents detonated a bomb and damaged two police "
                  "patrol cars at 9:10 p.m. (1410 GMT) Saturday.") == [
        ("Remote explosive/landmine/IED", "Opposition Rebels (Thailand)",
         "Police Forces of Thailand")]


def test_cars_with_no_holder_are_no_side() -> None:
    # written after news reports
    assert _sides("In Pattani province, insurgents detonated a bomb and damaged two cars on "
                  "Saturday.") == [("Remote explosive/landmine/IED",
                                    "Opposition Rebels (Thailand)", "")]


def test_the_side_that_came_under_attack() -> None:
    # event_location: "they" are the soldiers of the clause the "when" clause hangs on
    sides = _sides("Soldiers from the U.S. 10th Mountain Division were patrolling near a U.S. "
                   "base at Shkin in Paktika province, just a few kilometers (miles) from the "
                   "border with Pakistan, when they came under attack, according to a "
                   "statement from Bagram, where the U.S. military operation is "
                   "headquartered.")
    assert sides[0] == ("Armed clash", "Unidentified Armed Group (Afghanistan)",
                        "Military Forces of the United States")
    # written after news reports
    assert _sides("Afghan soldiers came under attack in Helmand on Sunday, officials "
                  "said.") == [("Armed clash", "Unidentified Armed Group (Afghanistan)",
                                "Military Forces of Afghanistan")]


def test_a_village_under_attack_is_no_side() -> None:
    # written after news reports
    assert _sides("The village of Kafr Nabl came under attack on Sunday.") == [
        ("Attack", "Unidentified Armed Group (Syria)", "")]


def test_the_side_an_ambush_was_laid_on() -> None:
    # event_location (placed: the sample's "Plains" misreads as the United States)
    assert _sides("Syrian troops laid an ambush on a rebel group near Hama last night, "
                  "killing all members of the convoy.")[0][2] == "Opposition Rebels (Syria)"


def test_an_ambush_on_a_road_names_no_side() -> None:
    # written after news reports
    assert _sides("Syrian troops laid an ambush on the road near Hama last night, killing "
                  "all members of the convoy.")[0][2] == ""


def test_travellers_killed_are_civilians() -> None:
    # event_location
    assert _sides("Tragedy struck in Borno State yesterday when unidentified gunmen laid "
                  "siege on a highway near Shaffa village near Dzur in Hawul local "
                  "government area, killing eight travellers and taking away others") == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_soldiers_killed_on_a_road_stay_soldiers() -> None:
    # written after news reports
    assert _sides("Gunmen attacked a bus near Kano on Monday, killing eight soldiers.") == [
        ("Armed clash", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria")]


def test_the_kurdish_parties_positions() -> None:
    # event_location
    sides = _sides("Iraqi troops Saturday shelled the positions of the Patriotic Union of "
                   "Kurdistan (PUK) around Irbil, one of Kurdistan's main cities, and "
                   "reportedly had captured the city by Saturday night.")
    assert ("Shelling/artillery/missile attack", "Military Forces of Iraq",
            "PUK: Patriotic Union of Kurdistan") in sides
    # written after news reports
    assert _sides("Iraqi troops shelled the positions of the Kurdistan Democratic Party "
                  "(KDP) near Irbil on Saturday.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Iraq",
         "KDP: Kurdistan Democratic Party")]
