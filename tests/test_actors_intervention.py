"""The force that intervenes in a protest, a lone soldier of a foreign force, and no armed
group of a foreign force's home: sentences written after news reports (a Sudanese and a
Kenyan protest dispersed by force; a British soldier killed by a bomb in Syria, as
GeoWebNews reports it) and one quoted from the RELABEL subset of event_location."""

from __future__ import annotations

from functools import partial

from conftest import sides

_pairs = partial(sides, published="2024-03-04")


def test_the_force_that_fired_tear_gas_is_the_other_side_of_the_protest():
    assert _pairs("Security forces fired tear gas at demonstrators in Khartoum on Sunday.") == [
        ("Protest with intervention", "Protesters (Sudan)", "Military Forces of Sudan")]


def test_police_who_dispersed_protesters_are_police_of_the_country():
    assert _pairs("Police used tear gas and water cannon to disperse thousands of protesters "
                  "in Nairobi on Monday.") == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")]


def test_a_government_that_speaks_is_no_intervening_force():
    # a caravan that "had begun to disperse" by itself: the government only spoke
    pairs = _pairs("The Mexican government began handing out visas to people in a caravan "
                   "of migrants, and said the procession of 1,000 or so migrants had begun "
                   "to disperse.")
    assert all("Military Forces of Mexico" not in pair for pair in pairs)


def test_a_lone_soldier_of_a_foreign_force_is_not_the_host_states():
    text = ("A British soldier serving with US forces was killed in Syria on Thursday. "
            "The soldier was killed by a roadside bomb while battling Islamic State "
            "fighters near Manbij, the Ministry of Defence said.")
    pairs = _pairs(text)
    assert all("Military Forces of Syria" not in pair for pair in pairs)
    # the report gives the same word a nationality elsewhere: his army is that one
    assert ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)",
            "Military Forces of the United Kingdom") in pairs


def test_no_armed_group_of_the_soldiers_home_where_nothing_places_the_bomb():
    # quoted from the RELABEL subset of event_location (Halterman 2019, MIT licence)
    assert _pairs("A US soldier was killed and four others were wounded Friday by a roadside "
                  "bomb in Khaldiyah, 80 kilometers (50 miles) west of the capital, according "
                  "to the coalition.") == [
        ("Remote explosive/landmine/IED", "", "Military Forces of the United States")]
