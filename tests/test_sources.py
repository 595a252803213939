"""Reporting sources on real sentences."""

from __future__ import annotations

from conftest import token as _trigger
from frontlines.extraction.sources import normalise, source_of


def test_observatory_and_sana_in_the_afp_story(nlp) -> None:
    doc = nlp("In a sign that IS remains capable of inflicting serious damage despite its "
              "battlefield losses, the Observatory also said a car bombing blamed on group "
              "killed at least 26 displaced people at a checkpoint in Deir Ezzor province.")
    assert source_of(doc[:], _trigger(doc, "killed"))[0] == "Syrian Observatory for Human Rights"
    doc = nlp("Syria's state news agency SANA also reported an IS car bombing targeting a "
              "gathering of displaced families from Deir Ezzor, giving a toll of 20 dead.")
    assert source_of(doc[:], _trigger(doc, "bombing"))[0] == "SANA"


def test_pronoun_carries_the_previous_source(nlp) -> None:
    doc = nlp("It said 12 children were among the victims of the attack.")
    assert source_of(doc[:], None, previous="Syrian Observatory for Human Rights")[0] == (
        "Syrian Observatory for Human Rights")


def test_ministry_gets_the_country_of_the_sentence(nlp) -> None:
    doc = nlp("In Moscow, the defence ministry said six long-range bombers flying from Russia "
              "carried out a strike on IS sites around Albu Kamal.")
    assert source_of(doc[:], _trigger(doc, "strike"), country="Russia")[0] == (
        "Ministry of Defence (Russia)")


def test_according_to(nlp) -> None:
    doc = nlp("Two rounds of airstrikes on Khan Sheikhoun killed at least 13 civilians over "
              "the same days, according to the UK-based Syrian Observatory for Human Rights "
              "monitoring group.")
    assert source_of(doc[:], _trigger(doc, "airstrikes"))[0] == (
        "Syrian Observatory for Human Rights")


def test_normalise_aliases() -> None:
    assert normalise("a Britain-based monitor of the war") == "Syrian Observatory for Human Rights"
    assert normalise("General Yahya Rassoul of the JOC") == "Joint Operations Command (Iraq)"


def test_a_quoted_person_is_not_a_source(nlp) -> None:
    doc = nlp('"What has been liberated are the populated areas with demarcated boundaries," '
              "Hashemi said.")
    assert source_of(doc[:], _trigger(doc, "liberated"))[0] is None


def test_an_armed_group_speaking_for_itself(nlp) -> None:
    doc = nlp("The Turkish-backed Free Syrian Army rebels said on Sunday morning that they had "
              "entered the town after Kurdish forces withdrew.")
    assert source_of(doc[:], _trigger(doc, "entered"))[0] == "Free Syrian Army"
