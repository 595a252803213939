"""Incidents of one-sentence reports that no record caught (issue 13, recall, round 13):
protests told "in support of", the latest of a series of protests, people shot whom the
tagger did not know for people, captives named by nationality, killings a brief places
in a country at war (armed men killed there; the abduction told with a killing).

Sentences quoted from the RELABEL subset of the event_location data set (Halterman
2019, MIT licence), and sentences written for the tests after wire reports.
"""

from __future__ import annotations

from conftest import incidents as _records


def test_demonstrated_in_support_of_is_a_protest() -> None:
    # RELABEL: people who demonstrate "in support of" a man protest; "demonstrated
    # support" (an object) is to show it
    assert _records("More than 10,000 people demonstrated in the Belarus capital Minsk in "
                    "support of Viktor Gonchar, the president of the country's central "
                    "electoral commission.") == [
        ("Peaceful protest", "Minsk", "Protesters (Belarus)", 0)]
    # written for the tests
    assert _records("The minister demonstrated support for the plan in Minsk on "
                    "Monday.") == []


def test_the_latest_protest_since_last_week_is_news() -> None:
    # RELABEL: "since" measures the series; the demonstration is the report's
    assert _records("In the latest daily protest since early last week, hundreds of "
                    "students demonstrated in front of the Merdeka presidential palace in "
                    "Jakarta.") == [("Peaceful protest", "Jakarta", "Protesters (Indonesia)", 0)]


def test_people_shot_at_a_factory_or_by_an_untagged_name_are_attacked() -> None:
    # RELABEL: a factory is no industrial accident when its workers are shot
    assert [r[:2] for r in _records(
        "Asher Weisgan on Wednesday shot four Palestinian laborers working in an aluminum "
        "factory in a West Bank settlement, including two workers he had just had lunch "
        "with.")] == [("Attack", "West Bank")]
    # RELABEL: a name the tagger gives no entity type, shot, is a person
    assert _records("Noor Jehan was shot five times and left for dead in a ditch on the "
                    "outskirts of Karachi on April 18.") == [
        ("Attack", "Karachi", "Unidentified Armed Group (Pakistan)", 0)]
    # written for the tests: the same outside a country at war is crime news
    assert _records("John Smith was shot five times in Chicago on Monday.") == []


def test_captives_named_by_nationality_are_abducted() -> None:
    # RELABEL: "Britons", a nationality noun the tagger left untyped, are people taken
    assert [r[:2] for r in _records(
        "The four Britons, all biologists, were captured with the 10 others by separatist "
        "rebels in the Baliem Valley, in Indonesia's easternmost province of Irian Jaya, "
        "late on Monday.")] == [("Abduction/forced disappearance", "the Baliem Valley")]


def test_armed_men_killed_in_a_country_at_war_are_a_battle() -> None:
    # RELABEL: a brief's soldiers killed in Iraq: a battle of that war
    assert [r[0] for r in _records(
        "Three US sailors were killed in the operation to stop three speed boats laden "
        "with explosives from wreaking widespread damage at Iraq's key oil terminal in "
        "the southern city of Basra.")] == ["Armed clash"]


def test_southern_thailand_is_a_country_at_war() -> None:
    # written for the tests after wire reports of the Patani insurgency
    assert _records("A village headman was shot dead in Narathiwat province on "
                    "Monday.") == [
        ("Attack", "Narathiwat", "Unidentified Armed Group (Thailand)", 1)]


def test_an_abduction_told_with_a_killing_is_one_political_incident() -> None:
    # RELABEL: shot, with his captors taking orders from a Taliban commander
    records = _records(
        "But in March, a worker for the International Committee of the Red Cross, Ricardo "
        "Munguia of El Salvador, was fatally shot in south Afghanistan, with his captors "
        "apparently receiving orders from a former Taliban commander, Mullah Dadullah, who "
        "is wanted by the Afghan government.", published="2003-06-01")
    # one record; its doer is the group the sentence names for the captors (round O)
    assert [r[1:3] for r in records] == [("Afghanistan", "Taliban")]


def test_every_listed_town_is_an_event_even_one_the_gazetteer_lacks() -> None:
    # written for the tests after wire reports: four towns, four events (Zamalka and
    # Arbin are not in the offline gazetteer: they take the point of the list)
    records = _records("Syrian government forces shelled the towns of Douma, Harasta, "
                       "Zamalka and Arbin on Monday.")
    assert sorted(r[1] for r in records) == ["Arbin", "Duma", "Harasta", "Zamalka"]
    assert {r[0] for r in records} == {"Shelling/artillery/missile attack"}


def test_people_kidnapped_in_a_country_at_war_are_abducted() -> None:
    # written for the tests: no taker named, a kidnapping in Iraq
    assert _records("Two engineers were kidnapped in Kirkuk on Tuesday.") == [
        ("Abduction/forced disappearance", "Kirkuk", "Unidentified Armed Group (Iraq)", 0)]
    # RELABEL: "captured" with no taker is mostly an arrest: left out
    assert _records("He was captured in Pakistan in March 2003.") == []


def test_bodies_found_with_gunshot_wounds_are_an_attack() -> None:
    # written for the tests: the police found them, they are no side of the killing
    assert _records("Police found the bodies of two men with gunshot wounds in Kirkuk on "
                    "Tuesday.") == [
        ("Attack", "Kirkuk", "Unidentified Armed Group (Iraq)", 2)]
    # the dead named as soldiers: a battle
    assert [r[0] for r in _records(
        "Police found the bodies of three soldiers with gunshot wounds in Kirkuk on "
        "Tuesday.")] == ["Armed clash"]
    # ordinary crime news
    assert _records("Police in Chicago found the body of a man with gunshot wounds on "
                    "Tuesday.") == []


def test_bodies_bound_and_blindfolded_or_dumped_are_an_attack() -> None:
    # written for the tests after wire reports of Baghdad in 2006
    assert _records("The bodies of 15 men, bound and blindfolded, were found in Baghdad on "
                    "Monday.") == [("Attack", "Baghdad", "Unidentified Armed Group (Iraq)", 15)]
    assert _records("Fifteen bodies were found dumped in Baghdad on Monday.") == [
        ("Attack", "Baghdad", "Unidentified Armed Group (Iraq)", 15)]
    # ordinary crime news outside a country at war
    assert _records("The bodies of two men, bound and blindfolded, were found in Chicago "
                    "on Monday.") == []


def test_fatally_shot_is_one_dead() -> None:
    # RELABEL: "fatally shot" tells the death with no casualty word of its own
    assert _records("Investigative reporter Anna Politkovskaya, a Kremlin critic who "
                    "exposed human rights abuses in Chechnya, was fatally shot in Moscow in "
                    "October.", published="2006-11-10") == [
        ("Attack", "Moscow", "Unidentified Armed Group (Russia)", 1)]
