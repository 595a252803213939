"""Sub-types of aircraft shot down, lines taken, vigilantes who shoot, bombers in their blast
(issue 13, round K).

Sentences written after news reports, one per behaviour, and one quoted from the RELABEL
subset of event_location (MIT). ACLED codebook: a manned aircraft shot down by the other
side is an Armed clash, a drone or a rocket brought down is Disrupted weapons use;
positions, outposts and checkpoints taken are a battle won at the front (Armed clash), not
territory, which needs a town, a village or an area taken; armed men who shoot people
dead commit an Attack (or an Armed clash on armed men), where a crowd's violence, a
lynching or a beating, is Mob violence; a bomber killed in his own blast is a Suicide
bomb.
"""

from __future__ import annotations

from functools import partial

from conftest import types

_types = partial(types, published="2015-06-01")


# ------------------------------------------------------------------ aircraft shot down

def test_a_helicopter_shot_down_by_rebels_is_a_clash():
    assert _types("Rebels shot down an army helicopter during fighting near Idlib on "
                  "Monday.") == ["Armed clash"]
    assert _types("An army helicopter was shot down by rebels amid heavy fighting near "
                  "Aleppo.") == ["Armed clash"]


def test_a_drone_or_rockets_shot_down_stay_disrupted_weapons_use():
    assert _types("Air defences shot down a drone over Damascus on Sunday.") == [
        "Disrupted weapons use"]
    assert _types("Israel's Iron Dome shot down two rockets fired from Gaza.") == [
        "Disrupted weapons use"]


# ------------------------------------------------------------------ lines taken

def test_positions_captured_are_a_clash():
    assert _types("Rebels captured three regime positions near Hama on Wednesday.") == [
        "Armed clash"]
    assert _types("Rebels seized several army checkpoints near Daraa on Friday.") == [
        "Armed clash"]


def test_an_outpost_captured_is_a_clash():
    # RELABEL (event_location, MIT)
    assert _types("Also on Friday, government soldiers captured a guerrilla outpost further "
                  "northwest on Route 58 at Phum Kbal Krabei (Buffalo Head Village), about "
                  "34 kilometers (21 miles) north of Pailin.") == ["Armed clash"]


def test_a_town_captured_stays_territory():
    assert _types("Troops recaptured the town of Morfou from the rebels.") == [
        "Government regains territory"]


# ------------------------------------------------------------------ vigilantes who shoot

def test_vigilantes_who_shoot_people_dead_attack():
    assert _types("Vigilantes shot dead four suspected thieves in Maiduguri.") == ["Attack"]
    assert _types("Armed vigilantes shot dead three men accused of stealing cattle in "
                  "Zamfara.") == ["Attack"]


def test_a_mob_of_vigilantes_and_a_lynching_stay_mob_violence():
    assert _types("A mob of vigilantes beat a suspected thief to death in Lagos.") == [
        "Mob violence"]
    assert _types("Vigilantes lynched two men accused of witchcraft in Kasese.") == [
        "Mob violence"]


def test_a_warplane_shot_down_is_no_air_strike():
    # the aircraft is what was hit: no Air/drone strike record beside the clash
    assert _types("Rebels downed a government helicopter near Hama on Monday.") == [
        "Armed clash"]


# ------------------------------------------------------------------ the bomber in his blast

def test_a_bomber_killed_by_his_own_car_bomb_is_a_suicide_bomb():
    assert _types("The driver detonated the explosives packed in his car near an army "
                  "checkpoint in Ramadi, killing four soldiers and himself.") == ["Suicide bomb"]
    assert _types("A car bomb exploded near a market in Baquba, killing 12 people including "
                  "the bomber.") == ["Suicide bomb"]


def test_a_gunman_who_kills_himself_is_no_bomber():
    assert _types("A gunman killed five people and himself at a school in Peshawar.") == [
        "Attack"]
    assert _types("A roadside bomb killed three soldiers in Kandahar on Monday.") == [
        "Remote explosive/landmine/IED"]
