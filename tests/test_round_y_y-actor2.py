"""Actor2 empty or of the wrong side where the sentence names the side hit (round Y).

ACLED's actor2 is whom the event was done to: soldiers on patrol when a bomb went off, a
police car a device was set under, the state a place was taken from, the side holding a
place hit, a member's group. Sentences quoted from the event_location corpus (Halterman
2019, MIT licence) or written after news reports; each rule sits beside a near wording
that keeps its reading.
"""

from __future__ import annotations

import frontlines


def _sides(text: str, published: str = "2016-05-02") -> list[tuple[str, str, str]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in frontlines.extract(text, published=published)]


def _actor2s(text: str) -> list[str]:
    return [a2 for _t, _a1, a2 in _sides(text)]


def test_soldiers_patrolling_when_a_bomb_exploded_are_its_target() -> None:
    # event_location: the "when" of the bomb's clause hangs on its second verb
    assert _actor2s("The soldiers had been patrolling Narathiwat's Chanae district when a "
                    "bomb hidden on the road exploded and flipped their truck over, "
                    "according to the army.") == ["Military Forces of Thailand"]
    # event_location: the "when" clause parsed as a relative clause of "local time"
    assert _actor2s("Six soldiers were patrolling the Bang Khunthong-Torlung Road in Yuyo "
                    "Village in Takbai district at around 10:30 a.m. local time ( 0330 GMT) "
                    "when the explosion occurred, according to the local newspaper the "
                    "Nation's website.") == ["Military Forces of Thailand"]


def test_a_deed_of_the_soldiers_is_no_patrol_hit() -> None:
    # the clause the bomb's "when" hangs on tells a deed done (not ongoing): no target
    assert _actor2s("The soldiers had searched Narathiwat's Chanae district when a bomb "
                    "hidden on the road exploded and flipped a truck over, according to "
                    "the army.") == [""]
    # people who are no armed side, though ongoing, are no side the clause names
    assert _actor2s("Villagers were shopping in Narathiwat's Chanae district when a bomb "
                    "hidden on the road exploded and flipped a truck over, according to "
                    "the army.") == [""]


def test_a_local_police_officer_wounded_is_the_police() -> None:
    # event_location
    assert _actor2s("The first bomb, detonated in Krongpinang district, wounded a local "
                    "police officer while he was patrolling the area.") == [
        "Police Forces of Thailand"]


def test_a_blast_under_a_police_car_targets_the_police() -> None:
    # event_location
    assert _actor2s("The blast occurred under a police car at an open-air concert by Turkish "
                    "pop star Candan Ercetin in the city of Mersin.") == [
        "Police Forces of Turkey"]
    # a car with no holder named is no side's
    assert _actor2s("The blast occurred under a car at an open-air concert by Turkish pop "
                    "star Candan Ercetin in the city of Mersin.") == [""]


def test_a_place_taken_from_a_state_names_its_forces() -> None:
    # event_location: the type stays Government regains territory (a state took it)
    assert _sides("Eritrea captured the Red Sea island of Hanish al-Kabir from Yemen on "
                  "December 18, part of an archipelago of nine guarding access to busy "
                  "shipping lanes, after three days of fighting which left nine soldiers "
                  "dead.", published="1995-12-20") == [
        ("Government regains territory", "Military Forces of Eritrea",
         "Military Forces of Yemen")]
    # a distance "from" a country names no loser
    assert _actor2s("Rebels captured the town of Tal Abyad, 10 km from Turkey, on "
                    "Monday.") == [""]


def test_a_garrison_of_government_fighters_is_the_state_forces() -> None:
    # event_location
    assert _actor2s("Tamil rebels captured Mullaittivu last July after overrunning a "
                    "garrison of 1,400 government fighters.") == ["Military Forces of Sri Lanka"]
    # "anti-government fighters" are not the state's
    assert "Military Forces of Sri Lanka" not in _actor2s(
        "Troops killed 12 anti-government fighters in Kilinochchi on Monday.")


def test_the_holder_a_places_apposition_or_control_clause_names() -> None:
    # event_location
    assert _actor2s("In retaliation for their losses, Islamist insurgents are reportedly "
                    "shelling Fuah and Kafraya, a small government-held enclave north of "
                    "Idlib city.") == ["Military Forces of Syria"]
    # event_location
    assert _actor2s("The Syrian Arab Army (SAA), backed by Liwaa Al-Quds (Palestinian "
                    "paramilitary), launched a large-scale offensive in southern Aleppo "
                    "today, targeting the key district of Al-Ramouseh that is under "
                    "jihadist rebel control.") == ["Opposition Rebels (Syria)"]


def test_an_israeli_border_policeman_is_israels_police() -> None:
    # event_location
    sides = _sides("In a resurgence of violence in the Gaza Strip, a Palestinian gunman shot "
                   "dead an Israeli border policeman Saturday and was then killed himself, "
                   "the second straight day of turmoil in a territory that had been "
                   "relatively calm in recent weeks.")
    assert [a2 for _t, _a1, a2 in sides] == ["Police Forces of Israel"]
    # a border policeman with no demonym is the police of the place
    assert _actor2s("Gunmen shot dead a border policeman in Hasakah on Monday.") == [
        "Police Forces of Syria"]


def test_a_victims_who_clause_tells_his_group() -> None:
    assert _actor2s("Gunmen shot dead Ahmed, who was a commander of the Islamic State, in "
                    "Mosul on Monday.") == ["Islamic State"]
    # a who-clause that names a trade leaves him a civilian
    assert _actor2s("Gunmen shot dead Ahmed, who was a teacher, in Mosul on Monday.") == [
        "Civilians (Iraq)"]


def test_a_states_enclave_shot_at_names_its_forces() -> None:
    # event_location
    assert _actor2s("Later, a dozen Palestinian gunmen shot at Joseph's Tomb, a tiny Israeli "
                    "enclave in Nablus.") == ["Military Forces of Israel"]
    # an apposition that tells no hold names no side
    assert _actor2s("Regime forces shelled Douma, a town of 100,000 people, on "
                    "Monday.") == [""]
