"""Round Q's rules held to what they are for (issue 13; the merge review's mends).

Each rule of round Q names a narrow form; these sentences, written after wire reports,
are near wordings it must leave alone, and each was coded right before round Q: a force
deployed in an assault, a fire that names who fired, a demolition by soldiers, air strikes
told as the deed of a sentence whose verb is "help", violent scuffles at a protest.
"""

from __future__ import annotations

from conftest import types as _types


def test_a_force_deployed_in_an_assault_takes_part() -> None:
    assert _types("The army deployed tanks in an assault on rebel positions near Homs on "
                  "Sunday.") == ["Shelling/artillery/missile attack"]
    # the watch kept stays no incident
    assert _types("Commandos maintained a strict vigil around the Red Fort on Tuesday.") == []


def test_a_fire_that_names_who_fired_is_no_hazard() -> None:
    assert _types("Fire from Israeli helicopters killed two militants in Gaza on "
                  "Monday.") == ["Air/drone strike"]
    # a bare fire stays an accident
    assert _types("The fire destroyed ten houses in the old market of Aleppo on Monday.") == []


def test_a_house_soldiers_blew_up_is_no_bomb_made_safe() -> None:
    assert "Disrupted weapons use" not in _types(
        "Israeli soldiers detonated the family home of a Palestinian gunman in Jenin on "
        "Sunday.")
    assert _types("Israeli soldiers detonated an explosive device found near a checkpoint "
                  "in Hebron on Sunday, and no injuries were reported.") == [
        "Disrupted weapons use"]


def test_air_strikes_told_as_the_deed_keep_their_type() -> None:
    assert _types("US air strikes help Kurdish forces near Kobani on Tuesday, killing 20 "
                  "Islamic State fighters.") == ["Air/drone strike"]


def test_violent_scuffles_at_a_protest_are_the_crowds() -> None:
    assert _types("Violent scuffles broke out between protesters and police in Cairo on "
                  "Friday.") == ["Violent demonstration"]
