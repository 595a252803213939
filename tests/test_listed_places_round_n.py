"""Places listed in one sentence, round N (issue 13): ACLED codes one event per location,
so "attacks on the villages of A, B and C" are three events, even when the gazetteer
lacks a village or the language model took its name for a person or an organisation.
A list says it lists places by a place noun before or after it ("the villages of ...",
"... villages", "... local government areas") or by naming at least two known places
among three or more names; a list has one "and", so a name after it ("..., Colonel X
said") is no member.

Sentences written for the tests after wire reports, and one quoted from the RELABEL
subset of event_location (Halterman 2019, MIT licence).
"""

from __future__ import annotations

import frontlines
from conftest import fields


def _places(text: str) -> list[tuple[str, str, int]]:
    return sorted(fields(text, "sub_event_type", "location", "fatalities", published="2019-05-06"))


def test_villages_of_a_list_the_model_took_for_people_are_each_an_event() -> None:
    # "Tse Akaa" is tagged a person and is no toponym; the other two the gazetteer lacks
    records = _places("Herdsmen attacked the villages of Tse Akaa, Mbaya and Anyiase in "
                      "Benue State on Saturday, killing 20 people.")
    assert [r[1] for r in records] == ["Anyiase", "Mbaya", "Tse Akaa"]
    assert sum(r[2] for r in records) == 20  # the toll divided, not tripled


def test_names_before_villages_are_each_an_event() -> None:
    # two of the three names are tagged a person and an organisation
    records = _places("Gunmen attacked Ungwan Gora, Kutemeshi and Dogon Noma villages in "
                      "Kajuru on Sunday, killing 11 people, police said.")
    assert [r[1] for r in records] == ["Dogon Noma", "Kutemeshi", "Ungwan Gora"]
    assert sum(r[2] for r in records) == 11
    assert [r[1] for r in _places("Bandits raided Kadisau and Kurar villages in Faskari on "
                                  "Wednesday night, killing 14 residents.")] == [
        "Kadisau", "Kurar"]


def test_communities_and_districts_named_before_their_noun_are_each_an_event() -> None:
    # "Iorza" is tagged a people (NORP), "Dooga" a product: four communities, one toll
    records = _places("Gunmen killed 23 villagers in Kwatas, Tsenyi, Dooga and Iorza "
                      "communities of Guma on Friday, police said.")
    assert [r[1] for r in records] == ["Dooga", "Iorza", "Kwatas", "Tsenyi"]
    assert sum(r[2] for r in records) == 23
    # the second district is no toponym at all
    assert [r[1] for r in _places("Taliban fighters attacked police checkpoints in the Nad "
                                  "Ali and Marja districts of Helmand on Sunday, killing 11 "
                                  "policemen.")] == ["Marja", "Nad 'Ali"]


def test_a_name_in_a_list_with_two_known_towns_is_a_third_place() -> None:
    events = frontlines.extract("Boko Haram insurgents attacked Mafa, Dikwa and Konduga on "
                                "Monday, killing 9 civilians.", published="2019-05-06")
    assert sorted((e.location, e.geo_precision) for e in events) == [
        ("Dikwa", 1), ("Konduga", 1), ("Mafa", 2)]  # Mafa at a listed town's point: near


def test_relabel_two_villages_hit_are_two_events() -> None:
    # RELABEL (event_location): "the Jumla and Diwan villages"; "dozens" divided
    records = _places("Dozens of Kurdish civilians were killed when militants of Nusra and "
                      "Ahrar al-Sham hit the Jumla and Diwan villages in Afrin countryside "
                      "earlier on Tuesday.")
    assert [r[1] for r in records] == ["Diwan", "Jumla"]
    assert {r[0] for r in records} == {"Attack"}


def test_a_name_after_the_list_is_no_place() -> None:
    # the source after the list is a person or an organisation, not a third place
    assert [r[1] for r in _places("Soldiers killed three militants in Maiduguri and Bama, "
                                  "Colonel Sagir Musa said.")] == ["Bama", "Maiduguri"]
    assert [r[1] for r in _places("Gunmen attacked Dikwa, Monguno and Damboa, Amnesty "
                                  "International said on Tuesday.")] == [
        "Damboa", "Dikwa", "Monguno"]
    # one known town among three names and no place noun: the list is not read as places
    assert [r[1] for r in _places("Regime helicopters dropped barrel bombs on Lataminah, "
                                  "Kafr Zita and al-Lataminah on Monday.")] == ["Kafr Zayta"]
