"""actor1 and fatalities: named groups the table lacked, described doers, one person
killed (round U).

ACLED codes a named armed group by its own name (the IRA is no "Unidentified Armed
Group", the New Syrian Army no state army), a described one by its generic name ("Tribal
rebels": Opposition Rebels of the country), never the group the dead belonged to as their
killer; one person "gunned down" or "shot dead" is one death whatever trade the report
gives him. Sentences quoted from the event_location corpus (Halterman 2019, MIT licence)
or written after news reports; near wordings that keep their reading guard each rule.
"""

from __future__ import annotations

from conftest import losses as _records


def test_tribal_rebels_are_rebels_of_the_country() -> None:
    # event_location (evloc-9366): actor1 was empty
    assert _records('"Reuters reported on 10 April 2000, that "Tribal rebels shot dead 11 '
                    "people, all non-tribals, in India's northeastern state of Assam.") == [
        ("Attack", "Opposition Rebels (India)", "Civilians (India)", 11)]


def test_a_run_on_verb_keeps_the_subject_of_the_verb_before_it() -> None:
    # event_location (evloc-4246): "captured" hung on "acting"; actor1 was empty
    assert _records("American troops acting on tips in eastern Baghdad on Saturday captured "
                    "a suspect believed to be a key assistant to one of the fugitive militia "
                    "leaders, according to a statement.")[0][:2] == (
        "Arrests", "Military Forces of the United States")


def test_armed_attackers_who_set_fire_and_killed() -> None:
    # event_location (evloc-3277, the quoted report): actor1 was empty
    records = _records('On 1 March 2002, AP reported that "Armed attackers forced villagers '
                       "to huddle together, then set fire to their homes Friday, killing at "
                       "least 30 people in one of several attacks during widespread religious "
                       "clashes between Hindus and Muslims in Gujarat state...")
    assert [(a1, f) for _s, a1, _a2, f in records] == [
        ("Unidentified Armed Group (India)", 30)]


def test_the_ira_is_named_by_its_name() -> None:
    # written after news reports: "The Irish Republican Army" was Ireland's army
    assert _records("The Irish Republican Army shot dead a British soldier in Belfast.")[0][1:] \
        == ("IRA: Irish Republican Army", "Military Forces of the United Kingdom", 1)
    assert _records("IRA gunmen shot dead a policeman in Belfast.")[0][1] == \
        "IRA: Irish Republican Army"


def test_the_new_syrian_army_is_no_state_army() -> None:
    # event_location (evloc-5810): actor1 was Military Forces of Syria
    records = _records("Initially, the New Syrian Army advanced deep into the Deir Ezzor "
                       "Governorate, capturing the Al-Hamdan Airbase near the targeted city of "
                       "Abukamaal.", published="2016-07-01")
    assert records[0][1] == "New Syrian Army"


def test_the_group_of_the_dead_is_not_their_killer() -> None:
    # event_location (evloc-3200): actor1 was Jabhat Fateh al-Sham, the dead's own group
    records = _records("Abdul Mohsen Abdallah Ibrahim al-Charekh, also known as Sanafi al-Nasr, "
                       "a Suadi national, was killed Thursday in an airstrike near the northern "
                       "Syrian town of Dana, along with another Saudi and a Moroccan member of "
                       "al-Nusra, media activist Ziyad Homsi told ARA News.",
                       published="2015-10-20")
    assert [(s, a1) for s, a1, _a2, _f in records] == [("Air/drone strike", "")]


def test_a_named_group_that_did_it_stays_the_doer() -> None:
    # guard: the group of a by-phrase is still the doer ("fighters of al-Shabaab")
    assert _records("Five soldiers were killed in an ambush by fighters of al-Shabaab near "
                    "Mogadishu.")[0][1] == "Al Shabaab"


def test_one_person_gunned_down_is_one_death() -> None:
    # event_location (evloc-6992): "stone-thrower", "16-year-old" gave no death
    records = _records("A 16-year-old stone-thrower was shot and killed in the town of "
                       "Qalqiliya, and another 16-year-old was killed in Tulkarem.")
    assert records[0][3] == 1
    # written after news reports: a trade the person-noun list lacks
    assert _records("A shopkeeper was gunned down in Karachi on Monday.")[0][3] == 1
    assert _records("A schoolteacher was shot dead by militants in Srinagar on Friday.")[0][3] \
        == 1


def test_things_destroyed_are_no_deaths() -> None:
    # guard: a thing hit is no person, and nothing is counted without a killing
    assert _records("A bridge was blown up in Mosul.") == []
    assert _records("Gunmen shot dead a policeman in Peshawar on Monday.")[0][3] == 1
    assert [r[3] for r in _records("Gunmen torched a shopkeeper's store in Karachi.")] in (
        [], [0])


def test_a_creed_word_points_back_to_no_group_but_kurdish_rebels_stay_the_pkk() -> None:
    # guard: a listed people's rebels keep their group; a creed's militiamen their reading
    assert _records("Kurdish rebels killed three soldiers in Hakkari province.")[0][1] == \
        "PKK: Kurdistan Workers Party"
    assert _records("Kurdish fighters killed five Islamic State militants near Kobani.",
                    published="2015-01-10")[0][1] == "YPG: People's Protection Units"
