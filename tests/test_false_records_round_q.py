"""False records of one-sentence event reports (issue 13, precision, round Q).

The codebook codes an incident at a place and a time. A force's patrol, guard or
deployment, and the event nouns that only say where or why it stands, are no incident;
nor is a crackdown's row of participles summed "in recent months", a habit told with
"sometimes", a police haul of drugs, the damage a fire or a storm did, one person's
protest in words, or a suspicious package the police made safe. Sentences quoted from
the event_location corpus (Halterman 2019, MIT licence) or written after news reports;
the kept incidents beside each rule guard it.
"""

from __future__ import annotations

from conftest import types as _types


def test_a_patrol_or_a_vigil_is_no_incident() -> None:
    # event_location
    assert _types("Dozens of riot police patrolled the area around the site of the Moscow "
                  "clash, checking pedestrians' documents.") == []
    assert _types("The Chechen rebels patrolled Pervomayskaya's perimeter armed with grenade "
                  "launchers and anti-tank and anti-aircraft rockets.") == []
    assert _types("While two military helicopters patrolled the sky as Prime Minister Atal "
                  "Bihari Vajpayee unfurled the tricolor and addressed the nation from "
                  "ramparts of the Red Fort, commandos and sharp- shooters from police and "
                  "para-military forces maintained a strict vigil from the ground and "
                  "high-rise positions.") == []
    assert _types("U.N. military observers in white jeeps patrolled the streets of this "
                  "eastern town to verify the withdrawal, while Rwandan helicopter gunships "
                  "hovered overhead to provide security for troops traveling in a convoy of "
                  "45 trucks that rolled into Bukavu from remote locations.") == []


def test_incidents_beside_a_patrol_stay() -> None:
    # event_location: a clash with a verb of its own, a bomb on the patrol, a dated site
    assert _types("Riot police were patrolling two villages in southern Kazakhstan on "
                  "Thursday after a weekend clash between ethnic Kazakhs and Chechens left "
                  "three men dead and six others injured, according to police and media "
                  "reports.") != []
    assert _types("A squad of soldier were patrolling on a village road in Kapho district, "
                  "Pattani when their vehicle was hit by a bomb detonated at 8:30 p.m. "
                  "Sunday.") != []
    assert _types("The two army soldiers were patrolling along a road in Ranage district of "
                  "Narathiwat while two insurgents riding motorcycle shot at them.") != []
    assert _types("Police and National Guardsmen patrolled bus stops, the Caracas "
                  "headquarters of the Venezuelan Workers Confederation and state-owned oil "
                  "monopoly Petroleos de Venezuela _ sites of violence between strikers and "
                  "government supporters Tuesday Venezuela's chief labor leader called on "
                  "the military to compel President Hugo Chavez to cede to the workers' "
                  "demands.") != []


def test_a_crackdown_over_months_and_a_habit_are_no_incident() -> None:
    # event_location
    assert _types("The government has clamped down on Chinese advocacy groups in recent "
                  "months, raiding their offices, arresting employees and shuttering a "
                  "number of organizations.") == []
    assert _types("Israel sometimes destroys the family homes of Palestinians accused in "
                  "terrorist attacks.") == []
    # a participle with a day of its own stays
    assert _types("Troops have shelled the town for weeks, killing five civilians in the "
                  "market on Sunday.") != []


def test_a_drug_haul_and_a_hazard_are_no_political_violence() -> None:
    # event_location
    assert _types("The Colombian highway patrol police seized on Monday 3.5 tons of pressed "
                  "marijuana on the Cuestecitas-Hatonuevo road of the northeastern Colombian "
                  "state of La Guajira.") == []
    assert _types("The fire has destroyed at least 10 houses in the suburbs of the city of "
                  "Coimbra, about 200 kilometers (120 miles) north of Lisbon.") == []
    assert _types("In the northwestern town of Mrkonjic Grad, a building housing about 60 "
                  "British troops was destroyed by fire.") == []
    # gunfire with its side named stays
    assert _types("Israeli tank fire destroyed a house in the Gaza town of Rafah on Sunday, "
                  "witnesses said.") == ["Shelling/artillery/missile attack"]


def test_a_suspicious_package_made_safe_is_no_explosion() -> None:
    # event_location
    assert _types("Los Angeles police detonated a suspicious package on Monday after it "
                  "caused a scare at a warehouse store in the city.") == []
    assert _types("Militants detonated a car bomb near a police station in Mosul on "
                  "Monday.") != []


def test_one_persons_protest_in_words_is_no_demonstration() -> None:
    # event_location
    assert _types("The Russian dissident and nuclear physicist Andrei Sakharov "
                  "protested.") == []
    assert _types("Mayor Rudolph W. Giuliani once berated a caller who protested the city's "
                  "ban on ferrets, lamenting the man's ''sickness'' and urging a mental "
                  "health intervention.") == []
    assert _types("Hundreds of students protested outside the embassy in Manila on "
                  "Monday.") == ["Peaceful protest"]


def test_a_campaign_across_a_country_and_a_wars_origin_are_no_incident() -> None:
    # event_location
    assert _types("The Syrian Air Force launched another large-scale aerial campaign across "
                  "Syria, striking several areas under the control of Jabhat Al-Nusra "
                  "(Syrian Al-Qaeda group) and the Islamic State of Iraq and Al-Sham "
                  "(ISIS).") == []
    assert _types("Some 130,000 people have been killed and a quarter of Syrians driven from "
                  "their homes in the civil war, which began with peaceful protests against "
                  "40 years of Assad family rule and has descended into a sectarian "
                  "conflict.") == []
    # a strike with its own place and day stays
    assert _types("Syrian warplanes struck the town of Saraqeb in Idlib province on Sunday, "
                  "killing seven civilians.") == ["Air/drone strike"]
