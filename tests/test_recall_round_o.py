"""Recall of one-sentence reports, round O (issue 13): an incident told in passing.

- a person named by a one-word name, an age in apposition or a "who" clause, shot or
  captured ("Kadirgamar, 73, was fatally shot", "Saddam is captured ... in the town of
  Adwar"): a person, so an attack or an arrest, not nothing or a place taken;
- "the three were shot dead": people counted, not a basket scored;
- people "captured" in a country at war, in a brief: taken in that war (the codebook's
  arrest or abduction), never a crime;
- an event noun's "of" phrase or possessor is its victim ("the killing of US diplomat
  Laurence Foley in Amman"), also when a charge names only who did it ("suspected of
  being behind");
- heads of government, judges, camera crews and clerics are political victims;
- a sentence opening on a bare "Earlier," tells the same news, not background.

Sentences quoted from the judged development pool, which is drawn from the
event_location corpus (Halterman 2019, MIT licence), or written after news reports.
"""

from __future__ import annotations

import frontlines


def _records(text: str, published: str = "2005-08-15") -> list[tuple]:
    return sorted((e.sub_event_type, e.location or "", e.actor2)
                  for e in frontlines.extract(text, published=published))


def test_three_shot_dead_are_people_not_a_basket() -> None:
    recs = frontlines.extract("The three were shot dead by undercover troops near Hebron "
                              "Sunday.", published="2000-11-14")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in recs] == [
        ("Attack", "Hebron", 3)]


def test_a_premier_shot_by_no_one_named_is_an_attack() -> None:
    # "government headquarters" is a building, not armed men hit; a premier is a
    # political victim
    recs = frontlines.extract(
        "Djindjic, Serbia's first democratic premier in more than 50 years, was fatally "
        "shot March 12 as he stepped out of his car in front of government headquarters "
        "in downtown Belgrade.", published="2003-04-10")
    assert [(e.sub_event_type, e.location, str(e.event_date), e.actor1) for e in recs] == [
        ("Attack", "Belgrade", "2003-03-12", "Unidentified Armed Group (Serbia)")]


def test_a_one_word_name_captured_is_an_arrest() -> None:
    recs = frontlines.extract("Dec. 13, 2003 _ Saddam is captured at 8:30 p.m. in the town "
                              "of Adwar, 10 miles (16 kilometers) south of Tikrit.",
                              published="2004-06-30")
    assert [(e.sub_event_type, str(e.event_date)) for e in recs] == [
        ("Arrests", "2003-12-13")]


def test_people_captured_in_a_country_at_war_are_taken_in_it() -> None:
    recs = frontlines.extract("Twenty-three South Korean aid workers were captured in the "
                              "southern province of Ghazni on July 19.",
                              published="2007-08-20")
    assert [(e.sub_event_type, e.admin1, str(e.event_date)) for e in recs] == [
        ("Abduction/forced disappearance", "Ghazni", "2007-07-19")]
    # an arrest of a burglar in a country at peace stays out
    assert frontlines.extract("Two men were captured in Fargo on Tuesday after a burglary.",
                              published="2007-08-20") == []


def test_the_victim_of_a_killing_noun_and_a_charge_of_who_did_it() -> None:
    recs = frontlines.extract(
        "Colonel Hassan said Abu Mussab al-Zarqawi, suspected of being behind the killing "
        "of US diplomat Laurence Foley in Amman in late October, had taken refuge in the "
        "enclave.", published="2003-01-10")
    assert [(e.sub_event_type, e.location, str(e.event_date)[:7]) for e in recs] == [
        ("Attack", "Amman", "2002-10")]
    # a charge of the deed itself stays a charge
    assert frontlines.extract("He was charged with the murder of a police officer.",
                              published="2003-01-10") == []


def test_a_claimed_murder_is_a_claim() -> None:
    assert frontlines.extract(
        "Al-Qaeda in the Indian Subcontinent (AQIS) has claimed murder of an American "
        "atheist blogger in Bangladesh over two months ago, according to SITE Intelligence "
        "Group", published="2015-06-30") == []


def test_a_cameraman_shot_is_a_political_victim() -> None:
    recs = frontlines.extract(
        "French cameraman Jilles Jacquier, a cameraman for France 2 television, was shot "
        "as he stepped out of his car at the entrance to a refugee camp near the city of "
        "Nablus.", published="2012-01-12")
    assert [e.sub_event_type for e in recs] == ["Attack"]


def test_a_sentence_opening_on_earlier_tells_the_same_news() -> None:
    assert _records("Earlier in the day, a roadside bomb detonated near Baghdad's heavily "
                    "fortified Green Zone as a U.S. patrol passing by, killing a civilian "
                    "and wounding two others.") == [
        ("Remote explosive/landmine/IED", "Green Zone", "Civilians (Iraq)")]
    assert _records("Earlier the rebels, approaching from the west, captured the town of "
                    "Kipushi, some 30 kilometres (20 miles) distant.")[0][:2] == (
        "Non-state actor overtakes territory", "Kipushi")
    # "earlier this year" stays the background it was: no town of its own, no record
    assert _records("Earlier this year rebels captured the town.") == []
    assert _records("Earlier, rebels captured the town.") != []


def test_a_span_earlier_dates_the_incident() -> None:
    # "about a week earlier", "late last month": a date of its own, not undated background
    recs = frontlines.extract(
        "About a week earlier, Hezbollah captured three Israeli soldiers in a guerrilla raid "
        "in the disputed Chebaa Farms area near the border in southern Lebanon.",
        published="2000-10-16")
    assert [(e.sub_event_type, e.actor1, str(e.event_date), e.time_precision)
            for e in recs] == [("Armed clash", "Hezbollah", "2000-10-09", 2)]
    recs = frontlines.extract("The rebels late last month captured the town in the South "
                              "Kivu lakeside region.", published="1996-11-10")
    assert [(e.sub_event_type, str(e.event_date), e.time_precision) for e in recs] == [
        ("Non-state actor overtakes territory", "1996-10-01", 3)]


def test_victims_captured_by_kidnappers_are_people() -> None:
    # "the victims", "a German national": people taken, not a place
    recs = frontlines.extract(
        "The kidnappers, under the command of former contra Mario Rivera, captured the "
        "victims late Sunday in an area known as El Tablazo, some 15 kilometers (nine miles) "
        "north of Wamblan in the department of Jinotega.", published="2000-11-30")
    assert [(e.sub_event_type, e.admin1) for e in recs] == [
        ("Abduction/forced disappearance", "Jinotega")]
