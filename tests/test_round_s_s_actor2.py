"""Actor2, the target or the other side, of one-sentence event reports (issue 13, round S).

ACLED's actor2 is whom the event was done to: unarmed victims are "Civilians (Country)",
armed ones their force, and a battle is fought between two armed sides. The sentences
below left actor2 empty where the text names the victims or the other side, or coded an
armed side as civilians: a count of people held ("four of his nephews"), the victim of
sexual violence, the second side of "between" hung deep in the first side's phrase, the
people a device's participle tells of, a possessor the parse left as a modifier before a
bracket, the writer an attack (a noun) was aimed at, the side that withdrew from the
place taken. Sentences quoted from the event_location corpus (Halterman 2019, MIT
licence) or written after news reports; the near wordings that keep their reading
guard each rule.
"""

from __future__ import annotations

from functools import partial

from conftest import sides

_sides = partial(sides, published="2016-05-02")


def test_a_count_of_kin_captured_is_civilians() -> None:
    # event_location
    assert _sides("U.S. troops captured four of his nephews on Wednesday, two of whom are "
                  "believed to have been helping him hide and keep one step ahead of his "
                  "American pursuers.") == [
        ("Arrests", "Military Forces of the United States", "Civilians")]


def test_a_count_of_armed_men_captured_is_not_civilians() -> None:
    # written after news reports: the count's body is armed
    assert _sides("U.S. troops captured four of the insurgents on Wednesday near "
                  "Tikrit.") == [("Arrests", "Military Forces of the United States", "")]
    assert _sides("Gunmen kidnapped two members of the security forces in Kirkuk on "
                  "Monday.") == [("Abduction/forced disappearance",
                                  "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")]


def test_sexual_violence_targets_civilians() -> None:
    # event_location
    assert _sides("Unidentified or unnamed militants attacked a group of foreign "
                  "conservation workers in a nature reserve, killed ten, kidnapped two, and "
                  "raped at least one woman,") == [
        ("Sexual violence", "", "Civilians")]  # no country: unnamed (round Z mends)


def test_between_sides_when_the_second_hangs_on_the_first_sides_phrase() -> None:
    # event_location: "gunmen" is parsed as a conjunct of "Defense"
    assert _sides("On Saturday, seven people were killed and 13 others wounded after "
                  "clashes broke out between members of the pro-regime militia of the "
                  "National Defense and gunmen in the city of Latakia, in western Syria.") == [
        ("Armed clash", "NDF: National Defence Forces", "Unidentified Armed Group (Syria)")]


def test_plain_between_sides_stay() -> None:
    # written after news reports
    assert _sides("Clashes broke out between the Syrian army and Islamic State fighters in "
                  "Deir Ezzor on Monday.") == [
        ("Armed clash", "Military Forces of Syria", "Islamic State")]


def test_policemen_among_the_dead_of_a_landmine_are_the_target() -> None:
    # event_location: the people "a landmine killing ..." tells of are not its own words
    assert _sides("Guerrillas detonated a landmine killing seven people, including six "
                  "policemen, in India's eastern state of Jharkhand Thursday as voting began "
                  "in the first phase of staggered assembly elections in the state, according "
                  "to Indo-Asian News Service.") == [
        ("Remote explosive/landmine/IED", "Opposition Rebels (India)", "Police Forces of India")]


def test_a_bomb_aimed_at_civilians_keeps_them() -> None:
    # written after news reports
    assert _sides("Militants detonated a bomb targeting civilians in a market in Kabul, "
                  "killing seven people.") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)",
         "Civilians (Afghanistan)")]


def test_holder_named_before_a_bracket() -> None:
    # event_location: "Jaysh Al-Fateh's (Army of Conquest) control"
    assert _sides("the Syrian Armed Forces began their much needed counter-attack in the "
                  "southwestern sector of Aleppo, targeting the strategic Al-Assad Suburb "
                  "that is under Jaysh Al-Fateh\u2019s (Army of Conquest) control.") == [
        ("Armed clash", "Military Forces of Syria", "Jaish al-Fatah")]


def test_a_writer_who_survived_an_attack_is_its_civilian_target() -> None:
    # event_location
    assert _sides("A liberal Pakistani writer and broadcaster narrowly survived a gun attack "
                  "that claimed the life of his driver and injured a guard on Friday night in "
                  "the city of Lahore.") == [
        ("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")]


def test_a_soldier_who_survived_an_attack_is_not_civilians() -> None:
    # written after news reports
    assert _sides("A soldier survived a gun attack in Lahore on Friday night.") == [
        ("Armed clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan")]


def test_the_side_that_withdrew_lost_the_place() -> None:
    # event_location: the rebels' withdrawal is the same taking, not a record of its own
    assert _sides("AFP reported \"At least 17 Syrians civilians were killed Thursday in "
                  "fighting around the Homs neighbourhood of Baba Amr, as regime forces "
                  "seized control of the district while rebels made a tactical withdrawal, an "
                  "NGO said.") == [
        ("Government regains territory", "Military Forces of Syria",
         "Opposition Rebels (Syria)")]


def test_a_taking_with_no_side_leaving_stays() -> None:
    # written after news reports
    assert _sides("Regime forces seized control of the district of Baba Amr in Homs on "
                  "Thursday.") == [("Government regains territory", "Military Forces of Syria", "")]
