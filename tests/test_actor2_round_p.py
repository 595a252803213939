"""actor2, round P: violence against civilians always has civilians as its target (ACLED
codebook), so an attack or abduction whose report names no place still names them, as
Civilians with the country unknown ("ISIS assassins killed Ammar al-Darwish, an imam");
and the state's forces a battle's sentences name against a rebel or militia first side
are that battle's other side ("after non-stop clashes with the Syrian Armed Forces").
The sentences are quoted from the judged development pool (event_location, MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_unplaced_attack_on_a_person_targets_civilians():
    assert _rows("On October 13, ISIS assassins killed Ammar al-Darwish, an imam at the Ali "
                 "Bin Abi Taleb Mosque, who had worked with the local pro-SDF "
                 "administration.") == [("Attack", "Islamic State", "Civilians (Syria)")]
    # (round X: the SDF's home gives the unplaced civilians their country)
    assert _rows("A peace activist was shot and killed by suspected Turkana raiders."
                 )[0][2] == "Civilians"
    assert _rows("U.S. paratroopers have captured a former Baath Party official who was No."
                 )[0][2] == "Civilians"


def test_armed_victims_of_an_unplaced_attack_are_not_civilians():
    assert _rows("In the devastating attack, ISIS terrorists captured and brutally executed "
                 "four fighters of the Southern Front militant group.")[0][2] != "Civilians"
    assert _rows("ISIS executed the policemen by firing squad and kept their bodies,\u201d "
                 "the source further added.")[0][2] != "Civilians"


def test_state_forces_named_against_rebels_are_the_other_side():
    assert _rows("The jihadist rebels of Fatah Halab launched a counter-attack at the Kindi "
                 "Hospital in northern Aleppo after non-stop clashes with the Syrian Armed "
                 "Forces this morning.") == [
        # round U: Fatah Halab is in the actor table, named by its own name as ACLED does
        ("Armed clash", "Fatah Halab", "Military Forces of Syria")]
    assert _rows("According to the Iranian state agency Tasnim, colonel Mashallah Shamsi of "
                 "the Iranian Revolutionary Guards was killed on Saturday in clashes with "
                 "Syrian rebel fighters in Aleppo.")[0][2] == "Military Forces of Iran"
    assert _rows("Khaled Radaida, 45, was shot dead as he drove on a Gaza street where Hamas "
                 "militants exchanged fire with Palestinian police allied to moderate leader "
                 "Mahmoud Abbas.")[0][2] == "Police Forces of Palestine"


def test_an_administration_is_no_side_of_a_battle():
    rows = _rows("Heavily armed National Democratic Front of Bodoland (NDFB) militants "
                 "unleashed violence in two days of attacks in the Kokrajhar district of "
                 "North Eastern state of India's Assam falling under Bodoland Territorial "
                 "Administration [BTAD] area, killing 23 Muslims, including three children, "
                 "and leaving at least three others seriously injured.")
    assert all(r[2] != "Military Forces of India" for r in rows)


def test_civilians_read_with_no_place_take_the_country_another_mention_places():
    # the toll's sentence names no place; the coup's first sentence is in Trinidad
    rows = _rows("In 1990 the Jamaat-al-Muslimeen, under the leadership of Imam Yasin Abu "
                 "Bakr, bombed police headquarters and stormed the government's Red House and "
                 "national television station TTT. Then-prime minister Arthur Robinson was "
                 "wounded and more than 20 people were killed in the failed coup attempt.")
    assert ("Civilians (Trinidad and Tobago)" in {r[2] for r in rows}
            and "Civilians" not in {r[2] for r in rows})
