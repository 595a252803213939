"""actor1, round K: the Bosnian Serb army of the 1992-95 war (Republika Srpska's VRS) is
not the Bosnian government's army. A held-out reading found "Bosnian Serb planes" coded
with no actor; the demonym-and-weapon reading names Bosnia's own forces. Sentences
written after wire reports of the war (none copied from that reading)."""

from __future__ import annotations

from conftest import sides as _rows

VRS = "Military Forces of Bosnia and Herzegovina (Republika Srpska)"


def test_bosnian_serb_weapons_and_forces_are_the_vrs():
    assert _rows("Bosnian Serb planes bombed the town of Bihac on Thursday, killing two "
                 "civilians.", "1995-05-26")[0][1] == VRS
    assert _rows("Bosnian Serb forces shelled Sarajevo on Friday, killing five people, "
                 "U.N. officials said.", "1995-05-26")[0][1] == VRS


def test_serb_gunners_in_bosnia_are_the_vrs():
    # in a report of Bosnia, "Serb" forces are the Bosnian Serbs'
    assert _rows("Serb gunners shelled the Bosnian town of Gorazde on Friday, killing three "
                 "civilians.", "1995-05-26")[0][1] == VRS


def test_the_bosnian_army_stays_bosnias_and_the_vrs_its_enemy():
    assert _rows("Two Bosnian Serb soldiers were killed by Bosnian army troops near Tuzla on "
                 "Friday.", "1995-05-26")[0][1:] == (
        "Military Forces of Bosnia and Herzegovina", VRS)
