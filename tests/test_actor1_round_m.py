"""actor1, round M: perpetrators a held-out reading (round 24) found unnamed or coded as an
unidentified group -- the force that made an arrest, named groups the table lacked
(Kamwina Nsapu, the Asayish, Chechen separatists), ethnic and tribal militiamen, and a
"<Country>-led" force. Sentences written after wire reports of the kinds that reading
described (none copied from it), and two quoted from the RELABEL subset of
event_location (MIT)."""

from __future__ import annotations

from conftest import sides as _rows


def test_an_arrest_with_no_one_named_is_the_polices():
    # the codebook's Arrests are detentions by state forces: unnamed, the police of the
    # country where it happened
    assert _rows("Two suspected militants were arrested in Srinagar on Monday, police "
                 "said.")[0][:2] == ("Arrests", "Police Forces of India")
    assert _rows("A suspected Boko Haram commander was arrested in Maiduguri on "
                 "Friday.")[0][:2] == ("Arrests", "Police Forces of Nigeria")
    # RELABEL relabel-2499 (event_location, MIT)
    assert _rows("The suspects were captured during a raid on a house in Dunya Pur, a small "
                 "town about 100 kilometers (60 miles) northeast of the city of Multan, "
                 "Deputy Inspector-General of Police Iftikhar Chaudhry told reporters."
                 )[0][:2] == ("Arrests", "Police Forces of Pakistan")
    # a force the text names stays
    assert _rows("Security forces arrested 15 suspected Islamists in raids in Algiers on "
                 "Tuesday.")[0][1] == "Military Forces of Algeria"


def test_named_groups_the_table_lacked():
    assert _rows("Kamwina Nsapu militiamen beheaded 39 police officers in Kasai-Central "
                 "province.")[0][1:] == ("Kamuina Nsapu Militia",
                                         "Police Forces of the Democratic Republic of Congo")
    assert _rows("Asayish forces arrested 20 people in Qamishli on Monday."
                 )[0][1] == "Asayish: Kurdish Internal Security Forces"
    assert _rows("Chechen separatists attacked a police post in Grozny on Monday, killing "
                 "two officers.")[0][1:] == ("Chechen Separatists (Russia)",
                                             "Police Forces of Russia")
    assert _rows("Chechen rebels ambushed a Russian convoy near the village of Shatoi, "
                 "killing 14 soldiers.")[0][1] == "Chechen Separatists (Russia)"


def test_ethnic_and_tribal_militiamen_are_identity_militias():
    assert _rows("Ethnic militiamen attacked a camp for displaced people near Djugu, "
                 "killing 40 people.")[0][1] == (
        "Unidentified Communal Militia (Democratic Republic of Congo)")
    assert _rows("Tribal gunmen killed four soldiers in an ambush in Marib province on "
                 "Monday.")[0][1:] == ("Unidentified Tribal Militia (Yemen)",
                                       "Military Forces of Yemen")
    # a people named wins
    assert _rows("Fulani gunmen killed 12 villagers in Benue state on Sunday."
                 )[0][1] == "Fulani Ethnic Militia (Nigeria)"


def test_a_country_led_force_is_its_leaders():
    # RELABEL relabel-3525 (event_location, MIT)
    assert _rows("The committee's Baghdad headquarters were mostly destroyed by U.S.-led "
                 "bombing raids and the country's athletes scattered during the bombing "
                 "runs.")[0][1] == "Military Forces of the United States"
    assert _rows("French-led troops attacked rebel positions near the town of Gao on "
                 "Sunday.")[0][1] == "Military Forces of France"
    # a people leads no state's forces: "Kurdish-led forces" stay the SDF
    assert _rows("Kurdish-led forces captured the town of Tabqa from Islamic State on "
                 "Sunday.")[0][1] == "SDF: Syrian Democratic Forces"


def test_a_speakers_own_force():
    # "its aircraft" are the coalition's, not the country's where they struck
    assert _rows("The US-led coalition said its aircraft killed 25 Islamic State fighters "
                 "near Raqqa on Friday.")[0][1] == "Global Coalition Against Daesh"
    assert _rows("NATO said its aircraft bombed a Serb ammunition depot near Pale on "
                 "Friday.")[0][1] == "NATO: North Atlantic Treaty Organization"
    # a speaker who is no armed side leaves the clause's own subject
    assert _rows("Residents said their village was shelled by government forces near "
                 "Aleppo on Monday.")[0][1] == "Military Forces of Syria"


def test_pro_assad_militiamen_are_the_regimes_militia():
    # ACLED codes the regime's irregulars as the NDF; "pro-Assad forces" stay its army
    assert _rows("Pro-Assad militiamen killed 11 civilians in the town of Houla in Homs "
                 "province on Tuesday.")[0][1] == "NDF: National Defence Forces"
    assert _rows("Pro-Assad forces shelled the village of Kabani on Tuesday."
                 )[0][1] == "Military Forces of Syria"
