"""actor1, round J: perpetrators a held-out reading found unnamed or coded as an
unidentified group -- a ruler's forces, men loyal to a ruler, herders who kill, members
of a named force, a state's checkpoint, a militia named by its leader, and the doer of a
casualty verb's "when" clause. Sentences written after news reports of the kinds that
reading described (none copied from it), and one quoted from the RELABEL subset of
event_location (MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_a_rulers_forces_are_his_states_army_even_without_a_place():
    # ACLED codes a ruler's forces as the state's military of his time
    assert _rows("Gaddafi's forces pounded Misrata with rockets, killing 10 "
                 "civilians.")[0][1] == "Military Forces of Libya"
    assert _rows("Fighters loyal to Kadhafi shelled Misrata on Sunday.")[0][1] == (
        "Military Forces of Libya")
    # "anti-" names the ruler's enemies, never his forces
    assert all(r[1] != "Military Forces of Libya" for r in _rows(
        "Anti-Gaddafi forces shelled the town of Brega on Sunday."))


def test_herders_who_kill_are_their_peoples_militia():
    assert _rows("Fulani herdsmen attacked the village of Agatu in Benue state, killing "
                 "40 people.")[0][1] == "Fulani Ethnic Militia (Nigeria)"
    # herders who are killed stay no militia
    assert all(r[2] != "Fulani Ethnic Militia (Nigeria)" for r in _rows(
        "Gunmen killed five Fulani herdsmen in Benue state on Sunday."))


def test_members_of_a_named_force_are_that_force():
    assert _rows("Members of the Republican Guard shelled the town of Zabadani on "
                 "Sunday.")[0][1] == "Military Forces of Syria"


def test_a_states_checkpoint_is_its_soldiers():
    assert _rows("A Lebanese checkpoint opened fire on a car near Tyre, killing the "
                 "driver.")[0][1] == "Military Forces of Lebanon"


def test_a_militia_named_by_its_leader():
    assert _rows("Sadr's militia attacked a police station in Najaf on "
                 "Friday.")[0][1:] == ("Mahdi Army", "Police Forces of Iraq")


def test_the_doer_of_a_when_clause():
    # RELABEL relabel-1583 (event_location, MIT)
    rows = _rows("Dozens of Kurdish civilians were killed when militants of Nusra and Ahrar "
                 "al-Sham hit the Jumla and Diwan villages in Afrin countryside earlier on "
                 "Tuesday.")
    assert rows[0][1:] == ("Jabhat Fateh al-Sham", "Civilians (Syria)")

