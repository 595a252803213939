"""actor1, round Q: knowledge the actor file lacked, found on the judged development pool.
Sentences quoted from the event_location data set (Halterman 2019, MIT; the Croatian one
written after wire reports of the war): the non-state sides of the 1992-95 Yugoslav wars
(the Bosnian Croats' HVO, the Croatian Serbs' RSK, "rebel Serbs" and "Bosnian Serbs" as
the doer in Bosnia), a state's named units wherever they fight (the 101st Airborne, the
Tiger Forces, the CRPF), a lone Jewish settler."""

from __future__ import annotations

from conftest import sides as _rows

VRS = "Military Forces of Bosnia and Herzegovina (Republika Srpska)"
HVO = "HVO: Croatian Defence Council"


def test_rebel_serbs_in_bosnia_are_the_bosnian_serb_army():
    rows = _rows("Rebel Serbs captured a Muslim village Saturday and battled troops defending "
                 "a government stronghold in northwest Bosnia as the United Nations tried to "
                 "negotiate a cease-fire.")
    assert rows and rows[0][1] == VRS


def test_bosnian_serbs_who_capture_a_town_are_their_army():
    rows = _rows("The former UN-protected area of Srebrenica in eastern Bosnia was captured "
                 "by Bosnian Serbs in July 1995.")
    assert rows and rows[0][1] == VRS


def test_bosnian_croat_militiamen_are_the_hvo_not_bosnias_army():
    rows = _rows("Then, in an attack coordinated with the government army, Bosnian Croat "
                 "militiamen captured the town of Kupres, 55 miles (90 kilometers) west of "
                 "Sarajevo.")
    # the army the attack was coordinated with is the militia's ally, not the side it fought
    assert rows == [("Non-state actor overtakes territory", HVO, "")]


def test_the_serbs_of_croatia_are_the_krajina_rebels():
    rows = _rows("In neighboring Croatia, Serbs captured the village of Drnis on Monday and "
                 "shelled the nearby town of Sibenik.")
    assert rows and {r[1] for r in rows} == {"RSK: Republic of Serbian Krajina"}


def test_a_us_division_is_the_us_army_where_it_fights():
    rows = _rows("One of Ansar's most senior figures, Aso Hawleri, was captured last month by "
                 "soldiers of the 101st Airborne Division near Mosul.")
    assert rows and rows[0][1] == "Military Forces of the United States"


def test_the_tiger_forces_are_syrias_army_with_no_place_named():
    rows = _rows("The Tiger Forces continued their advance south of the Mallah Farms "
                 "capturing the swimming pool and the Castillo Complex in the Castillo "
                 "Amusement Park region.")
    assert rows and rows[0][1] == "Military Forces of Syria"


def test_the_crpf_is_indias_police():
    rows = _rows("People's Committee against Police Atrocities leader Lalmohan Tudu was "
                 "murdered by CRPF in cold blood.")
    assert rows and rows[0][1] == "Police Forces of India"


def test_a_jewish_settler_is_the_settlers_not_a_palestinian_group():
    rows = _rows("A Palestinian youth was shot dead two days earlier by a Jewish settler near "
                 "the West Bank village of Beitunia.")
    assert rows and rows[0][1:] == ("Settlers (Israel)", "Civilians (Palestine)")


def test_a_bosnian_serb_missile_is_the_bosnian_serb_army_not_bosnias():
    rows = _rows("O'Grady was patroling over Bosnia when his F-16 fighter jet was hit by a "
                 "Bosnian Serb SAM-6 anti-aircraft missile.")
    assert rows and rows[0][1] == VRS
