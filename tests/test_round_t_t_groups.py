"""Armed groups named by their own name that the actor table lacks (issue 13, round T).

ACLED codes a named non-state armed group by its own name, with the inter code of its
kind (2 rebel group, 3 political militia), never as an unidentified group, nor as the
state whose unit words ("brigade", "battalion") it shares. A proper name whose last word
is a group word ("Raqqa Rebels Brigade", "the Merile militia") or whose first word is one
("Jund al-Farouq", "Liwa al-Tawhid", "Hezb-i-Islami") names such a group
(data/group_name_words.tsv); a backer named so is an ally, never the other side.
Sentences quoted from the event_location corpus (Halterman 2019, MIT licence) or written
after news reports; near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

import frontlines
from conftest import fields


def _sides(text: str) -> list[tuple[str, str, str, str]]:
    return fields(text, "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                  published="2016-05-02")


def test_a_brigade_the_table_lacks_is_named_by_its_name() -> None:
    # event_location (evloc-6294, cut as the corpus has it): actor1 was empty; the
    # brigade named after Raqqa gives the unplaced side its country (round Z)
    assert _sides("Abu Diab was killed during clashes between Raqqa Rebels Brigade and "
                  "militants of") == [
        ("Armed clash", "Raqqa Rebels Brigade", "", "Unidentified Armed Group (Syria)")]


def test_a_backing_brigade_is_an_ally_not_the_state_nor_the_other_side() -> None:
    # event_location (evloc-1549): the brigade was read as the Syrian army's own unit
    assert _sides("The Syrian Marines, backed by the Desert Hawks Brigade and Hezbollah, "
                  "launched an imperative offensive on Friday to capture the key Latakia "
                  "town of Kabbani near the Idlib border.") == [
        ("Armed clash", "Military Forces of Syria", "Desert Hawks Brigade", "")]


def test_a_lead_group_word_names_the_group() -> None:
    # written after news reports
    assert _sides("Jund al-Farouq fighters attacked an army checkpoint in Homs on Monday, "
                  "killing three soldiers.") == [
        ("Armed clash", "Jund al-Farouq", "", "Military Forces of Syria")]
    out = frontlines.extract("Jund al-Farouq fighters attacked an army checkpoint in Homs "
                             "on Monday, killing three soldiers.", published="2016-05-02")
    assert [e.inter1 for e in out] == [2]


def test_a_named_militia_in_an_of_phrase() -> None:
    # written after news reports: the gunmen are the named militia's men
    out = frontlines.extract("Gunmen from the Merile militia killed 12 herders in Turkana "
                             "on Sunday.", published="2016-05-02")
    assert [(e.actor1, e.inter1) for e in out] == [("Merile Militia", 3)]


def test_singular_spellings_of_listed_names() -> None:
    # event_location (evloc-8571, evloc-7385): actor1 was empty
    assert _sides("The woman has been identified as the mother of a fighter part of the "
                  "National Defense Force who was killed fighting ISIS defending the "
                  "besieged city.")[0][1] == "NDF: National Defence Forces"
    assert _sides("The Islamic State s (ISIS) Deputy Military Chief, Abu Jannat, was killed "
                  "in a coalition airstrike.") == [
        ("Air/drone strike", "Global Coalition Against Daesh", "", "Islamic State")]


def test_state_units_and_unnamed_groups_stay() -> None:
    # written after news reports: a numbered unit, a state's troops of a named unit, an
    # identity militia and a protest movement keep their readings
    assert _sides("The Syrian Arab Army's 103rd Brigade attacked rebel positions near "
                  "Kabani in Latakia on Monday.")[0][1] == "Military Forces of Syria"
    assert _sides("Israeli soldiers of the Golani Brigade raided the village of Beit Ummar "
                  "near Hebron on Monday.")[0][1] == "Military Forces of Israel"
    assert _sides("Gunmen from a Shia militia killed 12 people in Baghdad on "
                  "Sunday.")[0][1] != "Shia Militia"
    assert _sides("The Green Movement protested in Tehran on Monday against the election "
                  "results.")[0][1] == "Protesters (Iran)"
