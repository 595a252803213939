"""False records of one-sentence event reports (issue 13, round N): a crowd's non-lethal
arms are no Grenade attack, and a multitude killed in the perfect by a plural doer, with
no place or day, is a campaign's tally told as commentary (ACLED codes an event that
happened on one day at one place; force with smoke or stun grenades at a demonstration
belongs to the demonstration's event). Sentences written for these tests after wire
reports; the kept incidents beside each rule guard it."""

from __future__ import annotations

from conftest import types as _types


def test_a_crowds_smoke_grenades_are_its_riot() -> None:
    assert _types("Protesters threw stones and set off smoke grenades outside the "
                  "parliament in Tbilisi on Thursday.") == ["Violent demonstration"]
    assert _types("Protesters hurled smoke grenades and stones at police outside "
                  "parliament in Belgrade on Saturday.") == ["Violent demonstration"]


def test_stun_grenades_fired_at_a_demonstration_are_its_intervention() -> None:
    assert _types("Riot police fired stun grenades and tear gas at protesters in Nairobi "
                  "on Monday.") == ["Protest with intervention"]
    assert _types("Police fired tear gas and stun grenades at demonstrators in Caracas on "
                  "Wednesday.") == ["Protest with intervention"]


def test_grenades_outside_a_crowd_stay_events() -> None:
    assert _types("Militants threw a grenade at a police station in Srinagar on Monday, "
                  "wounding three officers.") == ["Grenade"]
    # no crowd named: the shot keeps its record
    assert _types("French peacekeepers fired smoke grenades at Bosnian Serb forces near "
                  "Sarajevo on Thursday.") == ["Grenade"]


def test_a_multitude_killed_by_a_plural_doer_is_a_tally() -> None:
    assert _types("Hundreds of people have been killed by Islamic State militants.") == []
    assert _types("Hundreds of civilians have been killed by Russian air strikes.") == []


def test_a_toll_with_one_doer_a_count_or_a_place_stays() -> None:
    # one blast may be the incident the sentence before placed
    assert _types("Dozens of people have been killed by a car bomb.") == [
        "Remote explosive/landmine/IED"]
    assert _types("Five soldiers have been killed by militants.") == ["Armed clash"]
    assert _types("Dozens of protesters have been killed by police in Khartoum.") == [
        "Excessive force against protesters"]


def test_a_habit_told_in_the_present_is_no_incident() -> None:
    assert _types("Rebels regularly attack villages in the region and kill "
                  "civilians.") == []
    assert _types("Special forces often carry out night raids on suspected "
                  "militants.") == []
    # the day's killing stays beside its doers' habit in a relative clause
    assert _types("Rebels, who regularly attack villages in the area, killed 12 people "
                  "in Borno on Sunday.") == ["Attack"]
    assert _types("Rebels attacked the village of Kamako on Sunday, killing five "
                  "people.") == ["Attack"]
