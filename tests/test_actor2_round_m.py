"""actor2, round M: the people an arrest holds, named by why they were taken ("suspects",
"activists") or by their nationality, not by a side, are Civilians of the country where
it happened (ACLED codebook); a named group, demonstrators and the armed keep their own
coding. Sentences written after wire reports of the kinds a held-out reading (rounds
23-24) found with an empty actor2; the Dunya Pur sentence is quoted from the RELABEL
subset of event_location (MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_arrested_suspects_and_activists_are_civilians():
    assert _rows("Soldiers detained four suspects after a bomb exploded in Yala on "
                 "Sunday.")[0] == ("Arrests", "Military Forces of Thailand",
                                   "Civilians (Thailand)")
    assert _rows("Police arrested dozens of activists in Minsk on Sunday.") == [
        ("Arrests", "Police Forces of Belarus", "Civilians (Belarus)")]
    assert _rows("The suspects were captured during a raid on a house in Dunya Pur, a "
                 "small town about 100 kilometers (60 miles) northeast of the city of "
                 "Multan, Deputy Inspector-General of Police Iftikhar Chaudhry told "
                 "reporters.")[0][2] == "Civilians (Pakistan)"


def test_arrested_people_named_by_nationality_are_civilians_where_it_happened():
    assert _rows("Israeli troops arrested five Palestinians in Hebron on Wednesday.") == [
        ("Arrests", "Military Forces of Israel", "Civilians (Palestine)")]


def test_arrested_armed_men_and_demonstrators_keep_their_coding():
    assert _rows("Turkish police detained 12 suspected Islamic State militants in "
                 "Istanbul on Tuesday.") == [
        ("Arrests", "Police Forces of Turkey", "Islamic State")]
    assert _rows("Police in Cairo arrested 40 protesters on Friday after a rally against "
                 "the government.")[0][2] == "Protesters (Egypt)"
