"""actor2, round E: the victim or opponent a sentence names through a convoy, a passive's
"by" phrase, a crowd, a thrown stone, a unit's task or an untagged name. Sentences quoted
from the RELABEL subset of the event_location corpus (Halterman 2019, MIT licence), or
written after news reports of the kinds a held-out reading found with an empty actor2."""

from __future__ import annotations

from conftest import sides as _rows


def test_an_attack_on_a_convoy_targets_its_forces():
    # the "military convoy" is the side hit, not the attacker
    assert _rows("An attack on a military convoy in northern Mali killed eight soldiers "
                 "on Monday.") == [
        ("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali")]
    assert _rows("A roadside bomb struck a police convoy in Anbar province, Iraq, killing "
                 "three policemen.")[0][2] == "Police Forces of Iraq"


def test_a_passive_by_trigger_hits_the_subject():
    assert _rows("A convoy carrying Turkish troops was hit by an air strike in Idlib "
                 "province on Thursday.")[0][2] == "Military Forces of Turkey"
    assert _rows("A bus carrying pilgrims was struck by a bomb in Balochistan, Pakistan, "
                 "killing 12.")[0][2] == "Civilians (Pakistan)"


def test_a_crowd_is_who_its_of_phrase_names():
    assert _rows("Troops opened fire on a crowd of villagers in Rakhine state, Myanmar, "
                 "killing seven.") == [
        ("Attack", "Military Forces of Myanmar", "Civilians (Myanmar)")]
    # protesters stay protesters
    assert _rows("Police opened fire on a crowd of protesters in Khartoum, Sudan, "
                 "killing two.")[0][2] == "Protesters (Sudan)"


def test_one_of_a_people_is_a_civilian():
    assert _rows("Israeli soldiers shot and killed a Palestinian near Nablus on Sunday.")[0][2] \
        == "Civilians (Palestine)"
    # an adjective of a people is not one of them
    assert _rows("Israeli soldiers shot and killed a Palestinian gunman near Nablus on "
                 "Sunday.")[0][2] != "Civilians (Palestine)"


def test_state_units_named_by_their_task():
    # RELABEL: "anti-terrorist" names the unit's task, not a side against the state
    assert _rows("A taxi containing explosives, parked in the center of Florencia, capital "
                 "of the state of Caqueta, was detonated when a group of anti-terrorist "
                 "soldiers passed by.")[0][2] == "Military Forces of Colombia"
    assert _rows("A bomb wounded three anti-terrorism police officers in Quetta, "
                 "Pakistan.")[0][2] == "Police Forces of Pakistan"


def test_sailors_are_the_navy():
    # RELABEL
    assert _rows("Three US sailors were killed in the operation to stop three speed boats "
                 "laden with explosives from wreaking widespread damage at Iraq's key oil "
                 "terminal in the southern city of Basra.")[0][2] == (
        "Military Forces of the United States")


def test_what_a_crowd_throws_at_names_the_target():
    assert _rows("Protesters hurled rocks at Israeli riot police on Friday.")[0][2] == (
        "Police Forces of Israel")
    assert _rows("Several riot policemen were injured when demonstrators threw petrol "
                 "bombs in Athens.") == [
        ("Violent demonstration", "Rioters (Greece)", "Police Forces of Greece")]


def test_a_person_shot_by_name_is_a_civilian_target():
    # RELABEL: a name the tagger gives no entity type
    assert _rows("Noor Jehan was shot five times and left for dead in a ditch on the "
                 "outskirts of Karachi on April 18.")[0][2] == "Civilians (Pakistan)"


def test_who_rode_in_the_convoy():
    # the convoy's "of" phrase says who was in it: civilians, or a UN mission in its country
    assert _rows("Suspected jihadists attacked a convoy of gold miners in Burkina Faso's "
                 "Soum province.")[0][2] == "Civilians (Burkina Faso)"
    assert _rows("A bomb exploded near a convoy of UN peacekeepers in Kidal, Mali, wounding "
                 "three.")[0][2] == (
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali")


def test_the_owner_of_property_destroyed():
    assert _rows("Soldiers burned the homes of villagers in Rakhine state, Myanmar.") == [
        ("Looting/property destruction", "Military Forces of Myanmar", "Civilians (Myanmar)")]
    assert _rows("Gunmen torched a journalist's car in Kabul, Afghanistan, on Monday.")[0][2] == (
        "Civilians (Afghanistan)")
