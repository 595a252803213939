"""Round Z (session 19): records with no place although the text names a town, province
or area the gazetteer holds. A name the NER took for a date after a lower-case compass
word ("in eastern Qalamoun"), a Nigerian local government area the NER called a people
("the Agatu local council"), and a town that troops evacuated ("evacuated Barentu").

Sentences are quoted from event reports of the event_location corpus (MIT) of the
development rounds 32-37, or written after such reports.
"""

from __future__ import annotations

from conftest import fields
from conftest import where as _where


def test_a_date_tagged_name_after_a_compass_word_is_a_place():
    # was no place ("Qalamoun" tagged DATE) and "Opposition Rebels" with no country
    text = ("Dozens of ISIS militants were killed during clashes with rebels in eastern "
            "Qalamoun on Saturday.")
    assert [w[0] for w in _where(text)] == ["Qalamoun"]
    assert [w[2] for w in _where(text)] == ["Syria"]
    assert ("Opposition Rebels (Syria)", "Islamic State") in fields(text, "actor1", "actor2")


def test_a_month_after_a_time_word_stays_a_date():
    # must not change: "late May" is a time, not the places called May
    text = "Dozens of ISIS militants were killed during clashes with rebels in late May."
    assert all(w[0] != "May" for w in _where(text))


def test_a_local_council_named_by_its_town_is_a_place():
    # was no place and "Unidentified Armed Group" / "Civilians" with no country
    text = ("Suspected Fulani gunmen invaded villages in the Agatu local council, killing "
            "five persons and destroying property worth millions of naira.")
    assert [w[:3] for w in _where(text)] == [("Agatu", "Benue", "Nigeria")]
    assert fields(text, "actor2") == [("Civilians (Nigeria)",)]


def test_a_people_before_local_council_stays_no_place():
    # must not change: "Fulani" is a people, no place, whatever follows it
    text = ("Gunmen attacked the Fulani local council office in Makurdi, killing five "
            "persons.")
    assert all(w[0] != "Fulani" for w in _where(text))


def test_a_town_the_troops_evacuated_is_a_place():
    # was Eritrea's country point: "Barentu" (no NER label) had no cue
    text = "Eritrean forces evacuated Barentu and fighting continued in Maidema."
    assert ("Barentu", "Qash-Barkah", "Eritrea", 1) in _where(text)


def test_a_person_evacuated_is_no_place():
    # must not change: a name the NER calls a person stays one after "evacuated"
    text = "Soldiers evacuated Mandela to a military hospital after the attack on Monday."
    assert all(w[0] != "Mandela" for w in _where(text))


def test_a_council_named_after_its_city_gives_the_country():
    # was "Unidentified Armed Group" / "Civilians" with no country: Benghazi is in a body's
    # name, so no place, but the body is at home in Libya
    text = ("Attackers burst into Bu-Qu'ayqis's home, shooting and stabbing her, wounding a "
            "security guard and abducting her husband Isam al-Gharyani, a member of Benghazi "
            "council, who remained missing as of Thursday night.")
    assert fields(text, "actor1", "actor2") == [
        ("Unidentified Armed Group (Libya)", "Civilians (Libya)")]


def test_a_brigade_named_after_its_city_gives_the_country():
    # was "Unidentified Armed Group" with no country
    text = ("Abu Diab was killed during clashes between Raqqa Rebels Brigade and militants "
            "of")
    assert ("Raqqa Rebels Brigade", "Unidentified Armed Group (Syria)") in fields(
        text, "actor1", "actor2")


def test_a_council_named_after_a_small_namesake_gives_no_country():
    # must not change: "Deri" is only small towns (and a surname): no country from it
    text = ("Attackers burst into the home of Isam al-Gharyani, a member of Deri council, "
            "and abducted him on Thursday night.")
    assert all("(" not in a for rec in fields(text, "actor1", "actor2") for a in rec)
