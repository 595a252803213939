"""Places listed in one sentence, round O (issue 13): ACLED codes one event per location,
each with its own toll where the report gives one, the toll divided where it does not.
The forms that still gave one record: a list the unit it lies in follows or introduces
("in the Agatu and Logo LGAs of Benue State", "In the province of Damascus, terrorists
shelled the settlements of ..."), a list broken by a count in brackets ("Jobar (five
times)"), a second spelling after a slash ("Katsina/Ala"), a compass word after "and"
("southern Kandahar and eastern Khost"), a second frame in one list ("the city of X and
the villages of A, B and C"), a village of a framed list the gazetteer puts abroad, and
a toll given place by place ("six in Damascus province, five in Idlib province").

Sentences quoted from the event_location corpus (Halterman 2019, MIT licence; the judged
development pool) or written for the tests after wire reports.
"""

from __future__ import annotations

import frontlines


def _places(text: str) -> list[tuple[str, int]]:
    return sorted((e.location or "", e.fatalities)
                  for e in frontlines.extract(text, published="2019-05-06"))


def test_places_listed_before_the_unit_they_lie_in_are_each_an_event() -> None:
    records = _places("Gunmen believed to be Fulani during the early hours of yesterday "
                      "killed five persons and sacked several communities in the Agatu and "
                      "Logo LGAs of Benue State.")
    assert [r[0] for r in records] == ["Agatu", "Logo"]
    assert sum(r[1] for r in records) == 5  # divided, not doubled


def test_government_areas_of_a_state_with_a_slashed_name() -> None:
    records = _places("30 persons have been reportedly killed in Kwande, Katsina/Ala and Logo "
                      "local government areas of Benue state after suspected Fulani herdsmen "
                      "dressed in military uniforms sacked six villages in the three council "
                      "areas.")
    assert [r[0] for r in records] == ["Katsina", "Kwande", "Logo"]
    assert [r[1] for r in records] == [10, 10, 10]
    records = _places("Nineteen people, including six college teachers, have been killed in "
                      "separate attacks by suspected members of Boko Haram who laid siege on "
                      "some locations in Dikwa, Kala-Balge and Konduga government areas of "
                      "Borno State between Thursday and yesterday.")
    assert sorted(r[0] for r in records) == ["Dikwa", "Kala-Balge", "Konduga"]
    assert dict(records)["Dikwa"] == 7  # the remainder with the place named first


def test_settlements_a_bulletin_lists_with_counts_in_brackets() -> None:
    records = _places("In the province of Damascus, terrorists shelled the settlements of "
                      "Jobar (five times), Harasta al-Qantra, Hawsh Nasri (twice), Arbin "
                      "(three times) and Hawsh Haraba.")
    assert [r[0] for r in records] == ["Arbin", "Harasta al-Qantra", "Hawsh Haraba",
                                       "Hawsh Nasri", "Jobar"]


def test_a_second_frame_in_one_list_and_villages_the_gazetteer_put_abroad() -> None:
    records = frontlines.extract(
        "In addition to their airstrikes over Abu Al-Dhuhour, the Russian Air Force struck "
        "several sites belonging to Jaysh Al-Fateh (Army of Conquest) in the city of Jisr "
        "Al-Shughour and the villages of Ariha, Kafr Bateekh, Al-Mansoura, and Khan "
        "Sheikhoun.", published="2019-05-06")
    assert len(records) == 6
    assert {e.country for e in records} == {"Syria"}  # not Egypt's Mansoura
    assert {"Kafr Bateekh", "Al-Mansoura"} <= {e.location for e in records}


def test_each_place_keeps_the_toll_the_sentence_gives_it() -> None:
    records = frontlines.extract(
        "The Britain-based Observatory reported on Thursday that security forces shot dead "
        "six people in Damascus province, six in the central city of Hama, five in Idlib "
        "province and four more in Homs.", published="2019-05-06")
    assert sorted((e.admin1, e.fatalities) for e in records) == [
        ("Dimashq", 6), ("Hamah", 6), ("Hims", 4), ("Idlib", 5)]
    records = _places("Militants killed five policemen in Kandahar and three soldiers in "
                      "Helmand on Monday.")
    assert records == [("Helmand", 3), ("Kandahar", 5)]


def test_provinces_with_compass_words_and_resorts_of_a_region() -> None:
    records = _places("An Afghan policeman was killed and three were wounded in two separate "
                      "attacks in southern Kandahar and eastern Khost provinces on Friday.")
    assert len(records) == 2 and "Khost" in [r[0] for r in records]
    records = _places("On Oct. 7, 2004, Islamic militants detonate bombs in Egypt's Sinai "
                      "resorts of Taba and Ras Shitan, killing 34 people, including more than "
                      "10 Israelis, and wounding more than 100.")
    assert records == [("Ras Shitan", 17), ("Taba", 17)]


def test_one_place_named_by_a_list_stays_one_event() -> None:
    # a list that describes the place after it, and the area between two villages
    assert len(_places("A booby-trapped truck detonated at the crowded outdoor market in the "
                       "mixed Shiite Kurdish and Turkoman village of Amerli, near the "
                       "Tuz-Khurmato town, 90 km east of Tikrit.")) == 1
    records = frontlines.extract(
        "Also on Sunday, the YPG fighters killed three IS extremists in the area between the "
        "villages of Arja and Haddada administratively linked to the city of Girke Lege "
        "(Mabada) in Hasakah province, in northeast of Syria.", published="2019-05-06")
    assert len([e for e in records if e.sub_event_type == "Armed clash"]) == 1


def test_a_list_of_another_clause_leaves_the_unit_alone() -> None:
    # the local government areas are where earlier attacks were, not this killing's scene
    records = _places("Gunmen killed three people in Kaduna State on Sunday, a week after "
                      "attacks on the Kajuru and Kachia local government areas.")
    assert records == [("Kaduna", 3)]


def test_a_toll_for_each_place_is_every_places_own() -> None:
    # after an Anadolu report from the Eastern Ghouta (FA-KES)
    records = _places("At least four civilians were killed in the city of Arbin and one was "
                      "killed in each of the cities of Harasta and Douma on Tuesday, civil "
                      "defence sources said.")
    assert records == [("Arbin", 4), ("Duma", 1), ("Harasta", 1)]
    records = _places("Two civilians were killed in each of the towns of Saraqeb and Binnish "
                      "on Monday by regime shelling.")
    assert [r[1] for r in records] == [2, 2]
