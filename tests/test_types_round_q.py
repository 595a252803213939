"""Sub-event types of one-sentence event reports (issue 13, round Q).

A march is peaceful unless its own crowd is violent: violence it marched despite or
called for, a thing's deed and a word said of a thing are no riot. A killing told by
the charge it punished is an execution, and people counted by nation or faith or as
"persons" are civilians: an Attack, not an Armed clash. A device that state forces
detonate, hurting no one, is a bomb disposed of (Disrupted weapons use). A ground
assault is typed by how it was fought: its support told by a noun ("with help from
the Air Force"), a unit's name ("the 137th Artillery Brigade") and arms destroyed or
captured do not make it shelling or an air strike. Sentences quoted from the
event_location corpus (Halterman 2019, MIT licence) or written after news reports;
the kept types beside each rule guard it.
"""

from __future__ import annotations

from conftest import types as _types


def test_a_march_with_violence_elsewhere_in_its_sentence_is_peaceful() -> None:
    # event_location
    assert _types("Further south, in the border town of Rafah, more than 1,000 protestors "
                  "demonstrated, calling for the continuation of anti-Israeli "
                  "violence.") == ["Peaceful protest"]
    assert _types("Despite the recent violence, hundreds of university students on Tuesday "
                  "marched in Tripoli, chanting against the militias and demanding that the "
                  "army and police assert themselves.") == ["Peaceful protest"]
    assert _types("Around 500 peace activists from different political and social "
                  "organisations marched through the eastern border city of Lahore to "
                  "condemn what they called the \"US aggressive posture against "
                  "Iraq.\"") == ["Peaceful protest"]
    assert _types("Palestinian officials formally complained that the new law damaged "
                  "American involvement in the peace process, while residents in the Gaza "
                  "Strip marched in protest.") == ["Peaceful protest"]


def test_a_crowds_own_violence_still_makes_a_violent_demonstration() -> None:
    assert _types("Protesters in Lahore torched cars outside the US consulate on "
                  "Friday.") == ["Violent demonstration"]
    assert _types("Thousands of demonstrators rallied in Nairobi on Monday before the march "
                  "turned violent.") == ["Violent demonstration"]


def test_a_killing_for_a_charge_is_an_execution() -> None:
    # event_location
    assert _types("The second militant was allegedly killed for dealing with the regime and "
                  "throwing electronic chips to keep track of Mujahedeen .") == ["Attack"]
    assert _types("On Friday, one hundred foreign fighters who joined the Islamic State "
                  "group (IS/ISIS) were killed for attempting to flee the extremist group s "
                  "headquarters in the Syrian city of Raqqa.") == ["Attack"]


def test_people_counted_by_nation_or_as_persons_are_civilians() -> None:
    # event_location
    assert _types("An estimated 1,000 ethnic Albanians were killed by Yugoslav forces in a "
                  "four-day crack-down on Albanians in Kosovo.") == ["Attack"]
    assert set(_types("Gunmen believed to be Fulani during the early hours of yesterday "
                      "killed five persons and sacked several communities in the Agatu and "
                      "Logo LGAs of Benue State.")) == {"Attack"}


def test_armed_men_killed_stay_a_battle() -> None:
    assert _types("Kurdish fighters killed 12 Islamic State militants near Hasakah on "
                  "Sunday.") == ["Armed clash"]


def test_a_device_state_forces_detonate_is_disposed_of() -> None:
    # event_location
    assert _types("In the Gaza Strip, Israeli soldiers detonated an explosive device near "
                  "the Sufa checkpoint in the south, and no injuries were "
                  "reported.") == ["Disrupted weapons use"]
    assert _types("The Zanzibar Police Force has detonated an object that is believed to be "
                  "a bomb at the Tumbatu, a small island in its northern "
                  "place.") == ["Disrupted weapons use"]


def test_a_bomb_that_went_off_or_a_weapons_test_is_no_disposal() -> None:
    # event_location
    assert _types("Elsewhere, a car parked near the government building of Kirkuk City, "
                  "some 250 km north of Baghdad, detonated and damaged several nearby cars "
                  "and shops without causing casualty, a local police source told Xinhua on "
                  "condition of anonymity.") == ["Remote explosive/landmine/IED"]
    assert _types("India detonated three underground nuclear devices on Monday, defying "
                  "widespread criticism.") != ["Disrupted weapons use"]


def test_a_ground_assault_with_support_or_a_units_name_is_a_battle() -> None:
    # event_location
    assert _types("Backed by MiG-27 warplanes, government troops destroyed 14 rebel bunkers "
                  "close to Jaffna on Sept. 10, killing 70 guerrillas and 17 "
                  "soldiers.") == ["Armed clash"]
    assert _types("With the approval of the Syrian and Russian air forces, the Syrian Armed "
                  "Forces launched their attack on Kinsibba from the recently captured "
                  "village of Shalaf, where they were confronted by a large unit of jihadist "
                  "rebels from Jaysh Al-Fateh (Army of Conquest).") == ["Armed clash"]
    assert set(_types("he Syrian Arab Army’s 137th Artillery Brigade of the 17th Reserve "
                      "Division – backed by the National Defense Forces (NDF) and Hashd "
                      "Al-Sha’abi – launched a counter-attack against the Islamic State of "
                      "Iraq and Al-Sham (ISIS) militants in the western countryside of Deir "
                      "Ezzor on Friday, targeting the terrorist group’s positions near the "
                      "Thardeh Mountains and Panorama Checkpoint.")) == {"Armed clash"}


def test_arms_destroyed_are_the_target_not_the_weapon() -> None:
    # event_location
    assert _types("At least 15 Syrian army soldiers were killed in the clashes, beside the "
                  "destruction of two tanks at the hands of ISIS fighters,") == ["Armed clash"]


def test_strikes_told_as_the_deed_stay_strikes() -> None:
    assert _types("Syrian Air Force jets struck rebel positions in Hama on "
                  "Tuesday.") == ["Air/drone strike"]
    assert _types("Government artillery shelled rebel-held villages near Idlib on "
                  "Monday.") == ["Shelling/artillery/missile attack"]


def test_a_name_police_capture_is_a_person_arrested() -> None:
    # event_location
    assert _types("Last Thursday, Pakistani authorities, in concert with the CIA and FBI, "
                  "captured Abu Zubaydah in a raid in Faisalabad, far from the Afghan border, "
                  "according to U.S. officials who spoke on condition of "
                  "anonymity.") == ["Arrests"]


def test_a_name_shot_by_gunmen_stays_an_attack_on_a_person() -> None:
    assert _types("Mohanna was shot dead by two masked gunmen in north west London on "
                  "Friday.") == ["Attack"]


def test_a_military_aircraft_shot_down_by_name_or_in_a_headline_is_a_battle() -> None:
    # event_location
    assert _types("In November 2015, Turkey shot down a Russian Su-24 for allegedly "
                  "violating Turkish airspace.") == ["Armed clash"]
    assert _types("The Black Hawk was apparently shot down by insurgents, although a U.S. "
                  "investigation has made no final conclusions.") == ["Armed clash"]
    assert _types("Witnesses: Helicopter shot down in Mogadishu fighting.") == ["Armed clash"]


def test_a_drone_shot_down_stays_disrupted_weapons_use() -> None:
    assert _types("Syrian air defences shot down an Israeli drone over Quneitra on "
                  "Monday.") == ["Disrupted weapons use"]
