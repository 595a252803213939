"""Sub-event types decided by who is hit and what is taken (ACLED codebook), on sentences of
the adjudicated RELABEL subset of "Geolocating political events in text" (Halterman 2019,
github.com/ahalterman/event_location, MIT licence), quoted as the data set gives them.

- Violence against soldiers, police or militants is a battle (Armed clash: armed, organised
  groups fight); Attack is violence against civilians, and one person named by name, pronoun
  or a civilian's word, killed by armed men, is a civilian.
- People captured are arrested or abducted, never territory taken (fighters taken during a
  battle are part of it); a suspect or a member of an armed group taken by an unnamed
  taker is arrested.
- Shots fired into the air hit no one; "air bombed" is an air strike.
"""

from __future__ import annotations

from functools import partial

from conftest import types

_types = partial(types, published=None)


def test_gunfire_on_soldiers_is_a_battle():
    assert _types("On Thursday, gunmen shot dead an American soldier and wounded five in the "
                  "nearby city of Fallujah, where there has been strong resistance to the U.S. "
                  "occupation.") == ["Armed clash"]
    assert _types("A British soldier has been shot dead while on patrol in southern "
                  "Afghanistan.") == ["Armed clash"]


def test_one_unarmed_person_killed_by_armed_men_is_an_attack():
    assert _types("However, the gunmen then killed Mohammad right before her eyes.") == [
        "Attack"]
    assert _types("On Monday, public prosecutor Sardar Khan, 50, was shot and killed outside "
                  "his children's school in the southern city of Karachi after bringing seven "
                  "Sunni militants before a special anti-terror court on charges of murdering "
                  "two Iranian engineers in February.") == ["Attack"]
    # gunmen who shot a policeman and two civilians attacked civilians (not only a battle);
    # the policeman shot in Pattani is an event of its own (one event per location)
    types = _types("In separate attacks Saturday, gunmen fatally shot a policeman, businessman "
                   "and rubber plantation worker in Yala, and another policeman in Pattani, "
                   "said police Col.")
    assert len(types) == 2 and types[0] == "Attack"


def test_civilians_of_a_people_are_civilians():
    # "Kurdish" is an armed side's word elsewhere ("Kurdish forces"); here it says whose
    # civilians were killed
    assert _types("Dozens of Kurdish civilians were killed when militants of Nusra and Ahrar "
                  "al-Sham hit the Jumla and Diwan villages in Afrin countryside earlier on "
                  "Tuesday.") == ["Attack", "Attack"]  # one per village (round N)


def test_people_captured_are_not_territory():
    territory = {"Government regains territory", "Non-state actor overtakes territory"}
    # fighters taken during the clashes are part of the battle, no arrest beside it
    assert _types("During the clashes, the Kurdish forces killed at least 31 regime fighters "
                  "and captured 102, after losing 13 YPG fighters.") == ["Armed clash"]
    liberia = _types("State radio reported fighting Sunday at Todee, northeast of Monrovia, "
                     "saying rebels had injured a number of government fighters and captured "
                     "one.")
    assert liberia == ["Armed clash"] and not territory & set(liberia)
    assert _types("A key aide to Abu Musab al-Zarqawi, the leading Al-Qaeda operative in Iraq, "
                  "has been captured by US forces in Iraq in what the top American general "
                  "described late Tuesday as a \"pretty good success.\"") == ["Arrests"]


def test_suspects_taken_by_an_unnamed_taker_are_arrested():
    assert _types("The suspects were captured during a raid on a house in Dunya Pur, a small "
                  "town about 100 kilometers (60 miles) northeast of the city of Multan, "
                  "Deputy Inspector-General of Police Iftikhar Chaudhry told reporters.") == [
        "Arrests"]


def test_shots_into_the_air_hit_no_one():
    assert _types("In Ramallah, armed PLO officers shot Kalashnikov rifles and pistols into "
                  "the air outside the house of Jamil Tarifi, Arafat's outgoing civilian "
                  "affairs minister who won a council seat.") == []


def test_air_bombed_is_an_air_strike():
    assert _types("Then the breakaway Krajina Serbs from Croatia reportedly air bombed the "
                  "area on Wednesday.") == ["Air/drone strike"]
