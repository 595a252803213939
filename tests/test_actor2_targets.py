"""actor2, the target or other side, by ACLED's conventions: sentences quoted from the RELABEL
subset of the event_location corpus (Halterman 2019, MIT licence) whose records had an empty
actor2 although the sentence names the target, and one written after a news report."""

from __future__ import annotations

from conftest import sides as _pairs


def test_a_count_of_people_names_them_by_its_of_phrase():
    # "Dozens of" heads the phrase; the civilians are who were killed
    assert _pairs("Dozens of Kurdish civilians were killed when militants of Nusra and Ahrar "
                  "al-Sham hit the Jumla and Diwan villages in Afrin countryside earlier on "
                  "Tuesday.")[0][2] == "Civilians (Syria)"


def test_a_single_victim_is_the_side_that_lost_him():
    assert _pairs("A policeman in Amara, south of Baghdad, was killed when assailants crept "
                  "into his house under the cover of night and stabbed him to death.") == [
        ("Attack", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq")]


def test_army_officers_are_the_armys():
    assert _pairs("Gunmen shot dead two high-ranking army officers as they shopped Friday in a "
                  "daring daylight attack in northeastern India blamed on separatist "
                  "guerrillas.")[0][2] == "Military Forces of India"


def test_a_named_victim_of_violence_against_civilians_is_a_civilian():
    assert _pairs("Assane Sanogo, a cab driver from Abidjan, was shot to death over the weekend "
                  "by police officers when he failed to stop at a routine checkpoint.") == [
        ("Attack", "Police Forces of Ivory Coast", "Civilians (Ivory Coast)")]


def test_the_side_clashes_were_with_is_the_other_side():
    assert _pairs("And in the southern province of Muthanna, an Iraqi army captain was killed "
                  "and two others soldiers wounded in clashes with gunmen, two of whom were "
                  "captured.")[0][1:] == ("Military Forces of Iraq",
                                          "Unidentified Armed Group (Iraq)")


def test_shooting_at_each_other_makes_the_conjuncts_the_two_sides():
    first = _pairs("Despite the world's appeals to cease fire, Israeli troops and Palestinian "
                   "gunmen shot at each other in a West Bank town Monday, and an Israeli "
                   "civilian was killed, apparently by Palestinian militants, in the fourth day "
                   "of deadly clashes over a contested Jerusalem shrine.")[0]
    assert first[1:] == ("Military Forces of Israel", "Unidentified Armed Group (Palestine)")


def test_a_plural_of_a_forces_name_counts_its_members():
    assert _pairs("At least four Peshmergas were killed and seven more were injured in the "
                  "offensive.")[0][2] == "Military Forces of Kurdistan Regional Government"


def test_a_bomb_near_a_states_convoy_targets_its_forces():
    assert _pairs("\"A car bomb detonated near a US convoy in Baghdad's southern district of "
                  "Saiydiah.")[0][2] == "Military Forces of the United States"


def test_a_head_count_in_fighting_names_no_side():
    # written after news reports: "people" killed in a battle are no civilians side of it
    assert _pairs("Dozens of people were killed in fighting in Syria's Aleppo province on "
                  "Friday.")[0][2] == ""


def test_a_city_named_before_a_post_is_no_state():
    # the committee's headquarters in Baghdad are not Iraq's forces
    assert _pairs("The committee's Baghdad headquarters were mostly destroyed by U.S.-led "
                  "bombing raids and the country's athletes scattered during the bombing "
                  "runs.")[0][2] == ""


def test_opened_fire_on_names_the_target_not_the_fire():
    # written after news reports: the cue's own object "fire" is no target
    assert _pairs("Police opened fire on protesters in Khartoum on Monday, killing "
                  "three.")[0] == ("Excessive force against protesters", "Police Forces of Sudan",
                                   "Protesters (Sudan)")


def test_the_people_a_target_held_or_carried_are_the_target():
    # written after news reports: who manned the checkpoint, whom the bus carried
    assert _pairs("Gunmen opened fire at a checkpoint manned by Afghan soldiers on "
                  "Friday.")[0][2] == "Military Forces of Afghanistan"
    assert _pairs("Gunmen opened fire on a bus carrying pilgrims in Parachinar, Pakistan, on "
                  "Monday.")[0][2] == "Civilians (Pakistan)"
