"""Round V (issue 14): the place of real records. A name's head word the NER took alone
("Wadi" of "Wadi Mousa") read as a town abroad, a nationality's capital followed by a
weekday, "the provincial capital" named back by its role, and the place people were
sent to after the event.

Sentences are quoted from event reports of the event_location corpus (MIT) drawn into the
round's development sample (seeds 340-344), or written after such reports.
"""

from __future__ import annotations

from conftest import where as _where


def test_a_head_word_alone_goes_on_into_the_name_after_it():
    # was Wadi, Karnataka, India ("Wadi" tagged alone, "Mousa" left out)
    text = ("The government forces launched its attack from the western flank of the city "
            "with heavy aerial and artillery bombardment followed by ground invasion "
            "conducted by the SAA\u2019s Republican Guards, thus recapturing the Quarries "
            "and Wadi Mousa after short battles.")
    where = _where(text)
    assert where and all(w[2] == "Syria" for w in where)


def test_a_head_word_before_a_known_name_stays():
    # must not change: "Kafr Nabl" is one name of Idlib province
    text = "Government warplanes bombed Kafr Nabl on Monday, killing five civilians."
    assert [w[1:3] for w in _where(text)] == [("Idlib", "Syria")]


def test_a_nationality_s_capital_before_a_weekday():
    # was Sri Lanka's country point: "capital Tuesday" read as "capital <its name>"
    text = ("Dozens of Buddhist monks demonstrated in the Sri Lankan capital Tuesday "
            "against Norway's attempts to broker peace in the island as a Scandinavian "
            "monitoring team began overseeing a ceasefire between the government and Tamil "
            "Tiger rebels.")
    assert ("Colombo", "Western Province", "Sri Lanka", 1) in _where(text)


def test_a_capital_followed_by_its_own_name_stays():
    # must not change
    text = "Thousands of people demonstrated in the Syrian capital Damascus on Friday."
    assert [w[0] for w in _where(text)] == ["Damascus"]


def test_the_provincial_capital_is_the_province_town_of_its_name():
    # was Dar'a province (precision 3, 28 km from the city)
    text = ("The jihadist rebels of Hay\u2019at Tahrir Al-Sham launched a massive offensive "
            "inside the Dara\u2019a Governorate on Sunday, targeting the Syrian Arab "
            "Army\u2019s (SAA) positions inside the Al-Manishiyah District of the provincial "
            "capital.")
    assert _where(text) == [("Dar'a", "Dar'a", "Syria", 1)]


def test_a_place_measured_from_the_provincial_capital_stays_the_province():
    # must not change: 40 km west of the city is elsewhere in the province
    text = ("Rebels attacked army positions in Idlib province, 40 km west of the provincial "
            "capital.")
    assert _where(text) == [("Idlib", "Idlib", "Syria", 3)]


def test_the_place_a_captive_was_flown_to_is_no_scene():
    # was Naval Station Guantanamo Bay, Cuba (where he was flown afterwards)
    text = ("American troops in Afghanistan also captured U.S.-born Yaser Esam Hamdi, who "
            "was flown to the U.S. Navy base at Guantanamo Bay, Cuba, and held there for "
            "several months until it was discovered he was born in Baton Rouge, Louisiana.")
    assert [w[2] for w in _where(text)] == ["Afghanistan"]


def test_a_place_moved_to_before_the_attack_stays():
    # must not change: the move comes before the trigger, the place is the scene
    text = "Rebels moved to Kunduz and attacked a police post."
    assert [w[0] for w in _where(text)] == ["Kunduz"]


def test_the_streets_protesters_took_to_stay():
    # must not change: "take" is no verb of sending away
    text = "Police clashed with protesters who had taken to the streets of Cairo."
    assert [w[0] for w in _where(text)] == ["Cairo"]


def test_a_site_named_after_a_big_city_far_from_the_town_it_is_measured_from():
    # was Cairo's point: "north of Cairo" (180 km) held the university and moved
    # Alexandria itself to Cairo
    text = ("More than 6,000 students also demonstrated on both Wednesday and Thursday at "
            "Alexandria University north of Cairo, shouting \"Jews are the enemy of God\" "
            "and \"Jihad (holy war) is the solution.\"")
    assert {w[1] for w in _where(text)} == {"Al Iskandariyah"}


def test_a_site_by_the_city_it_is_measured_from_stays():
    # must not change
    text = ("A car bomb exploded near Baghdad International Airport, west of Baghdad, "
            "killing two.")
    assert [w[1:3] for w in _where(text)] == [("Baghdad", "Iraq")]
