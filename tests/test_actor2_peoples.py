"""actor2 and actor1, round D: victims and demonstrators named by their people, border
guards, protesters held. Sentences quoted from the RELABEL subset of the event_location
corpus (Halterman 2019, MIT licence), or written after news reports of the kinds a
held-out reading found with an empty actor."""

from __future__ import annotations

import frontlines
from conftest import sides as _rows


def test_victims_named_by_their_people_are_civilians():
    # RELABEL: the count of a people hit, no armed noun of their own
    assert _rows("Fourteen Iraqis were killed and six wounded in a pair of suicide car "
                 "bombings at the checkpoint leading to the Baghdad International Airport.") == [
        ("Suicide bomb", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]
    # RELABEL: the apposition says who they were, not a side
    assert _rows("The four Britons, all biologists, were captured with the 10 others by "
                 "separatist rebels in the Baliem Valley, in Indonesia's easternmost province "
                 "of Irian Jaya, late on Monday.")[0][2] == "Civilians (Indonesia)"
    # no place: the people named, not the other side's state
    assert _rows("Israeli troops shot dead five Palestinians on Friday.") == [
        ("Attack", "Military Forces of Israel", "Civilians (Palestine)")]


def test_a_people_with_an_armed_noun_is_no_civilian():
    # the gunmen are a side; the people they killed are the civilians
    assert _rows("Palestinian gunmen killed two Israelis near Hebron.")[0][1] == (
        "Unidentified Armed Group (Palestine)")


def test_border_guards_are_their_states_forces():
    # "Jordanian border" is no longer read as the neighbour's border
    assert _rows("Two Jordanian border guards were killed in a clash with smugglers.")[0][2] == (
        "Military Forces of Jordan")
    # RELABEL: a record the border guards' side makes
    assert _rows("Zahir Mulla and Muhammad Ahmad were killed along with other three men whose "
                 "identities couldn t be identified when Turkish border guards opened fire "
                 "against them.")[0][1] == "Military Forces of Turkey"


def test_demonstrators_counted_by_a_group_or_people():
    assert _rows("Hundreds of Kenyan students protested against fee rises on Monday.") == [
        ("Peaceful protest", "Protesters (Kenya)", "")]
    assert _rows("Thousands of Palestinians marched on Friday against the occupation.") == [
        ("Peaceful protest", "Protesters (Palestine)", "")]


def test_protesters_arrested_are_protesters():
    rows = _rows("Egyptian police arrested dozens of protesters on Friday.")
    assert ("Arrests", "Police Forces of Egypt", "Protesters (Egypt)") in rows


def test_fire_on_protesters_is_one_excessive_force_record():
    # the participle's toll is the force's, not a clash of its own
    rows = [(r.sub_event_type, r.actor1, r.actor2, r.fatalities) for r in frontlines.extract(
        "Soldiers opened fire on protesters in Khartoum on Monday, killing three.",
        published="2026-12-04")]
    assert rows == [("Excessive force against protesters", "Military Forces of Sudan",
                     "Protesters (Sudan)", 3)]
    # who fired, and on whom, though the trigger is the protesters' noun
    assert _rows("Israeli police fired rubber bullets at protesters, wounding 20.") == [
        ("Excessive force against protesters", "Police Forces of Israel", "Protesters (Israel)")]
