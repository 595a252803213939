"""The side a report does not name, the sides of the fighting a toll came in, and a strike that
is a stoppage of work: sentences quoted from the RELABEL subset of event_location (Halterman
2019, MIT licence) and three written after news reports (a US-Kurdish raid near the
Iraqi-Syrian border, a Briton killed fighting Islamic State, rockets on Douma)."""

from __future__ import annotations

from conftest import sides


def _pairs(text: str, published: str = "2024-03-04") -> list[tuple[str, str, str]]:
    return sides(text, published)


def test_a_soldier_shot_dead_by_no_one_named_fought_an_unidentified_group():
    assert _pairs("A British soldier has been shot dead while on patrol in southern "
                  "Afghanistan.") == [
        ("Armed clash", "Unidentified Armed Group (Afghanistan)",
         "Military Forces of the United Kingdom")]


def test_a_police_officer_shot_dead_in_a_clash_fought_an_unidentified_group():
    assert _pairs("One riot police officer was shot dead outside the regional capital, "
                  "Grozny, and two servicemen were killed and three wounded in a clash "
                  "within the city.") == [
        ("Armed clash", "Unidentified Armed Group (Russia)", "Police Forces of Russia")]


def test_shelling_by_no_one_named_is_by_an_unidentified_group():
    assert _pairs("A civilian was killed by a mortar in al-Tijara neighbourhood in central "
                  "Damascus on Thursday.") == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)",
         "Civilians (Syria)")]


def test_the_side_fought_against_is_no_victim_of_an_unnamed_group():
    # the Islamic State is the foe of the man killed: the unnamed side is his own
    pairs = _pairs("Levi Jonathan Shirley, also known by his code name Heval Agir ervan, was "
                   "killed last week while fighting against the Islamic State (ISIS) in "
                   "Manbij city on the Syrian-Turkish border.")
    assert all(not a1.startswith("Unidentified") for _, a1, _ in pairs)


def test_no_unidentified_group_of_a_foreign_force_home_placed_by_its_name():
    pairs = _pairs("ISIS commander Abu Omar was killed in a US-Kurdish operation near the "
                   "Iraqi-Syrian border on Thursday.")
    assert all("(United States)" not in a1 for _, a1, _ in pairs)


def test_a_strike_by_public_service_workers_is_no_attack():
    assert _pairs("Some 1,500 protestors demonstrated in two separate rallies in Corsica "
                  "Thursday in support of a two-week-old strike by public service workers "
                  "demanding wage hikes.") == [("Peaceful protest", "Protesters (France)", "")]


def test_the_sides_of_the_fighting_a_battles_toll_came_in():
    pairs = _pairs("Separate street battles in the southern cities of Basra and Nasiriyah "
                   "killed at least 66 people, police said, in fighting on Friday and Saturday "
                   "between members of a Shiite messianic sect and Iraq's security forces.")
    assert pairs and all(p == ("Armed clash", "Unidentified Armed Group (Iraq)",
                               "Military Forces of Iraq") for p in pairs)


def test_the_group_a_man_was_killed_fighting_is_his_foe_not_the_side_hit():
    # written after a news report (a Briton killed fighting Islamic State in Raqqa)
    assert _pairs("A British former IT worker was killed fighting Isis in Raqqa, Syria, last "
                  "week.", "2018-02-10") == [("Armed clash", "", "Islamic State")]


def test_rockets_by_no_one_named_are_an_unidentified_groups():
    # written after a news report (rockets on Douma, eastern Ghouta)
    assert _pairs("Four rockets hit the town of Douma on Tuesday morning.", "2018-02-10") == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "")]
