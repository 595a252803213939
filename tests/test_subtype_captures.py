"""Sub-types of captures, stones thrown and killings of captives (issue 13, round E).

Sentences quoted from the RELABEL subset of the event_location corpus (Halterman 2019, MIT
licence), or written after news reports (marked so), one per behaviour. ACLED codebook:
people taken by state forces are Arrests, civilians taken by an armed group an Abduction;
stones thrown are a riot (a violent demonstration by protesters, mob violence by a crowd
with no demonstration), never a battle; the killing of detained people is an Attack, and
an abduction that ends in killing is coded as the killing.
"""

from __future__ import annotations

from conftest import mention_types as _types
from conftest import sides as _records

# ------------------------------------------------------------------ captures of people


def test_a_wanted_man_captured_by_no_one_named_is_arrested():
    # RELABEL: Saddam Hussein, taken by US forces; "captured" with no taker is the state's
    assert [t for t, _, _ in _records(
        "He had been captured in a hole near his northern hometown of Tikrit in December, "
        "eight months after US-led invasion forces toppled his regime.")] == ["Arrests"]
    assert [t for t, _, _ in _records(
        "A third, Kepa Arronategui, was captured, and acknowledged before a judge in Madrid "
        "on Friday that he was a member of the armed separatist group ETA.")] == ["Arrests"]


def test_a_group_named_beside_the_capture_may_be_the_taker():
    # RELABEL: the parse hangs "by separatist rebels" on "others": still their abduction
    assert [t for t, _, _ in _records(
        "The four Britons, all biologists, were captured with the 10 others by separatist "
        "rebels in the Baliem Valley, in Indonesia's easternmost province of Irian Jaya, "
        "late on Monday.")] == ["Abduction/forced disappearance"]


def test_an_insurgency_is_no_de_facto_authority():
    # written after news reports: the PKK (Kurdish rebels) does not arrest; soldiers it
    # captures were taken in a fight (round M: Abduction is of civilians)
    assert _records("In October Kurdish rebels captured eight Turkish soldiers in northern "
                    "Iraq.") == [("Armed clash",
                                  "PKK: Kurdistan Workers Party", "Military Forces of Turkey")]


def test_fighters_captured_in_a_clash_are_part_of_it():
    # RELABEL: "two of whom" are the gunmen of the clash; no arrest beside the battle (the
    # capture is typed as the clash it was taken in)
    assert _types("And in the southern province of Muthanna, an Iraqi army captain was "
                  "killed and two others soldiers wounded in clashes with gunmen, two of whom "
                  "were captured.") == ["Armed clash", "Armed clash"]


def test_a_raid_people_are_arrested_in_is_no_attack():
    # written after news reports
    assert _records("Police arrested 12 suspected militants in a raid on a house in Peshawar "
                    "on Monday.") == [("Arrests", "Police Forces of Pakistan",
                                       "Unidentified Armed Group (Pakistan)")]


# ------------------------------------------------------------------ stones thrown

def test_stones_thrown_in_a_clash_make_a_riot():
    # written after news reports: youths, no demonstration: mob violence
    assert _records("Stone-throwing youths clashed with Indian troops in Srinagar on "
                    "Friday.") == [("Mob violence", "Rioters (India)", "Military Forces of India")]
    assert _types("Clashes erupted in Nablus on Friday as dozens of Palestinian youths hurled "
                  "rocks at Israeli troops.") == ["Mob violence", "Violent demonstration"]


def test_protesters_throwing_stones_are_a_violent_demonstration():
    # written after news reports
    assert [t for t, _, _ in _records(
        "Protesters clashed with riot police in Cairo on Friday, throwing stones.")] == [
        "Violent demonstration"]


# ------------------------------------------------------------------ killings of captives

def test_captives_beheaded_are_an_attack():
    # written after news reports
    assert _records("Islamic State militants captured three soldiers and later beheaded them "
                    "near Raqqa on Monday.") == [
        ("Attack", "Islamic State", "Military Forces of Syria")]


def test_an_abduction_that_ends_in_killing_is_the_killing():
    # written after news reports
    assert [t for t, _, _ in _records(
        "Gunmen kidnapped and killed a journalist in Mosul on Monday.")] == ["Attack"]
    # RELABEL: shot by his captors
    assert [t for t, _, _ in _records(
        "But in March, a worker for the International Committee of the Red Cross, Ricardo "
        "Munguia of El Salvador, was fatally shot in south Afghanistan, with his captors "
        "apparently receiving orders from a former Taliban commander, Mullah Dadullah, who "
        "is wanted by the Afghan government.")] == ["Attack"]


def test_policemen_shot_after_their_abduction_are_no_battle():
    # written after news reports: detained men are unarmed; the killers are the militants
    assert [t for t, _, a2 in _records(
        "Militants shot dead two policemen they had abducted in Sinai on Sunday.")] == ["Attack"]


def test_dead_and_imprisoned_as_adjectives_are_no_killing_of_captives():
    # written after a Guardian report: "dead or imprisoned" describe the militants
    assert "Arrests" in _types("Since then they have been alone in Camp Roj, the miserable "
                               "new home of the families of dead or imprisoned militants.")


def test_a_name_captured_along_with_men_is_a_person():
    # RELABEL: the tagger calls "Beltran" a place; "hit men" are no attack
    assert _types("Special army forces captured Beltran on Monday along with three alleged "
                  "hit men in the northwestern state of Sinaloa, for which the cartel is "
                  "named.") == ["Arrests"]
