"""Event type and fatalities of one-sentence event reports (round W, w-type).

ACLED types violence by whom it was done to and with what: one-sided violence on an
unarmed person is an Attack (a party leader, a tribal leader, a butcher), a strike of
work is a demonstration, state forces breaking up a protest intervene in it, a bomb
the militants detonated is an explosive device whatever else the sentence names. Its
fatalities count the dead, not the attackers, the encounters or the attacks. Sentences
quoted from the event_location corpus (Halterman 2019, MIT licence) or written after
news reports; the near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from functools import partial

import frontlines
from conftest import killed
from conftest import types as _types

_killed = partial(killed, first_sentence=True)


# ------------------------------------------------------------------- event type

def test_a_party_secretary_general_shot_dead_is_an_attack() -> None:
    # event_location
    assert _types("Secretary general of the Union of Popular Forces party Mohammed "
                  "Abdulmalik al-Mutawakil was shot dead by a gunman on a motorbike on a "
                  "street in central Sanaa, his daughter Radhia told AFP.") == ["Attack"]
    # a general of an army stays a soldier shot: a battle
    assert _types("A general of the Yemeni army was shot dead by a gunman on a motorbike "
                  "on a street in central Sanaa.") == ["Armed clash"]


def test_a_tribal_leader_killed_by_gunmen_is_an_attack() -> None:
    # event_location
    assert _types("In Iraq's third city of Mosul, gunmen on Sunday killed Sunni tribal "
                  "leader Mohammed Jassim al-Guud, a member of the Al-Ubada that is a "
                  "significant Arab tribe in northern Iraq, said police Major Mohammed "
                  "Ahmed.") == ["Attack"]


def test_a_butcher_shot_and_killed_by_gunmen_is_an_attack_with_one_dead() -> None:
    # event_location
    text = ("Gunmen shot and killed a Palestinian butcher in a West Bank refugee camp on "
            "Saturday after he refused to close his shop to honor the funeral of a slain "
            "militant from a rival clan, setting off a violent family feud.")
    events = frontlines.extract(text, published="2016-05-02")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 1)]


def test_an_attack_claiming_lives_by_a_killing_spree_is_an_attack() -> None:
    # event_location
    assert _types("The killing spree by gunmen, believed to be members of Boko Haram "
                  "continued with an attack in Gamboru Ngala Local Government Area of Borno "
                  "State which reportedly claimed about 42 lives.") == ["Attack"]


def test_a_strike_called_by_separatists_is_a_protest() -> None:
    # event_location
    assert _types("Soldiers patrolled nearly empty streets in the state's summer capital "
                  "of Srinagar as most offices and shops were closed by a strike called by "
                  "separatist groups to protest Indian sovereignty.") == ["Peaceful protest"]
    # an air strike stays one
    assert _types("Syrian warplanes carried out a strike on the town of Saraqeb, killing "
                  "five people.") == ["Air/drone strike"]


def test_a_raid_capturing_militants_and_seizing_money_is_an_arrest() -> None:
    # event_location
    assert _types("In the raid on a mosque in Narathiwat, Thai soldiers captured the "
                  "militants and seized about 2,500 dollars worth of Thai baht and Malaysian "
                  "ringgit, as well as weapons, radio communication equipment and medical "
                  "supplies.") == ["Arrests"]


def test_a_bomb_the_militants_detonated_is_an_explosive_device() -> None:
    # event_location: the tank is the target, not the weapon
    assert _types("When the Israeli tank from an area where Israeli army are stationed on "
                  "the borderline between Rafah town and Egypt approached the bomb, the "
                  "militants detonated the bomb and damaged it, said the leaflet.") == [
        "Remote explosive/landmine/IED"]


def test_tanks_destroyed_are_no_weapon_of_the_killing() -> None:
    # event_location
    assert _types("According to a military source in east Homs, the Syrian Arab Army "
                  "killed more than 50 Islamic State terrorists on Thursday, while also "
                  "destroying 3 tanks, 1 armored vehicle, and 5 pick-up trucks mounted with "
                  "23mm machine guns.") == ["Armed clash"]
    # tanks that fire are still the weapon
    assert _types("Syrian army tanks shelled the village of Kafr Nabuda on Thursday, "
                  "killing 12 rebels.") == ["Shelling/artillery/missile attack"]


# ------------------------------------------------------------------- fatalities

def test_encounters_counted_are_no_dead() -> None:
    # event_location: "two" counts the encounters
    assert _killed("The Ugandan army said Sunday that it had gunned down a total of 62 "
                   "rebels during two separate weekend encounters with the rebel Lord's "
                   "Resistance Army (LRA).") == 62


def test_the_dead_before_a_part_of_them_aside() -> None:
    # event_location
    assert _killed("In one attack in August 2013 against a suburb of Damascus more than "
                   "1400 Syrian civilians, many of them children, were killed by chemical "
                   "weapons.") == 1400


def test_a_group_of_gunmen_are_the_killers_not_the_dead() -> None:
    # event_location
    assert _killed("In a separate attack also on Wednesday, a group of about 30 militia "
                   "gunmen killed 12 people in the town of Remolinos, in the steamy "
                   "northern region of Madgalena.") == 12
    # a group of soldiers killed are the dead
    assert _killed("A group of 30 soldiers were killed in the town of Remolinos.") == 30


def test_dead_in_addition_to_others_add_up() -> None:
    # event_location
    assert _killed("Other officials said later that three Iraqi bystanders were killed in "
                   "the attack near a marketplace in the northern Baghdad neighborhood of "
                   "al-Adamiyah, in addition to the two children, and seven people were "
                   "injured.") == 5
    # without the addition the three stay three
    assert _killed("Other officials said later that three Iraqi bystanders were killed in "
                   "the attack near a marketplace in the northern Baghdad neighborhood of "
                   "al-Adamiyah, and seven people were injured.") == 3


def test_marines_bombing_a_mosque_is_an_air_strike() -> None:
    # event_location: the dateline parsed as a second subject of "bomb"
    assert _types('FALLUJAH, west of Baghdad On the third day of "Operation Vigilant '
                  'Resolve," US Marines bomb a mosque in central Fallujah, initially '
                  'claiming to have killed up to 40 insurgents inside.') == [
        "Air/drone strike"]
    # rebels plant bombs
    assert _types("Rebels bombed a police station in Kandahar on Monday.") == [
        "Remote explosive/landmine/IED"]
