"""How coarse a place is: one ranking for choosing and comparing places."""

from __future__ import annotations

from frontlines.domain.model import Place

UNKNOWN = 5


def coarseness(place: Place | None) -> int:
    """0 a town, 1 a district (admin2), 2 a province (admin1) or a region inside one
    country ("eastern Ghouta", a valley: no boundary, but smaller than a province or
    about one), 3 a country, 4 a region across borders or a continent (a sea, the
    Middle East), 5 unknown."""
    if place is None:
        return UNKNOWN
    if place.level == "region":
        return 2 if place.country_code else 4
    return _LEVEL.get(place.level, 0)


_LEVEL = {"city": 0, "admin2": 1, "admin1": 2, "country": 3, "continent": 4}


def below_country(place: Place) -> bool:
    """A town, district, province or a region inside one country."""
    return coarseness(place) < 3


def holds(coarse: Place, fine: Place) -> bool:
    """A country or province holding a place."""
    return coarse.country_code == fine.country_code and (
        coarse.level == "country" or coarse.level == "admin1" and coarse.admin1 == fine.admin1)
