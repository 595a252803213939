"""Recall and precision, round Y (session 19): killings in wars of other years and in
undated reports. An undated report's year is unknown, not this one, so a war that ended
(Algeria 2002, Bosnia 1995) still counts; and the war table holds the ended wars of the
corpus (Nepal's Maoists, Kosovo, Liberia) and the wars of one region (Chechnya). A dated
report keeps its year, and a country or region at peace keeps its crime news out.

Sentences quoted from the event_location corpus (Halterman 2019, MIT licence); the
dated variants are the same sentences given a publication date after the war.
"""

from __future__ import annotations

from conftest import records
from frontlines.extraction import incidents
from frontlines.extraction.time import names_a_year

BOSNIA = ("Three people were shot and wounded over the weekend in tense northwestern Bosnia, "
          "where animosities reign between the ruling Muslim Party for Democratic Action and "
          "supporters of renegade Muslim leader Fikret Abdic.")
ALGIERS = ("At least 200 people were shot or stabbed to death in a suburb of Algiers early "
           "Tuesday.")
NEPALGUNJ = ("Ajay Raj Singh, Coordinator of Banke District monitoring committee, was shot at "
             "his office at Nepalgunj, a town 500 kilometers (310 miles) west of the capital, "
             "Katmandu.")
MALISEVO = "In once incident, 39 people were killed in the village of Malisevo."


def _types(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.country) for e in records(text, published)]


# -- 1. an undated report: any year of the war ------------------------------------------


def test_an_undated_shooting_in_bosnia_is_an_attack_of_its_war() -> None:
    # evloc-2214 (round 32-37 development sentence): "no political or armed actor", as
    # today's year fell after Bosnia's war (1992-1995)
    assert _types(BOSNIA) == [("Attack", "Bosnia and Herzegovina")]


def test_an_undated_massacre_near_algiers_is_an_attack_of_its_war() -> None:
    # evloc-2182: Algeria's war ended in 2002; the report gives no year
    events = records(ALGIERS)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1 == "Unidentified Armed Group (Algeria)"


def test_the_same_shooting_in_a_report_dated_after_the_war_stays_out() -> None:
    # a dated report keeps its year: Bosnia in 2015 and Algeria in 2015 are at peace
    assert records(BOSNIA, published="2015-06-01") == []
    assert records(ALGIERS, published="2015-06-01") == []


def test_a_year_in_the_sentence_is_the_year() -> None:
    # an undated report that names its year keeps it: Algeria in 2010 is at peace
    assert names_a_year("on 3 May 2010") and not names_a_year("early Tuesday")
    assert records("At least 20 people were shot or stabbed to death in a suburb of "
                   "Algiers on 3 May 2010.") == []


# -- 2. the wars of other years and of one region -------------------------------------


def test_a_shooting_in_nepal_is_an_attack_of_the_maoists_war() -> None:
    # evloc-4475: Nepal at war 1996-2006 (data war_countries)
    assert _types(NEPALGUNJ) == [("Attack", "Nepal")]


def test_a_shooting_in_nepal_dated_after_its_war_stays_out() -> None:
    assert records(NEPALGUNJ, published="2015-06-01") == []


def test_thirty_nine_killed_in_a_kosovo_village_is_an_attack() -> None:
    # evloc-2623: Kosovo at war 1998-1999
    events = records(MALISEVO)
    assert [(e.sub_event_type, e.country, e.fatalities) for e in events] == [
        ("Attack", "Kosovo", 39)]


def test_foreigners_captured_in_liberia_are_abducted() -> None:
    # evloc-9974: Liberia at war 1989-1996 and 2000-2003 (two entries)
    events = records("At least four Britons, one Italian and one Norwegian were captured "
                     "Wednesday morning in Kolahun near the Sierra Leone and Guinea borders, "
                     "about 240 kilometers (145 miles) north of Monrovia.")
    assert [(e.sub_event_type, e.country) for e in events] == [
        ("Abduction/forced disappearance", "Liberia")]


def test_a_murder_elsewhere_in_india_stays_crime_news() -> None:
    # evloc-5909: India is no country at war (its wars held regions)
    assert records("A 50-year-old woman was brutally murdered on Wednesday early morning "
                   "near Alang village in Bhavnagar district.") == []


def test_an_undated_shooting_in_a_country_never_at_war_stays_out() -> None:
    # evloc-2270: the Dominican Republic is in no war table; undated or not, crime news
    assert records("Nelson Enrique Arias, was shot and killed in Santo Domingo.") == []


def test_the_war_table_reads_two_wars_and_regions() -> None:
    years = incidents._war_years()
    assert years["LBR"] == [(1989, 1996), (2000, 2003)]
    assert years["RUS/chechenskaya respublika"] == [(1994, 1996), (1999, 2009)]
    assert "IND" not in years and "TUR" not in years and "MEX" not in years
