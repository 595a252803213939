"""False records and types: deaths by accident, hurt feelings, walks and figurative
marches, tolls over two months, crowds fighting riot police, people reported killed
(round V).

ACLED codes political violence by an actor, not a death in an accident; a demonstration
is a public gathering for a political aim, not soldiers ordered to march or a "parade"
on social media; one event is one day and place, so a toll "in March and April" is a
tally; a crowd without arms that fights riot police riots at a demonstration (Violent
demonstration, not Armed clash); people "reported killed by gunmen" are the victims, not
the killers. Sentences quoted from the event_location corpus (Halterman 2019, MIT
licence); near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from conftest import losses as _records


def test_a_death_in_an_accident_is_no_clash() -> None:
    # evloc-5531: the Humvee accident was a second Armed clash near Mosul
    records = _records("Two US soldiers were killed on Saturday in clashes with insurgents in "
                       "the restive western Al-Anbar province, while another US soldier died "
                       "near the northern city of Mosul in an accident involving a Humvee.")
    assert [r[0] for r in records] == ["Armed clash"]


def test_a_soldier_who_died_in_an_attack_stays() -> None:
    records = _records("A US soldier died near the northern city of Mosul on Saturday in an "
                       "attack by insurgents.")
    assert len(records) == 1


def test_a_wounded_spirit_is_no_attack() -> None:
    # evloc-6284: "wounded spirit" was an Attack in Beirut
    assert _records('The movie "Perfect Day" captured the real picture of the wounded spirit '
                    "of Beirut residents in their vibrant city today through the story of the "
                    "wife and son of a man who disappeared 15 years ago, at the height of the "
                    "war in Lebanon.") == []


def test_wounded_people_stay_wounded() -> None:
    records = _records("Gunmen wounded three policemen in Beirut on Monday.")
    assert len(records) == 1


def test_men_ordered_to_march_do_not_protest() -> None:
    # evloc-3110: "march" after "to" (tagged a name) was a Peaceful protest
    assert _records("Lee's hope to take the offense was abruptly shattered, and he issued "
                    "orders for his men to march south.") == []


def test_the_opposite_of_a_parade_is_no_protest_word() -> None:
    # evloc-3838: "opposite" matched the protest cue "oppos"
    assert _records("The reaction was the opposite of the mostly celebratory, Twitter-tape "
                    "parade that marched through social media last month when the Federal "
                    "Aviation Administration finally relented.") == []


def test_people_marching_in_opposition_still_protest() -> None:
    records = _records("Thousands marched through Caracas on Saturday in opposition to the "
                       "new law.")
    assert [r[0] for r in records] == ["Peaceful protest"]


def test_a_toll_in_two_months_is_a_tally() -> None:
    # evloc-7669: an Attack dated April for a toll of March and April
    assert _records("In March and April this year, 5 Syrians – including one child – have "
                    "been shot dead by Turkish border guards while 14 refugees had been "
                    "severely injured.") == []


def test_a_toll_of_one_month_stays() -> None:
    records = _records("In March 2005, 5 Syrians were shot dead by Turkish border guards near "
                       "Kilis.")
    assert len(records) == 1


def test_workers_hurling_rocks_at_riot_police_riot() -> None:
    # evloc-8073: an Armed clash with no actor1
    records = _records("Hurling soda bottles and rocks, hundreds of South Korean workers "
                       "clashed with riot police in central Seoul Thursday over what they "
                       "called the government's hardline labor policy.")
    assert [r[:2] for r in records] == [("Violent demonstration", "Rioters (South Korea)")]


def test_students_clashing_with_riot_police_riot() -> None:
    records = _records("Hundreds of students clashed with riot police in Dhaka on Sunday.")
    assert [r[0] for r in records] == ["Violent demonstration"]


def test_militants_clashing_with_riot_police_fight() -> None:
    records = _records("Militants clashed with riot police in Dhaka on Sunday.")
    assert [r[0] for r in records] == ["Armed clash"]


def test_persons_reported_killed_by_gunmen_are_victims() -> None:
    # evloc-7192: the eleven persons were the killers of an Armed clash
    records = _records("Eleven persons have been reported killed by gunmen suspected to be "
                       "members of the Boko Haram insurgents on Monday night at Galga village "
                       "in Ga'anda District in Gombi Local Government Area of Adamawa State.")
    assert [(r[0], r[2], r[3]) for r in records] == [("Attack", "Civilians (Nigeria)", 11)]


def test_believed_to_have_surrendered_keeps_its_doer() -> None:
    records = _records("Hundreds of Islamic State members are believed to have surrendered to "
                       "the SDF in Raqqa on Monday.")
    assert records and records[0][1] == "Islamic State"
