"""A person captured is taken, not territory (issue 13, round P).

ACLED codes a person taken by state forces (or a force governing where it acts) as
Arrests, by an armed group as Abduction/forced disappearance; territory events are for
places. A capture followed by what is done only to captives ("and turned over to US
forces", "and sentenced him") took a person, and people captured by no one named whom
the sentence tells a deed of ("as they tried to plant a bomb") or calls arrested are
suspects the state took. Sentences quoted from the event_location corpus (Halterman
2019, MIT licence) or written after news reports; the kept captures beside each rule
guard it.
"""

from __future__ import annotations

from conftest import types as _types


def test_a_captive_handed_over_or_charged_is_a_person_taken() -> None:
    # event_location
    assert _types("Ramadan was captured by Kurdish fighters in Mosul, northern Iraq, in "
                  "August 2003 and turned over to US forces.") == ["Arrests"]
    assert _types("Al-Haj was captured by Pakistani authorities on the Afghan border in "
                  "December 2001 and turned over to U.S. forces about six months "
                  "later.") == ["Arrests"]
    # written after wire reports: the place captured stays territory
    assert _types("Kurdish fighters captured the town of Tal Hamis on Sunday after "
                  "three days of fighting.") != ["Arrests"]


def test_people_captured_for_a_deed_or_called_arrested_are_arrested() -> None:
    # event_location
    assert _types("More than 30 of the 50 men arrested were captured in the northern "
                  "city of Kirkuk.") == ["Arrests"]
    # written after wire reports: hostages taken by no one named stay an abduction
    assert _types("Two aid workers were captured near Kidal on Sunday.") != ["Arrests"]


def test_paratroopers_are_state_forces_who_arrest() -> None:
    # event_location
    assert _types("U.S. paratroopers have captured a former Baath Party official who was "
                  "No. 41 on the list of most-wanted Iraqis.") == ["Arrests"]
