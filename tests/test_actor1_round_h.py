"""actor1, round H: the perpetrator a sentence names after the victims' companions in a
passive, the unnamed side of an ambush, groups named in an armed word's "of" phrase by
a name that is theirs in one country, groups missing from the actor file, and the subject
of a progressive event verb. Sentences quoted from the RELABEL subset of the
event_location corpus (Halterman 2019, MIT licence), or written after news reports of
the kinds a held-out reading found with an empty actor1."""

from __future__ import annotations

from conftest import sides as _rows


def test_a_passive_by_after_the_victims_companions():
    # RELABEL: "with the 10 others" took the "by" phrase in the parse
    assert _rows("The four Britons, all biologists, were captured with the 10 others by "
                 "separatist rebels in the Baliem Valley, in Indonesia's easternmost "
                 "province of Irian Jaya, late on Monday.")[0][1] == (
        "Opposition Rebels (Indonesia)")
    assert _rows("Two journalists were seized along with their guide by armed men in "
                 "Zamfara state on Sunday.")[0][1] == "Unidentified Armed Group (Nigeria)"


def test_an_ambush_has_an_unnamed_perpetrator():
    # RELABEL: neither side resolves, but an ambush is an attack from hiding
    assert _rows("Kupczyk, 44, an officer with the 12th Mechanized Brigade in the Baltic Sea "
                 "port, was shot in an ambush north of Karbala Thursday.")[0][1] == (
        "Unidentified Armed Group (Iraq)")
    assert _rows("Four contractors were killed in an ambush in Fallujah on Wednesday.")[0][1] \
        == "Unidentified Armed Group (Iraq)"
    # plain fighting with no side named has no perpetrator to code
    assert _rows("Dozens of people were killed in fighting in Syria's Aleppo province on "
                 "Friday.")[0][1] == ""


def test_a_country_scoped_name_in_an_of_phrase():
    assert _rows("Fighters from the Islamic Front attacked an army checkpoint in Aleppo on "
                 "Monday, killing five soldiers.")[0][1] == "Islamic Front"
    assert _rows("Fighters of the Abu Sayyaf attacked an army checkpoint in Jolo on Monday, "
                 "killing five soldiers.")[0][1] == "Abu Sayyaf Group"


def test_groups_added_to_the_actor_file():
    assert _rows("Faylaq al-Rahman fighters shelled Damascus on Sunday, killing two "
                 "civilians.")[0][1] == "Faylaq al-Rahman"
    assert _rows("Lord's Resistance Army rebels killed 20 villagers near Dungu in "
                 "northeastern Congo on Monday.")[0][1] == "LRA: Lord's Resistance Army"
    assert _rows("RUF rebels attacked the town of Makeni on Tuesday, killing 12 "
                 "civilians.")[0][1] == "RUF: Revolutionary United Front"
    assert _rows("The Khmer Rouge shelled the town of Pailin on Monday, killing three "
                 "soldiers.")[0][1] == "Khmer Rouge"
    assert _rows("The Kurdish Women's Protection Units captured the village of Tal Samin "
                 "near Raqqa on Monday.")[0][1] == "YPG: People's Protection Units"
    assert _rows("The Tiger Forces captured the village of Tamthil in Homs province on "
                 "Sunday.")[0][1] == "Military Forces of Syria"


def test_the_subject_of_a_progressive_event_verb():
    # FA-KES dev: "escalating" parsed as an adjective of "attacks", "is" as a copula
    assert _rows("The Assad regime is escalating attacks on Alwaer in Homs.")[0][1] == (
        "Military Forces of Syria")
