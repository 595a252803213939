"""Round X (issue 14, x-town): a record whose sentence names a town or a province sat at
its country's point (or none). A one-word town the NER did not tag, the subject of a passive verb
only places suffer ("Argun was first bombed"), is a place; "X province" reads the
provinces named X when the whole name reaches none ("in Bolivar province, northern
Colombia" was Colombia's point); a district whose name begins with its city's
name is in that city ("the Dara'a Al-Balad District": Daraa).
"another southwestern Baghdad neighborhood" is Baghdad, as "a Baghdad neighborhood" was.

Sentences are quoted from event reports of the event_location corpus (MIT) read in
held-out round 37 (now development data).
"""

from __future__ import annotations

from conftest import where as _where


def test_a_bombed_town_the_ner_missed_is_the_place():
    # was Russia's point: the NER tagged nothing on "Argun"
    text = ("Argun was first bombed on December 1, 10 days before Russian troops actually "
            "entered the breakaway republic, and the rebels stayed put thought the Russian "
            "fire never stopped.")
    assert _where(text) == [("Argun", "Chechenskaya Respublika", "Russia", 1)]


def test_a_person_attacked_is_no_place():
    # "attacked" takes people: no cue, and the name stays no place
    text = "Argun was attacked on December 1 by gunmen who shot him in the leg."
    assert all(w[0] != "Argun" for w in _where(text))


def test_a_province_word_reaches_the_bare_province():
    # was Colombia's point: "Bolivar province" only matched Peru's and Bolivia's districts
    text = ("According to the commander of the army's 5th brigade, General Martin Orlando "
            "Carreno, two abandoned car bombs were detonated in San pablo in Bolivar "
            "province, northern Colombia.")
    assert [(w[1], w[2], w[3]) for w in _where(text)] == [("Bolivar", "Colombia", 3)]


def test_a_province_the_whole_name_reaches_is_unchanged():
    # the whole name already names a province: read as before
    text = "Taliban fighters attacked a police post in Kandahar province, killing three."
    assert [(w[1], w[2]) for w in _where(text)] == [("Kandahar", "Afghanistan")]


def test_a_district_named_after_its_city_is_in_the_city():
    # was Syria's point: "Dara'a Al-Balad District" (Daraa's old town) is unknown
    text = ("Following the missile strike on the Sports City, the Syrian Arab Army\u2019s 5th "
            "Armored Division carried out a vicious assault at the Dara\u2019a Al-Balad "
            "District, killing and wounding several militants, including Shukri Mohammad "
            "Abizaid, Munayf Halami Al-Quwaydar, and Mohammad Awad.")
    assert _where(text) == [("Dara'a Al-Balad District", "Dar'a", "Syria", 1)]


def test_a_square_whose_name_is_no_city_stays_unplaced():
    # "Marjeh Square" names no city before the part word: no place guessed
    text = "In April, a bomb blast in Marjeh Square killed 13 people."
    assert _where(text) == [(None, None, None, None)]


def test_another_city_neighbourhood_is_the_city():
    # was Iraq's point: "Baghdad neighborhood" read as a quarter named Baghdad
    # (round W's _city_part) since only "a"/"an" right before the name said "the city"
    text = ("Unidentified gunmen also shot dead a man in another southwestern Baghdad "
            "neighborhood as he headed to work at a wholesale market, police Lt. Col.")
    assert _where(text) == [("Baghdad", "Baghdad", "Iraq", 1)]


def test_a_definite_quarter_stays_no_city():
    # round W's case: "the downtown Plateau quarter" is no Plateau State
    text = "Protesters marched on the downtown Plateau quarter of Abidjan, police said."
    assert [w[2] for w in _where(text)] == ["Ivory Coast"]
