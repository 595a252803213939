"""Round S (issues 13 and 14): Gaza under a clue to Israel is the Palestinian Territory's
Gaza, and a village the gazetteer lacks lies in the one province its sentence's places
name, not at the country point.

Sentences are quoted from event reports of the event_location corpus (MIT) drawn into the
round's development sample (seeds 231-235), or written after such reports.
"""

from __future__ import annotations

from conftest import where as _where


def test_gaza_shelled_by_the_israeli_army_is_in_the_palestinian_territory():
    # a clue to Israel is one to the territory its conflict shares: not the Israeli
    # district "Gaza" (no people, its point in the Negev)
    text = ("The Israeli army has been shelling northern Gaza since Friday in a bid to "
            "prevent Palestinian militants from firing rocket attacks from northern Gaza "
            "into Israel.")
    first = _where(text)[0]
    assert first[0] == "Gaza" and first[2] == "Palestinian Territory"


def test_gaza_with_only_an_israeli_clue():
    text = "The Israeli army has been shelling Gaza since Friday."
    assert [w[2] for w in _where(text)] == ["Palestinian Territory"]


def test_jerusalem_stays_in_israel():
    # must not change: a clue to Israel still places Jerusalem and its hotels in Israel
    text = "Zeevi was shot in a Jerusalem hotel Oct. 17."
    assert [w[:3] for w in _where(text)] == [("Jerusalem", "Al Quds", "Israel")]


def test_unknown_town_in_the_province_of_the_city_its_sentence_names():
    # al-Raee (al-Rai) is not in the gazetteer; "Aleppo s north" puts it in Aleppo
    # province: precision 3 there, not the Syria point
    text = ("On Wednesday, the ISIS senior leader, Abu Hadid, was killed along with six other "
            "militants during clashes with Syrian rebels in Aleppo s north on the outskirts "
            "of the strategic town of al-Raee, Taljbini told ARA News.")
    assert _where(text) == [("al-Raee", "Halab", "Syria", 3)]


def test_unknown_town_with_no_town_named_stays_at_the_country():
    # must not change: nothing finer than the country is said
    text = ("The Al-Masdar field correspondent added that the Syrian Arab Army is now "
            "storming Hazrama from two different axes, while they receive aerial support "
            "from the Syrian Arab Air Force.")
    assert [w[2:] for w in _where(text)] == [("Syria", 3)]


def test_indian_kashmir_is_the_indian_state():
    # the disputed region's middle belongs to no country: the record had none
    text = ("Four people died and 22 were injured when militants threw a grenade into a "
            "hotel packed with tourists in Indian Kashmir on Saturday.")
    assert [w[1:] for w in _where(text)] == [("Jammu and Kashmir", "India", 3)]


def test_pakistani_kashmir_is_the_pakistani_state():
    text = "Indian troops shelled villages in Pakistani Kashmir, killing three civilians."
    assert [w[2] for w in _where(text)] == ["Pakistan"]


def test_lower_case_metro_is_no_town():
    # "metro" (tagged FAC) is no Metro, Lampung (Indonesia): the sentence names no place
    text = ("The metro station blast killed a further 20 people and injured roughly 130, "
            "according to a provisional toll from the national crisis response centre.")
    assert _where(text) == [(None, None, None, None)]


def test_metro_station_in_a_named_city_stays():
    # must not change: the named city is the place
    text = "A bomb exploded at a metro station in Moscow, killing 10 people."
    assert [w[:3] for w in _where(text)] == [("Moscow", "Moskva", "Russia")]


def test_raided_town_the_ner_took_for_a_person():
    # "Jenin" tagged PERSON: the object of "raided" is a place, here the West Bank town
    text = "Israeli troops raided Jenin on Tuesday, killing two militants."
    assert [w[2] for w in _where(text)] == ["Palestinian Territory"]


def test_raided_home_of_a_person_stays_in_the_named_city():
    # must not change: a person's home is raided in a city the sentence names
    text = "Police raided the home of Ahmed Ali in Karachi and arrested him."
    assert [w[:3] for w in _where(text)] == [("Karachi", "Sindh", "Pakistan")]
