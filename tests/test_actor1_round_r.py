"""actor1, round R: the doer a report describes but whose country it never gives. Sentences
quoted from the event_location data set (Halterman 2019, MIT), found on the judged
development pool: armed men, rebels and militants with no place named are ACLED's
unidentified armed group or opposition rebels all the same (the country left unknown, as
for civilians), "the regime" of a report that names no country is Syria's, and the noun
before a passive participle ("the bombed building") is not who bombed it."""

from __future__ import annotations

from functools import partial

from conftest import sides

_pairs = partial(sides, published="2024-03-04")


def test_gunmen_with_no_place_are_an_unidentified_armed_group():
    # round Z mends: with no country from the place or the story's clues the group stays
    # unnamed (docs/design.md: ACLED has no bare "Unidentified Armed Group")
    assert _pairs("Gunmen have shot and killed Alhaji Babangida Garba, the Director of Admin "
                  "and Finance at the Bauchi State Ministry of Local Government") == [
        ("Attack", "", "Civilians")]


def test_a_suicide_bomber_with_no_place_is_an_unidentified_armed_group():
    pairs = _pairs("On April 1, nine people, including five children, were killed by a "
                   "suicide bomber who attacked an army convoy.")
    assert [p[1] for p in pairs] == [""]  # no country: unnamed (round Z mends)


def test_rebels_with_no_place_are_opposition_rebels():
    assert [p[1] for p in _pairs("On July 1, rebels bombed the Tarmiyah pumping station and "
                                 "repairs took four days.")] == ["Opposition Rebels"]


def test_rebels_killed_with_no_place_are_the_other_side():
    assert [p[2] for p in _pairs("Dozens of rebel fighters were killed in Kafr Nabuda "
                                 "operations on Monday.")] == ["Opposition Rebels"]


def test_fighters_of_both_sides_are_no_one_group():
    assert _pairs("dozens of fighters from both sides were killed due to the clashes.") == [
        ("Armed clash", "", "")]


def test_unplaced_security_forces_are_not_the_snipers_beside_them():
    # the state of the forces is unknown: no unidentified group stands in for them
    pairs = _pairs("Residents and activists said that security forces and snipers fired at "
                   "demonstrators who thronged Hama on Friday.")
    assert all(p[1] != "Unidentified Armed Group" for p in pairs)


def test_the_regime_of_a_report_naming_no_country_is_syrias():
    assert _pairs("At least five civilians were killed, including two children, and nine "
                  "others were injured in the regime s bombardment in Sheikh Maqsoud "
                  "district.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)")]


def test_a_named_rulers_regime_is_not_syrias():
    pairs = _pairs("More than 1,000 Palestinians from the pro-Iraqi Arab Liberation Front "
                   "(ALF) demonstrated their support for Saddam Hussein's regime Thursday in "
                   "the southern Gaza Strip city of Khan Yunis.")
    assert all("Syria" not in p[1] + p[2] for p in pairs)


def test_the_forces_in_a_bombed_building_are_its_victims_not_its_bombers():
    assert _pairs("Dozens of regime forces based in the bombed building were reportedly "
                  "killed.") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)",
         "Military Forces of Syria")]
