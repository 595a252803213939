"""Resolving toponyms to GeoNames places from document context, and event location.

Each candidate is scored by population and admin level (priors), by whether
its country or province is mentioned in the document (demonyms count:
"the Syrian border town of X"), by nearby words ("X province" asks for the
province, "the town of X" for a town), and by its distance to the other
places of the document. Scores become a confidence by a softmax.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Span

from frontlines import data
from frontlines.domain.geodesy import distance_km
from frontlines.domain.model import Place, Toponym
from frontlines.domain.placenames import PARTICLES, key, skeleton
from frontlines.domain.placenames import words as norm_words
from frontlines.extraction.actor_table import lookup as actor_info
from frontlines.extraction.places.gazetteer import (
    ADM1,
    ADM2,
    CC,
    LAT,
    LEVEL,
    LON,
    NAME,
    Candidate,
    Gazetteer,
    shared_theatres,
    sovereigns,
    strip_suffix,
)
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.recognize import (
    COMPASS_POINTS,
    PLURAL_FRAMES,
    name_heads,
    names_product,
)
from frontlines.settings import (
    CAPITAL_POP,
    CLEAR_RATIO,
    FAR_KM,
    FIRM_CLUE,
    FOREIGN_PROVINCE_POP,
    FOREIGN_TOWN_POP,
    FRONT_TOWN_POP,
    GROUP_CLUE,
    GROUP_REACH_KM,
    HAMLET_POP,
    INSIDE_KM,
    MAIN_NAME_CITY_POP,
    OUTSIDE_STORY,
    PROVINCE_NAMESAKE_KM,
    RELATIVE_KM,
    SHORT_FOREIGN_POP,
    SHORT_NAMED_ABROAD_POP,
    SHORT_TEXT_TOKENS,
    STATE_COUNTRIES,
    STORY_MIN_CLUES,
    STORY_SHARE,
    VILLAGE_MAX_POP,
)

# "countryside" is the province around a city ("Deir ez-Zor countryside", "Damascus
# Countryside" = Rif Dimashq), not a district.
ADMIN1_WORDS = frozenset({"province", "governorate", "state", "region", "oblast", "prefecture",
                          "provinces", "governorates", "department", "countryside"})
ADMIN2_WORDS = frozenset({"district", "county", "municipality", "regency"})  # kabupaten
# the heads of a town's name, the words of a part of a city and of its edge
# (data/places_words.yaml: one home for the place stage's nouns)
TOWN_HEADS = data.words("places_words.yaml", "town_heads")
CITY_PARTS = data.words("places_words.yaml", "city_parts")
# ("quarter" is no head of "the X of Y": "a quarter of the city's residents" is a share)
CITY_WORDS = TOWN_HEADS | (CITY_PARTS - {"quarter"}) | data.words("places_words.yaml",
                                                                     "city_edges")
# Words of facility/body names that are not the place inside them, and directions.
_FACILITY_WORDS = frozenset({
    "center", "centre", "tower", "hall", "stadium", "estate", "park", "square", "street",
    "road", "bridge", "airport", "university", "college", "school", "hospital", "wing",
    "court", "reserve", "bank", "commission", "cup", "house", "palace", "castle", "church",
    "club", "lagoon", "point", "federal", "national", "council", "world", "international",
    "united", "royal", "republic", "academy", "office", "summit", "show", "hotel",
    "conservation", "area", "agency", "ministry", "department", "police", "the", "and"})
_NOT_PLACE_ALONE = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "new", "great", "greater", "old", "state", "city", "county",
    "saint", "st", "st.", "fort", "mount", "lake", "river", "bay", "beach", "island",
    "valley", "hills", "heights", "springs", "local", "government"})
# A mountain the gazetteer lacks rises by the town it is named after ("just south of
# Mount Sinjar" is by Sinjar): that town, as a variant reading, like a facility's.
_LANDFORM_WORDS = frozenset({"mount", "mountain", "mountains", "jabal", "jebel", "jabel"})
EXACT_NAME = 1.0
SEAT_NAMED = 1.5  # a district named after its seat, without a district cue
LIST_KIND = 1.0  # a listed name's reading of the same kind as the rest of its list
DOC_CC = 0.6  # second pass: weight of the document's resolved countries ...
DOC_A1 = 0.8  # ... and provinces
# A province the story names by another name (a dateline's "Wash.", "Washington state")
# is the reading of its bare name, as strongly as a container names it ("X, Florida").
STATE_NAMED = 1.5
_LIST_WORDS = frozenset({"and", "or", "&"})
# "X, north of Y", "X near Y", "X on the outskirts of Y", "X, 30 km from Y": the text
# between the two names that makes Y a reference point for X; X then lies within
# RELATIVE_KM of Y.
_DIRECTION = (r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|"
              r"north-west|south-east|south-west)(?:ern)?")
_RELATIVE = re.compile(
    r"^,?\s*(?:(?:about|some|just|around|roughly|only)\s+)?"
    r"(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|kilometre|kilometer|miles|mi)\s+"
    r"(?:to\s+the\s+)?(?:" + _DIRECTION + r"\s+)?(?:of|from)"
    r"|(?:to\s+the\s+)?" + _DIRECTION + r"\s+(?:of|from)"
    r"|near|close\s+to|outside|between|(?:on|in)\s+the\s+outskirts\s+of"
    r"|in\s+the\s+(?:countryside|vicinity)\s+of)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+|(?:\w+\s+)?capital,?\s+(?:of\s+)?)?$",
    re.IGNORECASE)  # "west of the capital Damascus", "north of the Syrian capital"
_STRIP_WORDS = ADMIN1_WORDS | ADMIN2_WORDS | {"city", "the", "town"}
_UNIT_HEADS = ADMIN2_WORDS | CITY_WORDS | {"the"}




_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def candidates(gaz: Gazetteer, text: str) -> tuple[list[Candidate], bool]:
    """Gazetteer candidates for a surface form, and whether they came from a fuzzy key."""
    # "North Carolina's", "New York’s", and a genitive whose apostrophe a feed dropped
    # ("in Hama s countryside": Hama, not Hamm in Germany by a fuzzy key)
    for mark in ("'s", "\u2019s", " s", "'", "\u2019"):
        if text.endswith(mark) and len(text) > len(mark) + 1:
            text = text[:-len(mark)]
            break
    if re.fullmatch(_DIRECTION, text, re.IGNORECASE):
        return [], False  # "Northeastern rebels": a direction, even where NER says GPE
    people = _demonym_readings(gaz, text)
    if people is not None:
        return people, False
    # "Western US": the key drops "us" as a particle, leaving "western" (Western
    # Province, Sri Lanka); a name with a country's acronym in it is read by its parts.
    cands = [] if _acronym_lost(gaz, text) else gaz.lookup(text)
    acronym = text.isupper() and len(text.replace(".", "")) <= 4
    if cands and acronym:
        cands = _acronym_readings(cands, text)
    if cands and any(c.level == 3 and key(c.entry[NAME]) == key(text) for c in cands):
        # "Iraq" is the country, never Arak (Iran), whose GeoNames alternate names
        # include it: a town only a former or foreign name links to a country's own
        # name does not compete with the country ("Iranian proxies entered Iraq").
        cands = [c for c in cands if c.level > 0 or _main_key(c.entry[NAME]) == key(text)]
    if not acronym and not any(c.level >= 2 for c in cands):
        cands = cands + list(_compass_units(gaz, text))  # "Kivu", "Yorkshire", "Kordofan"
    if cands or acronym:  # nor does a consonant skeleton of "SA" find them
        return cands, False
    unit = _LGA.sub("", text)
    if unit != text:  # "Damboa Local Government Area": a district (admin2), no town
        cands = [c for c in gaz.lookup(unit) if c.level == 1 and c.cc in _LGA_COUNTRIES]
        if cands:
            return cands, False
    words = text.replace("'s", "").split()
    front = _front_of(gaz, words)
    if front:
        return front, False
    trimmed = [w for w in words if w.lower() not in _STRIP_WORDS]
    if len(trimmed) > 1 and trimmed[0] == "of" and words[0].lower() in _UNIT_HEADS:
        trimmed = trimmed[1:]  # "District of Douma", "Town of Qusayr": the town itself
    if trimmed and trimmed != words:
        cands = gaz.lookup(" ".join(trimmed))
        if cands:
            return cands, False
    if len(words) > 1:
        part = _named_part(gaz, words) or _continental_body(gaz, words)
        if part:
            return part, False
    if len(words) > 2:  # consonant-skeleton matches of long names are noise
        return [], False
    k = key(text)
    cands = [c for c in gaz.lookup(text, fuzzy=True)
             if abs(len(key(c.entry[NAME])) - len(k)) <= 3]
    return cands, bool(cands)


def _demonym_readings(gaz: Gazetteer, text: str) -> list[Candidate] | None:
    """The place a people's word stands for ("English" is England, "Kurdish" Kurdistan,
    "Canadian" Canada, not a namesake town; "Minnesotans" Minnesota), none for a
    demonym with no place; None when the text is no demonym."""
    if text.endswith("s") and not gaz.is_demonym(text) and gaz.is_demonym(text[:-1]):
        text = text[:-1]  # "Minnesotans": the people of Minnesota
    region = gaz.demonym_place(text)
    if region:  # areas, not namesake towns
        cands = [c for c in gaz.lookup(region) if c.level >= 2]
        if cands:
            return cands
    cc = gaz.demonym(text)
    if cc:  # "Canadian" is Canada, not Canadian (Texas)
        c = gaz.country(cc)
        return [c] if c else []
    return [] if gaz.is_demonym(text) else None


def _acronym_readings(cands: list[Candidate], text: str) -> list[Candidate]:
    """Acronyms name countries and states (US, UK, SA), not hamlets (Eu, Saa); initials
    with their dots ("P.E.I.", "N.B.") are a province's or a country's abbreviation, no
    town is written so (Bei'an, China, for "PEI")."""
    cands = [c for c in cands if c.level >= 2 or c.population >= 100_000]
    if _DOTTED.fullmatch(text) and any(c.level >= 2 for c in cands):
        cands = [c for c in cands if c.level >= 2]
    return cands


_COMPASS_WORDS = tuple(w.title() for w in COMPASS_POINTS)  # "North Kivu", "Western Cape"


@lru_cache(maxsize=100_000)  # nine lookups a name, asked for nearly every town
def _compass_units(gaz: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """The units a bare name stands for when a country has split it by compass points:
    "Kivu" is North and South Kivu, "Kordofan" North, South and West Kordofan,
    "Yorkshire" North, West and South Yorkshire, "Northamptonshire" (split in 2021) North
    and West Northamptonshire. The press keeps the old or common name, the gazetteer has
    only the parts; a part is a reading of the whole (as a variant: no clue of its own).
    Two parts at least, in one country; a generic word ("Province": Western Province,
    Eastern Province) is no name (data/places_compass_generic.txt)."""
    if (not text[:1].isupper() or len(text.split()) > 3
            or len(norm_words(text)) < len(text.split())  # "Central US": no "North Central"
            or text.lower() in data.words("places_compass_generic.txt")):
        return ()
    by_cc: dict[str, dict[int, Candidate]] = defaultdict(dict)
    for word in _COMPASS_WORDS:
        for c in gaz.lookup(f"{word} {text}"):
            if c.level in (1, 2) and not c.variant:
                by_cc[c.cc][c.idx] = dataclasses.replace(c, variant=True)
    return tuple(c for parts in by_cc.values() if len(parts) >= 2 for c in parts.values())


def _acronym_lost(gaz: Gazetteer, text: str) -> bool:
    """Whether a name of several words holds a place's acronym that the lookup key drops
    as a particle ("US" in "Western US")."""
    parts = text.split()
    return (len(parts) > 1 and any(w in gaz.acronyms for w in parts)
            and len(norm_words(text)) < len(parts))


# Nigeria's districts, the local government areas, are written "X Local Government Area",
# "X Local Government" or "X LGA": the unit word is three words, not one.
_LGA_COUNTRIES = frozenset({"NG", "AU"})  # whose districts GeoNames holds are LGAs
_LGA = re.compile(r"\s+(?:local\s+government(?:\s+area)?|l\.?g\.?a\.?)$", re.IGNORECASE)
_LGA_AFTER = re.compile(r"\s+(?:local\s+government|l\.?g\.?a\b)", re.IGNORECASE)


def _named_part(gaz: Gazetteer, words: list[str]) -> list[Candidate]:
    """Readings of a place name inside a longer name (variants: no clue to the story)."""
    # "Colorado State University", "Dubai World Cup": a facility or body is
    # located by the place name inside its name (longest part first). Without a
    # facility word only a province, country or city may be the part: "Tal
    # Qarrah" is not At Tall.
    town_floor = 10_000 if any(w.lower() in _FACILITY_WORDS or w == "of"
                               or w.lower() in _LANDFORM_WORDS
                               for w in words) else 100_000
    if words[-1].lower() in _STREETS:
        return []  # "Haifa Street" (Baghdad) is no street of Haifa: no reading
    heads = name_heads()
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = words[i:i + n]
            low = [w.lower() for w in part]
            if (not part[0][:1].isupper() or low[0] in _STRIP_WORDS
                    or any(w in _FACILITY_WORDS for w in low)
                    or (n == 1 and low[0] in _NOT_PLACE_ALONE)
                    or (len(norm_words(" ".join(part))) < len(part)
                        and not (n == 1 and part[0] in gaz.acronyms))):
                continue  # "West", "Tower", or a word lost as an article ("us")
            if i + n < len(words) and _article_joined(words[i + n]):
                continue  # "Bab al-Hawa" (a crossing) is one name, not Al-Bab
            if (n == 1 and low[0] in heads) or (i > 0 and words[i - 1].lower() in heads):
                continue  # "Kafr Sousah" is one name: not Sousa (Brazil), not "Kafr"
            # A town must bear the part as its main name: "Grants" (in
            # "Bains and Grants Town") is only a former name of Zelenogradsk.
            pk = key(" ".join(part))
            cands = [c for c in gaz.lookup(" ".join(part))
                     if c.level >= 2 or (c.population >= town_floor
                                         and _main_key(c.entry[NAME]) == pk)]
            if words[-1].lower() in _URBAN_SITES:  # "Palestine Street" (Baghdad)
                cands = [c for c in cands if c.level != 3]
            if cands:  # a part of the name: a variant reading, no clue to the story
                return [dataclasses.replace(c, variant=True) for c in cands]
    return []


# A street, square, bar or an office's branch named after a country lies in a town, not
# at the country's middle point: "Palestine Street" is in Baghdad, "Jordan Street" in
# Tehran, "the Palestine Branch" in Damascus.
# A street named after a town is a street of another town ("fighting around Haifa
# Street, considered a bastion of Saddam loyalists", Baghdad): the town named is no
# reading of it. A road may lead to the town it is named after, so roads keep theirs.
_STREETS = frozenset({"street", "avenue", "boulevard", "lane"})
# (a street, avenue, boulevard or lane has no reading at all: _STREETS, asked first)
_URBAN_SITES = frozenset({"road", "square",
                          "roundabout", "bar", "pub", "hotel", "cafe", "café",
                          "restaurant", "club", "nightclub", "mosque", "church",
                          "branch"})  # "the Palestine Branch" (Syria's intelligence, Damascus)


def _continental_body(gaz: Gazetteer, words: list[str]) -> list[Candidate]:
    """"The European Commission", "the African Union summit": a body named after a
    continent or region and no place is located in it (a variant reading: no clue to
    the story). A national body ("the Russian Higher School of Economics") is not: its
    country's middle point is no better than the story's own town."""
    if not gaz.is_demonym(words[0]) or not all(w[:1].isupper() for w in words[1:]):
        return []
    return [dataclasses.replace(c, variant=True) for c in candidates(gaz, words[0])[0]
            if c.level == 4 or (c.level == 3 and c.cc.startswith("@"))]


def _front_of(gaz: Gazetteer, words: list[str]) -> list[Candidate]:
    """"The Palmyra Front", "the Aleppo front": a front line is named after the town or
    province it is fought around, so its readings are that place's (a town of
    FRONT_TOWN_POP or a province; not "Southern Front"). Variant readings: outside the
    story's countries they are not admitted (the Shamiya Front of a story on Aleppo is
    no town in Iraq)."""
    if len(words) < 2 or words[-1].lower() != "front" or words[-2].lower() in _NOT_PLACE_ALONE:
        return []
    return [dataclasses.replace(c, variant=True) for c in gaz.lookup(" ".join(words[:-1]))
            if c.level == 2 or c.level == 0 and c.population >= FRONT_TOWN_POP]


def _article_joined(word: str) -> bool:
    """An Arabic article joined to a word ("al-Hawa", "ash-Sham"): what comes before it
    is the first half of one name ("Bab al-Hawa", "Tal al-Sheikh")."""
    head, dash, rest = word.partition("-")
    return bool(dash and rest) and head.lower() in PARTICLES


def _by_own_name(c: Candidate, name: str) -> bool:
    """Whether a reading bears the name as its own main name, not as a former or foreign one."""
    return _main_key(c.entry[NAME]) == _main_key(name)


@lru_cache(maxsize=100_000)
def _main_key(name: str) -> str:
    """Key of a name without a trailing "City"/"County"/"District" ("New York City");
    used for towns only: "Deir ez-Zor District" must not pass for the province."""
    return key(strip_suffix(name) or name)


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "each", "every"})


def _cue(doc: Doc, start: int, end: int) -> str | None:
    """"admin1", "admin2" or "city" when the words around a name say which it is."""
    nxt = doc[end].lower_ if end < len(doc) else ""
    if end - start > 1 and doc[end - 1].lower_ in ADMIN1_WORDS | ADMIN2_WORDS:
        nxt = doc[end - 1].lower_  # the unit word inside the name: "Hama province"
    if nxt in ADMIN1_WORDS:
        return "admin1"
    if nxt in ADMIN2_WORDS:
        return "admin2"
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    if before and before[-1] == "rural":
        return "admin1"  # "Rural Idlib", "rural Damascus": the countryside around the city
    if len(before) >= 2 and before[-1] == "of":
        if before[-2] in ADMIN1_WORDS:
            return "admin1"
        if before[-2] == "district" and len(before) == 3 and before[0] not in _DETERMINERS:
            return "city"  # "the Helwaniyah district of Baghdad", "a Sunni district of
            # Baghdad": a part of the city ("the district of Baghdad" is the unit)
        if before[-2] in ADMIN2_WORDS:
            return "admin2"
        if before[-2] in CITY_WORDS:
            return "city"
    if before and before[-1] in CITY_WORDS:
        return "city"
    return None


def demonym_at(doc: Doc, i: int, gaz: Gazetteer) -> str | None:
    """Country of the nationality at token ``i``, read with the word before it when
    the two are one ("South Sudanese" is South Sudan, "North Korean" North Korea)."""
    t = doc[i]
    if not t.text[:1].isupper():
        return None
    if i > 0 and doc[i - 1].text[:1].isupper():
        cc = gaz.demonym(f"{doc[i - 1].text} {t.text}")
        if cc:
            return cc
    return gaz.demonym(t.text)


def _local_country(doc: Doc, start: int, gaz: Gazetteer) -> str | None:
    """Country named by a demonym just before ("the Syrian border town of X")."""
    for i in range(max(0, start - 6), start):
        cc = demonym_at(doc, i, gaz)
        if cc:
            return cc
    return None


def _framed_country(doc: Doc, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country a nationality puts a town in by the words around its name: "the
    South Sudanese town of Raga", "Raga, a South Sudanese town". The name is a town of
    that country, or of none the gazetteer has (then no namesake abroad)."""
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in CITY_WORDS:
        head = start - 2  # "the Syrian border town of X"
    elif end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "the"):
        head = next((j for j in range(end + 3, min(end + 6, len(doc)))
                     if doc[j].lower_ in CITY_WORDS), 0)  # "X, a Syrian border town"
    else:
        return None
    for i in range(head - 1, max(head - 3, 0), -1):  # the nationality, or one word on
        cc = demonym_at(doc, i, gaz)
        if cc:  # a continent ("a European city") names no country
            return None if cc.startswith("@") else cc
    return None


def _district_seat(c: Candidate, cands: list[Candidate]) -> bool:
    """A district named after its seat ("Maarrat al-Nu'man District" and the town of
    Ma'arrat an Nu'man in the same province): the bare name means the town, as ACLED
    codes it, however small the gazetteer's count of the town's people (often none)."""
    bare = strip_suffix(c.entry[NAME])
    return bare is not None and any(
        o.level == 0 and o.cc == c.cc and o.entry[ADM1] == c.entry[ADM1]
        and key(o.entry[NAME]) == key(bare) for o in cands)


def _big_namesake(c: Candidate, cands: list[Candidate]) -> bool:
    """A town of the same name inside this province ("Homs", "New York"), or a big
    city of the country ("Washington"): then the name means the city. A small
    namesake elsewhere (California, Maryland) does not take the state's name, nor
    does an "X City" that is a small part of its state (Oklahoma City)."""
    for o in cands:
        if o.level != 0 or o.cc != c.cc:
            continue
        if key(o.entry[NAME]) != key(c.entry[NAME]) and o.population < 1_000_000:
            continue  # "Oklahoma" is the state; "New York" is New York City
        if o.population >= 300_000 or (o.population >= 10_000
                                       and o.entry[ADM1] == c.entry[ADM1]):
            return True
    return False


def _context_weights(cands: list[Candidate]) -> list[float]:
    """How much the document's countries may count for each candidate: half for a
    small town whose name is a world city's ("London", Ohio, in a story about the
    United States; "Paris", Texas): that needs its province named, not only its
    country. So does a town under a tenth of a capital of its name ("Washington",
    Tyne and Wear, in a British story on Russian diplomats in Washington). A region,
    sea or site of the name counts by its size prior: "the Middle East" of a story from
    Washington is no hamlet in Maryland, "Heathrow" no village in Florida."""
    big = max((o.population for o in cands if o.level in (0, 4)), default=0)
    capitals = load_gazetteer().capitals
    capital = max((o.population for o in cands if o.level == 0 and o.idx in capitals
                   and o.population >= CAPITAL_POP), default=0)
    return [0.5 if c.level == 0 and ((big >= 500_000 and c.population < 0.01 * big) or (
        c.population < 0.1 * capital)) else 1.0 for c in cands]


def _unstated_states(cands: list[Candidate], countries: dict[str, float],
                     admins: set[tuple[str, str]]) -> list[Candidate]:
    """Drops the towns of a federal country (STATE_COUNTRIES) whose state the story
    never names when a namesake at least as big lies in another country the story
    names: "the novichok attack in Salisbury" of a story on the US and the UK is
    Salisbury, England, not Maryland (near the story's Washington); a British
    soldier's Colchester in a story on Texas is Colchester, England, not Vermont."""
    abroad = [o for o in cands if o.level == 0 and o.cc not in STATE_COUNTRIES
              and countries.get(o.cc, 0.0) > 0]
    return [c for c in cands if not (
        c.level == 0 and c.cc in STATE_COUNTRIES and (c.cc, c.entry[ADM1]) not in admins
        and any(o.population >= c.population for o in abroad))]


def _score(c: Candidate, text: str, cue: str | None, local_cc: str | None,
           countries: dict[str, float], admins: set[tuple[str, str]], fuzzy: bool,
           city_named: bool, context_weight: float = 1.0, inside: bool = False) -> float:
    e = c.entry
    s = 0.5 * math.log10(c.population + 10)
    level = e[LEVEL]
    if level == 4:  # a region, sea or river: its "population" is a size prior
        s += -1.5 if cue else 0.0
    elif level == 3:
        s += 1.0
    elif level == 2:
        s += {"admin1": 2.0, "admin2": 0.3, "city": -1.0}.get(cue or "", -0.25)
        if cue != "admin1" and city_named:
            s -= 1.0  # "Homs", "New York": the city unless the text says province
    elif level == 1:
        s += {"admin2": 2.0, "admin1": 0.5, "city": -1.0}.get(cue or "", -0.6)
        if cue != "admin2" and city_named:
            s -= SEAT_NAMED  # "Maarrat al-Numan": the town, not the district named after it
    elif cue in ("admin1", "admin2"):
        s -= 0.8
    # "New York" is New York City; "Montana" is not Montana City (2,700 people).
    name_key = _main_key(e[NAME]) if level == 0 and c.population >= 100_000 else key(e[NAME])
    if level == 4 or (name_key == _main_key(text) and not c.variant):
        s += EXACT_NAME  # the main name, not a variant or former name (curated for regions)
    if countries:  # a clue to Israel is one to Gaza's Palestinian Territory (its theatre)
        share = max([countries.get(cc, 0.0) for cc in shared_theatres().get(e[CC], ())]
                    + [countries.get(e[CC], 0.0)])
        s += 1.2 * context_weight * share
        if share == 0.0 and level == 3 and inside:
            s -= OUTSIDE_STORY  # "Georgia" among Hall County towns: the state
    if local_cc and e[CC] == local_cc:
        s += 2.0
    if level < 2 and e[ADM1] and (e[CC], e[ADM1]) in admins and key(e[ADM1]) != key(text):
        s += 1.0  # (a province named by this very name is no evidence for its towns)
    if fuzzy or c.variant:
        s -= 0.5
    return s


def _clear(cands: list[Candidate]) -> bool:
    """Whether a name is clear enough to vote for its country: its biggest town is a
    city far bigger than any namesake in another country ("Baghdad", not "Paris")."""
    towns = [c for c in cands if c.level <= 2]
    if not towns:
        return False
    top = max(towns, key=lambda c: c.population)
    return top.population >= 100_000 and all(
        c.population * CLEAR_RATIO < top.population for c in towns if c.cc != top.cc)


def _clear_by_main_name(cands: list[Candidate], text: str) -> Candidate | None:
    """The city a name is the main name of when every reading by that main name lies in
    one country and the biggest is a city (MAIN_NAME_CITY_POP): "Islamabad" is Pakistan's
    capital although Chattogram and Anantnag once bore the name too. An alternate name a
    namesake abroad carries makes a well-known city no weaker a clue to its country."""
    own = [c for c in cands if c.level <= 2 and not c.variant and _by_own_name(c, text)]
    if not own or len({c.cc for c in own}) != 1:
        return None
    top = max(own, key=lambda c: c.population)
    return top if top.population >= MAIN_NAME_CITY_POP else None


def _context(doc: Doc, items: list[tuple[int, int, list[Candidate]]],
             demonyms: list[Span], gaz: Gazetteer,
             measured: dict[int, list[Candidate]] | None = None
             ) -> tuple[Counter[str], dict[str, tuple[str, float]], set, Counter[str], list,
                        dict[tuple[str, str], set[str]]]:
    """The story's country clues (raw weights), each name's own share of them (so
    that a name never votes for its own reading: "Georgia" with Hall County is the
    state), the provinces it names unambiguously, and by which names. ``measured``: the
    readings of the name each name is measured from ("Homs, 120 km east of Tripoli")."""
    measured = measured or {}
    votes: dict[str, tuple[str, float]] = {}
    admins: set[tuple[str, str]] = set()
    admin_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    anchors: list[tuple[float, float]] = []
    by_main: list[tuple[str, tuple[float, float]]] = []
    for n, (start, end, cands) in enumerate(items):
        if not cands:
            continue
        top = cands[0]
        if top.level == 3:
            w = 1.0
        elif (top.level == 2 and (_cue(doc, start, end) == "admin1" or len(cands) == 1)) or (
                top.level == 1 and top.entry[ADM1] and _cue(doc, start, end) == "admin2"
                and len({(c.cc, c.entry[ADM1]) for c in cands if c.level == 1}) == 1):
            # a county named as one ("in Renk County") says its province as clearly
            admins.add((top.cc, top.entry[ADM1]))
            admin_names[(top.cc, top.entry[ADM1])].add(key(doc[start:end].text))
            if len(doc) <= SHORT_TEXT_TOKENS:  # a short text's named unit is a clear name
                anchors.append((top.entry[LAT], top.entry[LON]))  # ("in Renk County")
            w = 0.5
        elif len({c.cc for c in cands}) == 1 or _clear(cands):
            top = max(cands, key=lambda c: c.population) if top.level > 2 else top
            w = 0.3
            if _clear(cands):
                anchors.append((top.entry[LAT], top.entry[LON]))
        elif own := _clear_by_main_name(cands, doc[start:end].text):
            top, w = own, 0.3
            if not any(c.cc == top.cc for c in measured.get(n, [top])):
                continue  # "Homs, 120 km east of Tripoli": measured from abroad, no vote
            by_main.append((top.cc, (top.entry[LAT], top.entry[LON])))
        else:
            continue
        k = key(doc[start:end].text)
        cc, before = votes.get(k, (top.cc, 0.0))
        votes[k] = (cc, before + w)
    # a main name only votes, never anchors, where other clear names lie in another
    # country: it anchors only a story of its own country
    others = {cc for cc, _w in votes.values()} - {cc for cc, _pt in by_main}
    anchors += [pt for cc, pt in by_main if not others - {cc}]
    weight: Counter[str] = Counter()
    for cc, w in votes.values():
        weight[cc] += w
    named = +weight  # clues from place names only
    for d in demonyms:
        cc = gaz.demonym(d.text)
        if cc:
            weight[cc] += 0.5
    return weight, votes, admins, named, anchors, admin_names


def _countries_for(weight: Counter[str], own: tuple[str, float] | None,
                   named: Counter[str]) -> tuple[dict[str, float], bool]:
    """The story's countries as seen by one name: its own votes left out, each weight a
    share of the strongest country's; and whether the story's geography is clear:
    clues worth STORY_MIN_CLUES, at least one of them a place name (demonyms alone,
    "a Japanese man", say little)."""
    best = max(weight.values(), default=0.0)
    if not best:
        return {}, False
    out = {cc: w / best for cc, w in weight.items()}
    if own is not None and own[0] in out:
        out[own[0]] = max(0.0, out[own[0]] - own[1] / best)
    for dep, sov in sovereigns().items():  # a story on the US is on Guam and Saipan too
        if out.get(sov, 0.0) > out.get(dep, 0.0):
            out[dep] = out[sov]
    top = max(weight, key=weight.__getitem__)
    clear = best >= STORY_MIN_CLUES and named[top] > 0
    return {cc: w for cc, w in out.items() if w > 0}, clear


def _far(c: Candidate, anchors: list[tuple[float, float]]) -> bool:
    """Whether a reading lies far from every clear name of the story."""
    return bool(anchors) and all(
        distance_km(c.entry[LAT], c.entry[LON], la, lo) > FAR_KM for la, lo in anchors)


def _story_share(c: Candidate, countries: dict[str, float]) -> float:
    """A reading's country's share of the story's clues, or of the country whose
    conflict its territory shares ("Israel" is a clue to Hebron's West Bank)."""
    return max([countries.get(cc, 0.0) for cc in shared_theatres().get(c.cc, ())]
               + [countries.get(c.cc, 0.0)])


def _admissible(c: Candidate, fuzzy: bool, countries: dict[str, float], clear: bool,
                admins: set[tuple[str, str]], local_cc: str | None,
                anchors: list[tuple[float, float]] = ()) -> bool:
    """Whether a reading may be chosen at all. Outside the story's countries a
    spelling variant or skeleton match is never admitted, nor a town or district
    under FOREIGN_TOWN_POP in a country the story never names, unless its country
    is named next to it ("the Syrian border town of X"); in a story whose geography is
    not clear yet, the same holds for one far from all its clear names (Buston,
    Tajikistan, for "Bustan" in a story about Aleppo) and for a hamlet abroad
    (Bustan HaGalil, Israel). A country's capital (over CAPITAL_POP) is admitted
    anywhere: "the mission in Washington" of a Caribbean story."""
    if c.level >= 3 or c.cc == local_cc:
        return True
    share = max([countries.get(cc, 0.0) for cc in shared_theatres().get(c.cc, ())]
                + [countries.get(c.cc, 0.0)])  # "Israel" is a clue to Hebron's West Bank
    if fuzzy or (c.variant and countries):  # a lone "Maarat al-Numan" is still itself
        return share >= STORY_SHARE or (c.cc, c.entry[ADM1]) in admins
    if c.population >= CAPITAL_POP and c.idx in load_gazetteer().capitals:
        return True  # a capital stands for its government abroad ("in Washington")
    floor = FOREIGN_PROVINCE_POP if c.level == 2 else FOREIGN_TOWN_POP
    if share == 0.0 and c.population < floor and (
            clear or _far(c, anchors) or (anchors and c.population < HAMLET_POP)):
        return (c.cc, c.entry[ADM1]) in admins
    return True


def _short_text_readings(cands: list[Candidate], text: str, countries: dict[str, float],
                         strong: dict[str, float], admins: set[tuple[str, str]],
                         local_cc: str | None, homes: list[tuple[float, float]] = (),
                         firm: tuple[bool, list] = (False, []), village: bool = False
                         ) -> list[Candidate]:
    """The readings a short text with clues admits (SHORT_TEXT_TOKENS): a town abroad,
    in a country none of its clues points to, only when no reading lies in one of
    those countries and it is a well-known town by its main name (SHORT_FOREIGN_POP):
    "Shi ite" is not Enshi (China) in a report on Lebanon; a spelling of the main name
    is no alias ("Mayadeen" is Al Mayadin). A small town abroad by its
    main name loses only to a place or an armed group the text names (``strong``):
    "Beltran ... in Sinaloa" is no Argentine village, but "French forces" or "Dutch
    U.N. troops" fight abroad, so Birao and Srebrenica stay. A clue to a country is
    one to the country whose ground its conflict shares (Israel's to the West Bank).
    Countries, provinces by their own name (or any name, with a million people),
    capitals and readings next to their own country stay too ("a British soldier ...
    in the southern province of Helmand"). A town abroad GROUP_REACH_KM from the home of
    every armed group the text names (``homes``) is no reading of its own name either.
    Against firm clues (``firm``: a country or province named as a place; the countries
    of the armed groups named, for a reading FAR_KM from all of them, since groups fight
    across borders: Boko Haram in Diffa, al-Shabaab in Mandera; a theatre of Islamic
    State only where another clue, "the Syrian Arab Army", points to it too, since it
    also fights far from them) a town abroad needs
    SHORT_NAMED_ABROAD_POP; against any clue a name the text calls a village
    (``village``) is no city abroad (VILLAGE_MAX_POP: "the village of Al-Mansoura" taken
    by the Syrian Arab Army is not Al Mansurah, Egypt)."""

    def strict(c: Candidate) -> bool:
        return firm[0] or _far(c, firm[1])

    capitals = load_gazetteer().capitals
    theatres = shared_theatres()

    spelled = (firm[0] or bool(firm[1])) and any(not c.variant for c in cands)

    def home(c: Candidate) -> bool:
        return ((c.level >= 3 and not (spelled and c.variant))  # "Ma'an": no Isle of Man
                or countries.get(c.cc, 0.0) > 0 or c.cc == local_cc
                or any(countries.get(cc, 0.0) > 0 for cc in theatres.get(c.cc, ()))
                or (c.cc, c.entry[ADM1]) in admins)

    if any(home(c) for c in cands if c.level < 3):
        return [c for c in cands if home(c) or c.population >= FOREIGN_TOWN_POP
                or (c.idx in capitals and c.population >= CAPITAL_POP)]
    main = [c for c in cands if not c.variant and _spelled_main(text, c)
            and not (homes and c.level < 2 and all(distance_km(
                c.entry[LAT], c.entry[LON], la, lo) > GROUP_REACH_KM for la, lo in homes))]
    kept = [c for c in cands if home(c) or (c.idx in capitals and c.population >= CAPITAL_POP)
            or (c.level == 2 and c.population >= FOREIGN_TOWN_POP)  # "Nineveh": Nīnawá
            or (c in main and not (village and strong and c.population >= VILLAGE_MAX_POP)
                and (not strong or c.population >= SHORT_NAMED_ABROAD_POP
                     or not strict(c) and (c.population >= SHORT_FOREIGN_POP
                                           or c.level == 2)))]
    seats = {(c.cc, c.entry[ADM1]) for c in kept if c.level == 2}  # Geneva with its canton
    return [c for c in cands if c in kept or (c in main and (c.cc, c.entry[ADM1]) in seats)]


_VILLAGE_WORDS = frozenset({"village", "villages", "hamlet", "hamlets"})


def _called_village(doc: Doc, start: int, end: int) -> bool:
    """Whether the text calls a name a village: "the village(s) of X", "X village"
    (quotes and a listed name's comma in between do not count: "the villages of
    ‘Arak, Bardeh")."""
    before = [t.lower_ for t in doc[max(0, start - 3):start] if not t.is_quote]
    after = doc[end].lower_ if end < len(doc) else ""
    return after in _VILLAGE_WORDS or (
        len(before) >= 2 and before[-1] == "of" and before[-2] in _VILLAGE_WORDS)


_PLACE_DEPS = frozenset({"pobj", "conj", "appos"})  # "in Syria", "Iraq and Syria"


def _owner_countries(doc: Doc, items: list) -> tuple[set[str], dict[str, float]]:
    """Countries a text names only as whose these are ("a US soldier", "the U.S.
    occupation", "Turkey's offensive", "US-led forces") or as a government that acts
    ("the United States condemned"), never after a preposition: no firm clue that the
    story happens there (``_short_text_readings``), as a country named as a place is;
    and the countries named after "in" ("Abu Kamal in Eastern Syria"), which are
    evidence for their towns even as a variant ("Eastern Syria") that is no clue."""
    modifier: dict[str, bool] = {}
    placed: dict[str, float] = {}
    for s, e, cands, _fuzzy in items:
        if cands and cands[0].level == 3:
            head = doc[e - 1]
            owner = head.dep_ not in _PLACE_DEPS or (e < len(doc) and doc[e].tag_ in (
                "POS", "HYPH"))  # "Turkey's offensive", "US-led forces"
            modifier[cands[0].cc] = modifier.get(cands[0].cc, True) and owner
            if s > 0 and doc[s - 1].lower_ in ("in", "inside"):
                placed[cands[0].cc] = STORY_SHARE
    return {cc for cc, only in modifier.items() if only}, placed


def _spelled_main(text: str, c: Candidate) -> bool:
    """Whether a text names a town by its main name or a spelling of it ("Mayadeen",
    Al Mayadin). A skeleton of one consonant after the first letter is no spelling to go
    by: "Aliyah" and "Aley" (Lebanon) share only "al", as do dozens of names."""
    own, main = _main_key(text), _main_key(c.entry[NAME])
    return own == main or (skeleton(own) == skeleton(main) and len(skeleton(own)) > 2)


def _document_pass(chosen: list[tuple[Candidate | None, list[float], list[Candidate]]],
                   admins: set[tuple[str, str]], names: list[str]) -> None:
    """Second pass: provinces and countries the document's places were resolved to
    (in the first pass) favour candidates in them: "Allendale" in an article about
    New Jersey towns is Allendale, New Jersey. Each distinct name votes once (with
    its best-evidenced mention's reading) and never for itself, so that a name
    repeated five times cannot confirm its own wrong reading ("Red Oak", Texas,
    in a story about Iowa)."""
    best_of: dict[str, tuple[float, Candidate]] = {}
    for name, (_b, scores, cands) in zip(names, chosen, strict=True):
        if not cands:
            continue
        k = max(range(len(cands)), key=scores.__getitem__)
        if cands[k].level != 4 and (name not in best_of or scores[k] > best_of[name][0]):
            best_of[name] = (scores[k], cands[k])
    votes_cc: Counter[str] = Counter()
    votes_a1: Counter[tuple[str, str]] = Counter()
    own: dict[str, tuple[str, float, tuple[str, str] | None, float]] = {}
    for name, (_x, c) in best_of.items():
        w_cc = 1.0 if c.level == 3 else 0.5
        a1 = (c.cc, c.entry[ADM1]) if c.level <= 2 and c.entry[ADM1] else None
        w_a1 = 1.0 if c.level == 2 else 0.5
        votes_cc[c.cc] += w_cc
        if a1:
            votes_a1[a1] += w_a1
        own[name] = (c.cc, w_cc, a1, w_a1)
    top_cc = max(votes_cc.values(), default=0.0)
    if not top_cc:
        return
    for name, (_b, scores, cands) in zip(names, chosen, strict=True):
        if len(cands) < 2:
            continue
        o_cc, o_wcc, o_a1, o_wa1 = own.get(name, (None, 0.0, None, 0.0))
        weights = _context_weights(cands)
        for k, c in enumerate(cands):
            if c.level == 4:
                continue
            w = votes_cc.get(c.cc, 0.0) - (o_wcc if o_cc == c.cc else 0.0)
            scores[k] += DOC_CC * weights[k] * min(1.0, w / top_cc)
            if c.level <= 2 and c.entry[ADM1]:
                a1 = (c.cc, c.entry[ADM1])
                w1 = votes_a1.get(a1, 0.0) - (o_wa1 if a1 == o_a1 else 0.0)
                if a1 not in admins:  # already counted in the first pass
                    scores[k] += DOC_A1 * min(1.0, w1)


def _one_sense(doc: Doc, items: list, names: list[str], chosen: list,
               final: list[Candidate | None], container_at: set[int]) -> None:
    """One sense per document: bare repeats of a name ("the Parkland students") take
    the reading of its best-evidenced mention ("in Parkland, Florida")."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ((s, e, cands, _fz), name) in enumerate(zip(items, names, strict=True)):
        if cands and _cue(doc, s, e) is None and s not in container_at:
            groups[key(name)].append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        best_score, best_idx = -1e9, None
        for i in members:
            scores, cands = chosen[i][1], chosen[i][2]
            j = max(range(len(cands)), key=scores.__getitem__)
            if scores[j] > best_score:
                best_score, best_idx = scores[j], cands[j].idx
        for i in members:
            match = [c for c in chosen[i][2] if c.idx == best_idx]
            if match:
                final[i] = match[0]


_LIST = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$", re.IGNORECASE)
_PAIR = re.compile(r"^\s*(?:and|or)\s*$", re.IGNORECASE)
_UNIT = re.compile(r"^\s*(?:village|town|city|area|district|neighbou?rhood|quarter|suburb|"
                   r"camp|villages|towns|areas|neighbou?rhoods|districts|quarters|suburbs|"
                   r"camps|road|highway)\b",
                   re.IGNORECASE)  # "the Al-Sabura road west of the capital Damascus"
# "al-Mazzeh in Damascus", "al-Fouaa and Kefraya in Idlib province", "the Qaboun
# neighbourhood of Damascus": the next name contains these.
_SIDE = r"(?:northern|southern|eastern|western|central|rural|north|south|east|west)"
# "... in the northern countryside of Hama", "in the outskirts of Idlib": inside too.
_INSIDE = re.compile(
    r"^\s*,?\s*(?:in|inside|within)\s+(?:the\s+)?(?:" + _SIDE + r"\s+)?(?:(?:city|town|"
    r"province|governorate|countryside|outskirts|part)\s+of\s+(?:the\s+)?)?(?:" + _SIDE
    + r"\s+)?$"  # "in the east of Homs province" too: a side of the place, inside it
    r"|^\s*,?\s*(?:in|inside|within)\s+the\s+" + _SIDE + r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
_LISTED = re.compile(r"^\s*(?:,|,?\s*and)\s+(?:(?:al|el|ar|as|ad)-)?[A-Z][\w'\u2019-]*"
                     r"(?:\s+(?:(?:al|el|ar|as|ad)-)?[A-Z][\w'\u2019-]*){0,2}")


@lru_cache(maxsize=1)
def _site_head() -> re.Pattern:
    """A facility noun right after a name ("the Mirpur station in Dhaka"): the name is a
    site, so the words after the noun relate it to the next place as after "district"
    (data/places_site_heads.txt)."""
    heads = sorted(set(data.lines("places_site_heads.txt")), key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads)
    return re.compile(r"^\s*(?:" + alts + r")s?\b", re.IGNORECASE)


_PART = re.compile(r"^\s*(?:district|neighbou?rhood|quarter|suburb|area)s?$", re.IGNORECASE)
# "Santa Cruz, a village near General Santos", "Pashmul, a farming village 20 km west of
# Kandahar": an apposition names the unit before the words that relate it.
_APPOSED = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+)?(?=(?:village|town|city|area|"
                      r"district|neighbou?rhood|quarter|suburb|camp|settlement)s?\b)")
_OF = re.compile(r"^\s*of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)


_KM = re.compile(r"(\d[\d,]*)\s*(?:km|kilomet)", re.IGNORECASE)
# "Baqaa camp on the outskirts of Amman": a city's outskirts are part of it (INSIDE_KM),
# not a place up to a province away as "north of" says.
_EDGE_OF = re.compile(r"^\s*,?\s*(?:on|in|at)\s+the\s+outskirts\s+of\s+(?:the\s+)?"
                      r"(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)
# "the eastern Algiers suburb of Oued Kniss", "the Tijuana district of La Presa": a part
# of the city named before the words.
_CITY_PART_OF = re.compile(r"^\s*(?:[a-z]+\s+)?(?:suburb|district|neighbou?rhood|quarter)"
                           r"\s+of\s+(?:the\s+)?$")


def _gap(doc: Doc, end: int, start: int) -> str:
    """The text between two names (token offsets), from those tokens alone (``doc.text``
    would rebuild the whole text for every pair)."""
    return doc[end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[end:start])


def _relation(between: str) -> float | None:
    """How far a name may lie from the next name, by the words between them: near
    ("north of", "near", "15 km from") RELATIVE_KM, inside ("in", "district of")
    INSIDE_KM; None when the words say neither."""
    listed = _LISTED.match(between)  # "al-Fouaa and Kefraya in ...": a name not found
    if listed:
        between = between[listed.end():]
    apposed = _APPOSED.match(between)
    if apposed:
        between = between[apposed.end():]
    unit = _UNIT.match(between) or _site_head().match(between)
    rest = between[unit.end():] if unit else between
    if _EDGE_OF.match(rest):
        return INSIDE_KM  # "Baqaa camp on the outskirts of Amman": at the city's edge
    if _RELATIVE.match(rest):
        said = _KM.search(rest)  # "Kirkuk, 240 km north of Baghdad": farther than usual
        return max(RELATIVE_KM, 1.5 * float(said.group(1).replace(",", ""))) if said else (
            RELATIVE_KM)
    if _INSIDE.match(rest) or (_OF.match(rest) and (not unit or _PART.match(unit.group()))):
        return INSIDE_KM  # "Tartuh of Deir Ezzor", "the Qaboun neighbourhood of Damascus"
    return None


def _relative_pairs(doc: Doc, items: list) -> dict[int, tuple[int, float, bool]]:
    """Names located by a later name: "Moshahda, north of Baghdad", "Ashlij village
    near Adhaim", "al-Fouaa and Kefraya in Idlib province" (item index -> reference
    index, the distance the words allow, and whether they say "near" of a name with
    no unit word: then even a province reading must lie within reach)."""
    out: dict[int, tuple[int, float, bool]] = {}
    for i in range(len(items)):
        members, end = [i], items[i][1]
        for j in range(i + 1, min(i + 6, len(items))):
            sj = items[j][0]
            if sj < end or sj - end > 12:
                break
            between = _gap(doc, end, sj)
            if j == i + 1 and not items[i][3] and _campus(items[i][2], items[j][2], between):
                out.setdefault(i, (j, INSIDE_KM, True))  # even its province reading
                break  # (a comma here is no list)
            if _LIST.match(between):
                members.append(j)
                end = items[j][1]
                continue
            reach = _relation(between)
            if reach is not None:
                bare_of = bool(_OF.match(between))  # "Tartuh of Deir Ezzor": a namesake
                for m in members:  # only ("the 25th District of Florida" is no place)
                    if bare_of and not items[m][2]:
                        continue
                    out.setdefault(m, (j, reach, reach >= RELATIVE_KM and _cue(
                        doc, items[m][0], items[m][1]) is None))
            break
    return out


_CAMPUS_GAP = re.compile(r"^\s*(?:,|at)\s*$", re.IGNORECASE)


def _campus(body: list[Candidate], town: list[Candidate], between: str) -> bool:
    """A body located only by the place inside its name, then a town after a comma or
    "at" ("the University of California, Los Angeles", "California State University at
    San Marcos"): the town is where it is, and the body's province reading (California)
    must lie within reach of it like any other. Not when the next name is a body too
    ("Florida Atlantic University, California Polytechnic ...": a list)."""
    return (bool(body) and all(c.variant for c in body) and bool(_CAMPUS_GAP.match(between))
            and any(c.level == 0 and not c.variant for c in town))


_STREET = re.compile(r"^\s*(?:street|road|avenue|boulevard|roundabout|highway|lane|"
                     r"intersection)s?\b", re.IGNORECASE)


def _possessed_pairs(doc: Doc, items: list) -> dict[int, tuple[int, float, bool]]:
    """Names a town owns as its street, square or site: "Baghdad's Al-Tehran square",
    "Kabul's Kandahar Road" are in Baghdad and Kabul, as "Al-Tehran square in Baghdad"
    is (``_relation``), not in the city or country they are named after. So is a name
    with no such word that is no big city ("Damascus's Jobar", "Baghdad's al-Bayaa": a
    district of the city, the gazetteer lacking it or having only namesakes abroad)."""
    start_of = {s: i for i, (s, _e, _c, _f) in enumerate(items)}
    out: dict[int, tuple[int, float, bool]] = {}
    for j, (_s, e, _c, _f) in enumerate(items):
        i = start_of.get(e + 1)
        if i is None or doc[e].tag_ != "POS":
            continue
        end = items[i][1]  # the word after the name, or its own last word ("Kandahar Road")
        for after in (_gap(doc, end, min(end + 2, len(doc))), doc[end - 1].text):
            if not (_UNIT.match(after) or _STREET.match(after) or _site_head().match(after)):
                continue
            out[i] = (j, INSIDE_KM, True)  # a province reading too must lie in it
            break
        else:
            if not any(_big_city(c) for c in items[i][2]):
                out[i] = (j, INSIDE_KM, True)  # "Damascus's Jobar": a part of the city
    return out


_BARE_COMPASS = re.compile(r"^,?\s*(?:(?:just|due|far)\s+)?(?:to\s+the\s+)?(" + _DIRECTION
                           + r")\s+(?:of|from)\b", re.IGNORECASE)
COMPASS_KM = 450.0  # "Mosul, north of Baghdad" (350 km): a side, not a distance


def _compass_of(doc: Doc, items: list, relative_of: dict[int, tuple[int, float, bool]]
                ) -> dict[int, str]:
    """The compass word of a name located by a bare direction ("Tikrit, north of
    Baghdad"; not "30 km north of"), by item index."""
    out = {}
    for i, (j, _reach, _near) in relative_of.items():
        if items[i][1] <= items[j][0] and (m := _BARE_COMPASS.match(
                _gap(doc, items[i][1], items[j][0]))):
            out[i] = m.group(1).lower().replace("-", "").removesuffix("ern")
    return out


def _on_side(c: Candidate, ref: Candidate, side: str) -> bool:
    """Whether a reading lies on the said side of the reference, within COMPASS_KM."""
    dlat, dlon = c.entry[LAT] - ref.entry[LAT], c.entry[LON] - ref.entry[LON]
    return c.cc == ref.cc and distance_km(
        c.entry[LAT], c.entry[LON], ref.entry[LAT], ref.entry[LON]) <= COMPASS_KM and all(
        (w != "north" or dlat > 0) and (w != "south" or dlat < 0)
        and (w != "east" or dlon > 0) and (w != "west" or dlon < 0)
        for w in ("north", "south", "east", "west") if w in side)

def _big_city(c: Candidate) -> bool:
    """A capital or a city of CAPITAL_POP: "Moscow's Damascus embassy" names no part of
    Moscow."""
    return c.level == 0 and (c.population >= CAPITAL_POP or c.idx in load_gazetteer().capitals)


def _apply_relative(relative_of: dict[int, tuple[int, float, bool]], chosen: list,
                    items: list, names: list[str], compass: dict[int, str]
                    ) -> None:
    """A name said to lie near or in another keeps only readings within reach of it
    (in its province when the reference is one); with none left it stays
    unresolved, and event location puts the event at the reference. "Maan, 30 km
    north of Hama city" is not the Jordanian province of Ma'an."""
    for i, (j, reach, near) in relative_of.items():
        scores_j, cands_j = chosen[j][1], chosen[j][2]
        if not cands_j or not chosen[i][2]:
            continue
        ref = cands_j[max(range(len(cands_j)), key=scores_j.__getitem__)]
        if ref.level >= 3:
            continue  # "north of Syria", "in Syria" places nothing
        scores_i, cands_i = chosen[i][1], chosen[i][2]
        # A country only by a variant spelling ("Ma'an" as the Isle of Man) is no reading
        # that puts the name outside the reference.
        real = [k for k, c in enumerate(cands_i) if c.level < 3 or not c.variant]
        if not real:
            continue
        own = cands_i[max(real, key=scores_i.__getitem__)]
        if own.level >= 3:
            continue  # "in eastern Syria near the city of Deir al-Zor": a country
            # lies near no town, and keeps its reading
        if (own.cc != ref.cc and own.population > ref.population
                and _by_own_name(own, names[i]) and not _by_own_name(ref, names[j])
                and not _named_elsewhere(chosen, ref.cc, (i, j))):
            continue  # "in Gaza, near the Karni crossing": a reference read only by a
            # foreign name of a namesake (Kearny, New Jersey) moves no town named as itself
        if not near and (any(c.level >= 3 and not c.variant for c in cands_i) or (
                own.cc == ref.cc and (own.level > ref.level or (
                    own.population > ref.population and own.level >= ref.level)))):
            continue  # the bigger place is not inside the smaller ("BC in Nelson", "the
            # Baghdad neighbourhood of Al-Bayaa"); one in another country is a namesake
            # ("Mirpur in Dhaka" is no district of Pakistani Kashmir)
        keep = [k for k, c in enumerate(chosen[i][2]) if (
            (ref.level == 2 and c.cc == ref.cc and c.entry[ADM1] == ref.entry[ADM1])
            or distance_km(c.entry[LAT], c.entry[LON], ref.entry[LAT], ref.entry[LON])
            <= reach)]
        if not keep and i in compass:  # "Tikrit, north of Baghdad": farther than
            keep = [k for k, c in enumerate(chosen[i][2])  # RELATIVE_KM, on that side
                    if _on_side(c, ref, compass[i])]
            towns = [k for k in keep if chosen[i][2][k].level == 0]
            keep = towns or keep  # the town, not its district ("Baiji District")
        if (not keep and i not in compass and own.cc == ref.cc and _big_city(own)
                and _by_own_name(own, names[i])):
            continue  # "Alexandria University north of Cairo" (180 km): a big city by
            # its own name is itself, loosely placed, and no unknown spot near Cairo
        cands = [chosen[i][2][k] for k in keep]
        chosen[i] = (None, [chosen[i][1][k] + 3.0 for k in keep], cands)
        items[i] = (*items[i][:2], cands, items[i][3])


def _named_elsewhere(chosen: list, cc: str, skip: tuple[int, ...]) -> bool:
    """Whether another name of the text reads in country ``cc`` at its best: then a
    reference read by a foreign name ("Arak, east of Palmyra in Homs province":
    Palmyra is Tadmur's) is that country's place, not a namesake's alias."""
    for k, (_b, scores, cands) in enumerate(chosen):
        if k not in skip and cands and cands[max(range(len(cands)),
                                                  key=scores.__getitem__)].cc == cc:
            return True
    return False


def _containers(doc: Doc, items: list) -> tuple[dict[int, int], set[int]]:
    """"Columbus, Ohio": item index -> the index of the name after its comma (read as
    its container), and the token starts of those containers."""
    start_of = {s: i for i, (s, _e, _c, _f) in enumerate(items)}
    container_of: dict[int, int] = {}
    container_at: set[int] = set()
    for i, (_s, e, _c, _f) in enumerate(items):
        j = start_of.get(e + 1)
        if j is None or e >= len(doc) or doc[e].text != ",":
            continue
        ej = items[j][1]
        nxt = doc[ej].lower_ if ej < len(doc) else ""
        if nxt in _LIST_WORDS or (nxt == "," and ej + 1 in start_of):
            continue  # "Raqqa, Deir ez-Zor and Aleppo": a list, not "town, province"
        if items[j][2] and not _could_hold(items[j][2], items[i][2]) and (
                _listed_on(doc, ej) or _world_city(items[i][2])):
            continue  # "Copenhagen, Hamburg, Brasoc and Mannheim": Hamburg holds no Copenhagen
        container_of[i] = j
        container_at.add(items[j][0])
    for i, j in _framed_in(doc, items, start_of).items():
        container_of.setdefault(i, j)
        container_at.add(items[j][0])
    return container_of, container_at


def _could_hold(box: list[Candidate], cands: list[Candidate]) -> bool:
    """Whether a unit reading of the name after a comma lies in a country of a reading
    of the name before it: else a listed name ("Copenhagen, Hamburg, Brasoc and
    Mannheim", where the next name may be one the gazetteer lacks) holds nothing. (A
    name with no reading at all is not judged: "Arbin, Hawsh Nasri, Bakhariya".)"""
    ccs = {c.cc for c in cands}
    return any(b.level in (1, 2, 3) and b.cc in ccs for b in box)


def _world_city(cands: list[Candidate]) -> bool:
    """Whether a name reads as a city of CAPITAL_POP people or more: such a city is
    no part of a unit of another country after its comma ("either Real Madrid or
    Barcelona, Liverpool have gained popularity": a clause's comma, not Barcelona in
    Liverpool), while a village the gazetteer knows only abroad may still be one
    ("Kafr Nabl, Idlib")."""
    return any(c.level == 0 and c.population >= CAPITAL_POP for c in cands)


def _framed_in(doc: Doc, items: list, start_of: dict[int, int]) -> dict[int, int]:
    """"the Renk County villages of Mansoura and Zawiya", "the Idlib towns of Saraqeb
    and Binnish": each listed name lies in the unit named before the frame word, as in
    "Mansoura, Renk County"."""
    out: dict[int, int] = {}
    for j, (_s, e, _c, _f) in enumerate(items):
        if e + 2 >= len(doc) or not _framed_after(doc, e):
            continue
        k = e + 2
        while k in start_of:
            i = start_of[k]
            out[i] = j
            k = items[i][1]
            if k < len(doc) and doc[k].lower_ in (",", "and"):
                k += 1
            if k < len(doc) and doc[k].lower_ == "and":
                k += 1
    return out


def _home_of_person(doc: Doc, start: int) -> bool:
    """A name that says where a person comes from ("a soldier from California was
    killed in Manbij", "two aid workers from Ohio", "born in Pakistan") or where a force
    is based ("jets based in Saudi Arabia bombed Saada"), or the neighbour across a
    border ("in Jisr al-Shughur, near the border with Turkey"): no clue to where the
    story happened, so it must not shut out the scene's town abroad."""
    if start < 2:
        return False
    before, word = doc[start - 1].lower_, doc[start - 2].lower_
    return (before == "from" and doc[start - 2].lemma_.lower() in data.words(
        "person_nouns.txt")) or (before in ("in", "at") and word in (
            "based", "stationed", "born")) or (  # "a Briton born in Pakistan"
        before == "with" and word in BORDER_WORDS)  # "near the border with Turkey"


BORDER_WORDS = data.words("places_words.yaml", "border_words")


def _story_clues(doc: Doc, spans: list[tuple[int, int]], items: list,
                 context_spans: list[Span] | None, demonyms: list[Span] | None,
                 gaz: Gazetteer, force_homes: set[str]) -> tuple:
    """The story's clues (``_context``) from the spans and the other names found, and
    the homes of the state forces the text names (``_force_homes``)."""
    # Spelling variants and skeleton matches are no clue to the story's geography.
    ctx_items = [(s, e, [] if f or _home_of_person(doc, s) else [x for x in c if not x.variant])
                 for s, e, c, f in items]
    taken = set(spans)
    for sp in [*(context_spans or []), *_entity_names(doc, gaz)]:
        if (sp.start, sp.end) not in taken:
            taken.add((sp.start, sp.end))
            cands, fuzzy = candidates(gaz, sp.text)
            ctx_items.append((sp.start, sp.end,
                              [] if fuzzy else [x for x in cands if not x.variant]))
    measured = {i: items[j][2] for i, (j, _reach, _near) in _relative_pairs(doc, items).items()}
    clues = _context(doc, ctx_items, [*(demonyms or []), *_actor_demonyms(doc, gaz)], gaz,
                     measured)
    for cc in _group_homes(doc):  # "the SDF liberated the Teba neighbourhood": Syria
        clues[0][cc] += GROUP_CLUE
        clues[3][cc] += GROUP_CLUE
    for cc in force_homes:  # "the Tiger Forces": Syria, as a demonym would say
        clues[0][cc] += GROUP_CLUE
    return clues


@lru_cache(maxsize=1)
def forces_abroad() -> frozenset[str]:
    """ISO2 codes of the states whose forces the news names mostly abroad
    (data/forces_abroad.txt)."""
    return frozenset(w.upper() for w in data.words("forces_abroad.txt"))


def _force_homes(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Countries of the state forces a short text names by a name of their own ("the
    Tiger Forces"), unless the news names that state's forces
    mostly abroad (data/forces_abroad.txt): a weak clue like a nationality ("the Syrian
    army"), never a firm one, since armies cross borders; but enough for a village
    named only by a spelling ("Al-Siin" is As Si'in, Syria, not Si In, Myanmar)."""
    if len(doc) > SHORT_TEXT_TOKENS:
        return set()
    abroad = forces_abroad()
    homes = set()
    for e in doc.ents:
        info = actor_info(e.ent_id_) if e.label_ == "ORG" and e.ent_id_ else None
        if info is not None and info.inter == 1 and info.country \
                and info.country not in abroad and not any(gaz.demonym(t.text) for t in e):
            homes.add(info.country)
    return homes


def _group_homes(doc: Doc, theatres: bool = True) -> set[str]:
    """Home countries of the named armed groups and bodies of a short text ("the SDF",
    "the YPG", "the LTTE"): a rebel group or militia fights at home, so its country is a
    clue to the text's geography. State forces are not ("U.S. forces" fight abroad),
    nor the groups of a long story, whose places say more. A group that fights in
    several countries gives its main theatres instead of its home ("Islamic State
    militants attacked the Mosul Dam" is in Iraq, "recaptured Palmyra from IS" in Syria);
    ``theatres=False`` leaves such groups out: they also fight far from them (Sirte, Marawi)."""
    if len(doc) > SHORT_TEXT_TOKENS:
        return set()
    homes = set()
    for e in doc.ents:
        info = actor_info(e.ent_id_) if e.label_ == "ORG" and e.ent_id_ else None
        if info is None or info.inter in (1, 8):
            continue
        if "transnational" in info.tags:
            homes |= info.theatres if theatres else set()
        elif info.country:
            homes.add(info.country)
    return homes


def _entity_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Names the NER tagged as a nationality that the gazetteer knows as a place
    ("Aleppo governor", "Aleppo eastern neighborhoods"): not toponyms of the text
    without a cue, but clues to where the story is."""
    return [e for e in doc.ents if e.label_ == "NORP" and not gaz.is_demonym(e.text)
            and gaz.has(e.text)]


def _actor_demonyms(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Nationalities inside the names of actors and bodies ("the Syrian Arab Army",
    "the Russian Defense Ministry"): the actors' countries are clues too."""
    return [doc[t.i:t.i + 1] for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP")
            and len(e) > 1 for t in e if t.text[:1].isupper() and gaz.demonym(t.text)]


def _first_pass(doc: Doc, items: list, names: list[str], clues: tuple,
                containers: tuple[dict[int, int], set[int]], gaz: Gazetteer,
                force_homes: set[str], references: frozenset[int] = frozenset()) -> list:
    """Priors, the story's countries and local cues; drops readings the story's
    geography does not admit (``_admissible``). A name another is measured from
    (``references``: "Ali Khel, 20 km from Parachinar") keeps its readings where a short
    text's clues would leave it none: the measured name is read near it, and the
    measured name's namesake abroad (Ali Khel, Afghanistan) is no clue against it
    (each name's country ruled the other out, and the event had no place)."""
    weight, votes, admins, named, anchors, admin_names = clues
    container_of, container_at = containers
    home_ccs = _group_homes(doc, theatres=False)
    homes = [(c.entry[LAT], c.entry[LON]) for c in map(gaz.country, home_ccs) if c]
    owners, placed = _owner_countries(doc, items)
    groups = _group_homes(doc)  # (their clues are firm only far from them: FAR_KM; a
    # theatre of a group that fights in several countries only with a clue of its own)
    fronts = [(c.entry[LAT], c.entry[LON]) for c in map(gaz.country, home_ccs | {
        cc for cc in groups if weight[cc] > GROUP_CLUE}) if c]
    # a force's home is a weak clue: it never admits a spelling (Sidakan, Iraq, is no
    # "Sud Jan" in Iran for the Revolutionary Guards)
    forces = Counter({cc: GROUP_CLUE for cc in force_homes})
    chosen: list[tuple[Candidate | None, list[float], list[Candidate]]] = []
    for n, ((s, e, cands, fuzzy), text) in enumerate(zip(items, names, strict=True)):
        cue, local_cc = _cue(doc, s, e), _local_country(doc, s, gaz)
        framed = _framed_country(doc, s, e, gaz)
        if framed:  # "the South Sudanese town of Raga" is no Raga in India
            local_cc = framed
            cands = [c for c in cands if c.cc == framed and c.level < 3]
            items[n] = (s, e, cands, fuzzy)
        own_key = key(doc[s:e].text)
        countries, clear = _countries_for(weight, votes.get(own_key), named)
        if _city_part(doc, s, e) and n not in container_of:
            cands = [c for c in cands if c.cc == local_cc or _story_share(c, countries) > 0]
            items[n] = (s, e, cands, fuzzy)
        if n not in container_of:  # "Hull, Quebec" names its own evidence
            spelled = _countries_for(weight - forces, votes.get(own_key), named)[0]
            cands = _unstated_states([c for c in cands if _admissible(
                c, fuzzy, spelled if fuzzy or c.variant else countries, clear, admins,
                local_cc, anchors)], countries, admins)
            if len(doc) <= SHORT_TEXT_TOKENS and countries:
                own = votes.get(own_key)
                strong = {cc: w - (own[1] if own and own[0] == cc else 0.0)
                          for cc, w in named.items()}
                strong = {cc: w for cc, w in strong.items() if w > 0}
                firm = (any(w - GROUP_CLUE * (cc in groups) >= FIRM_CLUE for cc, w in strong.items()
                            if cc not in owners), fronts)
                kept = _short_text_readings(cands, text, {**placed, **countries}, strong, {
                    a for a in admins if not (firm[0] or fronts) or admin_names[a] - {own_key}},
                    local_cc, homes, firm, _called_village(doc, s, e))  # against firm
                # clues its own unit is no evidence
                cands = kept or (cands if n in references else kept)
            items[n] = (s, e, cands, fuzzy)
        if cue is None and s in container_at:
            cue = "container"
        chosen.append((None, _first_scores(cands, text, cue, local_cc, countries, admins,
                                           fuzzy, admin_names, own_key), cands))
    return chosen


def _first_scores(cands: list[Candidate], text: str, cue: str | None, local_cc: str | None,
                  countries: dict[str, float], admins: set[tuple[str, str]], fuzzy: bool,
                  admin_names: dict[tuple[str, str], set[str]], own_key: str) -> list[float]:
    """The first pass's score of each admitted reading of a name (``_score``), with the
    bonus of a container ("Parkland, Florida") or of a province the story named
    otherwise: split from ``_first_pass``, which decides what is admitted."""
    inside = any(c.cc in countries and (c.level == 2 or (c.cc, c.entry[ADM1]) in admins)
                 for c in cands if c.level < 3)
    scores = []
    for c, w in zip(cands, _context_weights(cands), strict=True):
        x = _score(c, text, cue, local_cc, countries, admins, fuzzy,
                   c.level == 2 and _big_namesake(c, cands)
                   or c.level == 1 and _district_seat(c, cands), w, inside)
        if cue == "container" and c.level in (1, 2, 3):
            x += 1.5  # "Parkland, Florida": Florida is the state ("Croft, Yorkshire")
        elif c.level == 2 and _named_otherwise(c, cands, admin_names, own_key):
            x += STATE_NAMED  # "CAMP MURRAY, Wash." ... "at home in Washington"
        scores.append(x)
    return scores


def _named_otherwise(c: Candidate, cands: list[Candidate],
                     admin_names: dict[tuple[str, str], set[str]], own_key: str) -> bool:
    """Whether the story named this province by another name ("CAMP MURRAY, Wash."
    ... "at home in Washington": the state). Not when it was only this name with its
    unit word and the province holds a town of this name: "a former governor of Enugu
    State" marks the state by its word, so "in a statement in Enugu" is the city."""
    others = admin_names.get((c.cc, c.entry[ADM1]), set()) - {own_key}
    if not others:
        return False
    marked = {own_key + key(w) for w in ADMIN1_WORDS}
    return not (others <= marked and _big_namesake(c, [
        o for o in cands if o.entry[ADM1] == c.entry[ADM1]]))


def _county_named(doc: Doc, items: list, names: list[str], chosen: list,
                  final: list[Candidate | None]) -> None:
    """A bare name of a county the story names in full takes that county's reading
    ("Suffolk County detectives" ... "reports the Suffolk Times": Suffolk County, New
    York, not the town of Suffolk, Virginia), as a province named otherwise does
    (STATE_NAMED). Not when a town of the name lies in the county's province: "Boise
    County" ... "in Boise" is the city (in Ada County, Idaho)."""
    full: dict[str, Candidate] = {}
    for (s, e, _c, _f), name, best in zip(items, names, final, strict=True):
        bare = strip_suffix(name)
        if best is not None and best.level == 1 and bare and _cue(doc, s, e) == "admin2":
            full.setdefault(key(bare), best)
    if not full:
        return
    for n, ((s, e, _c, _f), name, (_b, _s, cands)) in enumerate(
            zip(items, names, chosen, strict=True)):
        county = full.get(key(name))
        if county is None or _cue(doc, s, e) is not None or any(
                c.level == 0 and c.cc == county.cc and c.entry[ADM1] == county.entry[ADM1]
                for c in cands):
            continue
        final[n] = next((c for c in cands if c.idx == county.idx), final[n])


def _list_groups(doc: Doc, items: list) -> list[list[int]]:
    """Names listed together ("Los Angeles, Miami, New York, and Detroit"), three or
    more, or two joined by "and" / "or" ("California or Washington"; a comma alone
    joins a town and its container): item indices per list."""
    groups: list[list[int]] = []
    run, gaps = ([0] if items else []), []
    for i in range(1, len(items)):
        gap = _gap(doc, items[i - 1][1], items[i][0]) if items[i][0] > items[i - 1][1] else ""
        if gap and _LIST.match(gap):
            run.append(i)
            gaps.append(gap)
            continue
        if len(run) >= 3 or (len(run) == 2 and _PAIR.match(gaps[0])):
            groups.append(run)
        run, gaps = [i], []
    if len(run) >= 3 or (len(run) == 2 and _PAIR.match(gaps[0])):
        groups.append(run)
    return groups


def _apply_lists(groups: list[list[int]], chosen: list) -> None:
    """A listed name is the same kind of place as the others of its list: "western
    states such as California, Oregon or Washington" (the state, not D.C.); "Los
    Angeles, Miami, New York and Detroit" (the city, not the state)."""
    for members in groups:
        tops = {}
        for i in members:
            scores, cands = chosen[i][1], chosen[i][2]
            if cands:
                tops[i] = cands[max(range(len(cands)), key=scores.__getitem__)].level
        for i in members:
            others = Counter(v for j, v in tops.items() if j != i)
            if not others:
                continue
            level, n = others.most_common(1)[0]
            if n * 3 < 2 * sum(others.values()):
                continue  # no clear kind
            scores, cands = chosen[i][1], chosen[i][2]
            bonus = 2 * LIST_KIND if n == sum(others.values()) >= 2 else LIST_KIND
            for k, c in enumerate(cands):
                if c.level == level:
                    scores[k] += bonus


def _apply_containers(doc: Doc, container_of: dict[int, int], chosen: list, items: list
                      ) -> dict[int, tuple[int, float, bool]]:
    """"Columbus, Ohio", "Durban, South Africa": the place lies in what follows it. A
    name whose every reading lies in another country than the province after it is
    a village the gazetteer lacks ("Tartuh, Deir Ezzor" is no Tartu in Estonia): it
    stays unresolved and the event is placed at the province (returned as a relation
    of ``_relative_pairs``' kind)."""
    held: dict[int, tuple[int, float, bool]] = {}
    for i, j in container_of.items():
        scores_j, cands_j = chosen[j][1], chosen[j][2]
        if not cands_j:
            continue
        box = cands_j[max(range(len(cands_j)), key=scores_j.__getitem__)]
        if box.level == 0 and (_called_town(doc, items[j][1]) or _suburb_abroad(
                box, chosen[i][2]) and not _listed_on(doc, items[j][1])):
            _in_town(i, j, box, chosen, items, held)  # "Tubigan, Maluso town, Basilan"
            continue
        if box.level not in (1, 2, 3):
            continue
        scores_i, cands_i = chosen[i][1], chosen[i][2]
        if (cands_i and all(c.cc != box.cc for c in cands_i)
                and (box.level < 3 and (all(c.population < box.population for c in cands_i)
                                        or _framed_after(doc, items[j][1]))
                     or box.level == 3 and _towns_abroad(box, cands_i))
                and not _listed_on(doc, items[j][1])):
            chosen[i] = (None, [], [])
            items[i] = (*items[i][:2], [], items[i][3])
            held[i] = (j, INSIDE_KM, False)
            continue
        for k, c in enumerate(cands_i):
            if c.level < box.level and c.cc == box.cc and (
                    box.level == 3 or c.entry[ADM1] == box.entry[ADM1]) and (
                    box.level > 1 or distance_km(c.entry[LAT], c.entry[LON], box.entry[LAT],
                                                 box.entry[LON]) < 80):
                scores_i[k] += 3.0
    return held


def _best(entry: tuple) -> Candidate | None:
    """The best-scored reading of a ``chosen`` entry (None without readings)."""
    _b, scores, cands = entry
    return cands[max(range(len(cands)), key=scores.__getitem__)] if cands else None


def _outside_named_province(doc: Doc, items: list, chosen: list
                            ) -> dict[int, tuple[int, float, bool]]:
    """A province the sentence names as a province ("in the northern Hama countryside",
    "the southern countryside of the Aleppo Governorate") is the area its villages lie
    in: a small town read in another province of that country, PROVINCE_NAMESAKE_KM or
    more from the named province's point, is a namesake ("the key town of Qarah" is no
    Qarah of Rif Dimashq there), so the name is a village the gazetteer lacks and is held
    at the province (issue 14: an unknown village in a named province goes to the
    province, precision 3). The province sets the scene before the town ("the Aleppo
    Governorate ..., targeting the village of X"); a town before it is left to the
    container rules ("Abagana, an outskirts of Makurdi in Benue State"). Not when a
    reading of the name, or another place the sentence names, lies in the town's
    province ("Kiziltepe in Mardin province" beside Diyarbakir), nor a town of
    VILLAGE_MAX_POP people (a city is no village's namesake), nor a name whose readings
    lie only abroad (the story's countries judge those), nor without a parse (gold
    spans: no sentence to read the area in)."""
    held: dict[int, tuple[int, float, bool]] = {}
    if not doc.has_annotation("SENT_START"):
        return held
    boxes: list[tuple[int, Candidate]] = []
    for j, (s, e, _c, _f) in enumerate(items):
        box = _best(chosen[j])
        if box is not None and box.level == 2 and _cue(doc, s, e) == "admin1":
            boxes.append((j, box))
    if not boxes:
        return held
    for i, (s, _e, _c, _f) in enumerate(items):
        town = _best(chosen[i])
        if town is None or town.level != 0 or town.population >= VILLAGE_MAX_POP:
            continue
        sent = doc[s].sent.start
        mine = [(j, b) for j, b in boxes if b.cc == town.cc and items[j][0] < s
                and doc[items[j][0]].sent.start == sent]
        if not mine:
            continue
        provinces = {best.entry[ADM1] for k in range(len(items))
                     if k != i and doc[items[k][0]].sent.start == sent
                     and (best := _best(chosen[k])) is not None and best.cc == town.cc}
        if any(c.cc == town.cc and c.entry[ADM1] in provinces for c in chosen[i][2]) or any(
                distance_km(town.entry[LAT], town.entry[LON], b.entry[LAT], b.entry[LON])
                < PROVINCE_NAMESAKE_KM for _j, b in mine):
            continue
        chosen[i] = (None, [], [])
        items[i] = (*items[i][:2], [], items[i][3])
        held[i] = (mine[0][0], INSIDE_KM, False)
    return held


def _parts_of_city(doc: Doc, items: list, chosen: list
                   ) -> dict[int, tuple[int, float, bool]]:
    """"the eastern Algiers suburb of Oued Kniss", "the Tijuana district of La Presa":
    the name after the words is a part of the big city before them (a capital or a city
    of CAPITAL_POP, or the municipality named after it), so only its readings in the
    city's country within INSIDE_KM stay; with none it is a quarter the gazetteer lacks,
    held at the city (not El Oued, 500 km away, nor a village of Nayarit). A city's part
    is no big city nor a unit holding it ("the Abu Ghraib district of Baghdad" reads the
    other way: ``_relation``)."""
    held: dict[int, tuple[int, float, bool]] = {}
    for j in range(len(items) - 1):
        i = j + 1
        city = _best(chosen[j])
        if (city is None or not (_big_city(city) or city.level == 1
                                 and city.population >= CAPITAL_POP) or not chosen[i][2]
                or not _CITY_PART_OF.match(_gap(doc, items[j][1], items[i][0]))
                or any(_big_city(c) or _holds_town(c, city) for c in chosen[i][2])):
            continue  # ("the Abu Ghraib district of Baghdad": the other order)
        keep = [k for k, c in enumerate(chosen[i][2]) if c.cc == city.cc and c.level < 2
                and c.population < city.population and distance_km(
                    c.entry[LAT], c.entry[LON], city.entry[LAT], city.entry[LON]) <= INSIDE_KM]
        cands = [chosen[i][2][k] for k in keep]
        chosen[i] = (None, [chosen[i][1][k] + 3.0 for k in keep], cands)
        items[i] = (*items[i][:2], cands, items[i][3])
        if not cands:
            held[i] = (j, INSIDE_KM, False)
    return held


def _holds_town(unit: Candidate, town: Candidate) -> bool:
    """Whether a province or district reading is the unit a town lies in."""
    if unit.cc != town.cc:
        return False
    return unit.level == 3 or (unit.level == 2 and unit.entry[ADM1] == town.entry[ADM1]) or (
        unit.level == 1 and unit.entry[ADM2] is not None
        and unit.entry[ADM2] == town.entry[ADM2])


def _towns_abroad(box: Candidate, cands: list[Candidate]) -> bool:
    """Whether every reading of a name the text puts in a country ("Das, Afghanistan")
    is a town or province of another country: a namesake abroad (Das, Spain) the text
    itself rules out, so the name is a place of that country the gazetteer lacks. Not
    when a reading is a country ("Kosovo, Serbia"), nor in a territory the country
    holds or shares a conflict's ground with ("Gaza, Israel", "Guam, US"), nor within
    FAR_KM of the country's point ("Kinshasa, Congo": a neighbour's capital the
    country's name also stands for), nor a city of CAPITAL_POP ("Juba, Sudan" of a
    report before 2011): the gazetteer does not lack such a place."""
    deps = sovereigns()
    related = {box.cc, deps.get(box.cc, box.cc), *shared_theatres().get(box.cc, ())}
    related |= {d for d, s in deps.items() if s == box.cc}
    return all(c.level < 3 and c.cc not in related and c.population < CAPITAL_POP
               for c in cands) and _far(
        box, [(c.entry[LAT], c.entry[LON]) for c in cands])


def _framed_after(doc: Doc, end: int) -> bool:
    """Whether a unit's name is followed by a frame of its places ("Renk County villages
    of"): what the frame lists are small places, never a big namesake abroad."""
    return end + 1 < len(doc) and doc[end].lower_ in PLURAL_FRAMES and doc[end + 1].lower_ == "of"


def _called_town(doc: Doc, end: int) -> bool:
    """Whether the text calls a name a town right after it ("Maluso town,")."""
    return end < len(doc) and doc[end].lower_ in ("town", "municipality")


def _in_town(i: int, j: int, box: Candidate, chosen: list, items: list,
             held: dict[int, tuple[int, float, bool]]) -> None:
    """"X, Y town": X is a village of the town Y, so only its readings within INSIDE_KM
    of Y stay; with none it is held at Y (a namesake elsewhere is no reading)."""
    keep = [k for k, c in enumerate(chosen[i][2]) if c.level < 2 and distance_km(
        c.entry[LAT], c.entry[LON], box.entry[LAT], box.entry[LON]) <= INSIDE_KM]
    cands = [chosen[i][2][k] for k in keep]
    chosen[i] = (None, [chosen[i][1][k] for k in keep], cands)
    items[i] = (*items[i][:2], cands, items[i][3])
    if not cands:
        held[i] = (j, INSIDE_KM, False)


def _suburb_abroad(box: Candidate, cands: list[Candidate]) -> bool:
    """Whether a name before a city's comma ("Eastleigh, Nairobi") reads only as smaller
    towns of other countries (Eastleigh, England): the text puts it in the city, so it is
    a suburb the gazetteer lacks, not a namesake abroad. A name with a reading in the
    city's country ("Aleppo, Homs": a list) or a big city's is left to the other cues."""
    return bool(cands) and all(
        c.level == 0 and c.cc != box.cc and c.population < box.population
        and not _big_city(c) for c in cands)


def _listed_on(doc: Doc, end: int) -> bool:
    """Whether a name is followed by another capitalised name in a list ("Copenhagen,
    Hamburg, Brasoc and Mannheim"): a comma before it then lists, it holds nothing."""
    nxt = doc[end:end + 2]
    return (len(nxt) == 2 and nxt[0].lower_ in (",", "and", "or")
            and nxt[1].text[:1].isupper())


def _proximity_pass(chosen: list) -> list[Candidate | None]:
    """Pass 2: closeness to the other places (cities and districts) of the document."""
    seen: set[tuple[float, float]] = set()
    anchors: list[tuple[float, float, int]] = []
    anchor_a1: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, (c, _sc, _cs) in enumerate(chosen):
        if c is not None and c.level <= 1 and len(anchors) < 40:
            pt = (c.entry[LAT], c.entry[LON])
            if pt not in seen:
                seen.add(pt)
                anchors.append((*pt, i))
                anchor_a1[(c.cc, c.entry[ADM1])].add(i)
    final: list[Candidate | None] = []
    for i, (best, scores, cands) in enumerate(chosen):
        if best is not None and len(cands) > 1 and anchors:
            for j, c in enumerate(cands[:25]):
                if c.level == 2:  # a province is close when it holds them ("Helena")
                    if anchor_a1.get((c.cc, c.entry[ADM1]), set()) - {i}:
                        scores[j] += 0.6
                    continue
                if c.level > 2:
                    continue
                near = min((distance_km(c.entry[LAT], c.entry[LON], la, lo)
                            for la, lo, k in anchors if k != i), default=1e9)
                scores[j] += 0.6 if near < 100 else 0.3 if near < 300 else 0.0
            best = cands[max(range(len(cands)), key=scores.__getitem__)]
        final.append(best)
    return final


def _toponyms(doc: Doc, items: list, final: list, chosen: list,
              relative_of: dict[int, tuple[int, float, bool]], gaz: Gazetteer) -> list[Toponym]:
    """The resolved toponyms, with a confidence from the scores' softmax. A name left
    without readings that the text puts near or in a resolved place ("Moshahda, north
    of Baghdad") keeps that place as ``within``."""
    out: list[Toponym] = []
    for n, ((s, e, _c, _f), best, (_b, scores, cands)) in enumerate(
            zip(items, final, chosen, strict=True)):
        place: Place | None = None
        within: Place | None = None
        if best is not None:
            top = max(scores)
            z = sum(math.exp(2.0 * (x - top)) for x in scores)
            mine = next(x for c, x in zip(cands, scores, strict=True) if c.idx == best.idx)
            place = gaz.place(best, confidence=math.exp(2.0 * (mine - top)) / z)
        elif n in relative_of and final[relative_of[n][0]] is not None:
            ref = final[relative_of[n][0]]
            if ref.level < 3:
                within = gaz.place(ref, confidence=0.05)
        span = doc[s:e]
        out.append(Toponym(text=span.text, start=span.start_char, end=span.end_char,
                           place=place, within=within))
    return _held_sense(out, final)


def _held_sense(out: list[Toponym], final: list) -> list[Toponym]:
    """A name another mention of the story left unresolved inside a place ("Bab Touma
    neighborhood in Damascus") is not, elsewhere, a variant reading of a part of it
    ("at Bab Touma" as Al-Bab, Aleppo): it keeps that mention's place."""
    held = {key(t.text): t.within for t in out if t.place is None and t.within is not None}
    if not held:
        return out
    for n, (t, best) in enumerate(zip(out, final, strict=True)):
        within = held.get(key(t.text))
        if within is not None and best is not None and best.variant:
            out[n] = Toponym(text=t.text, start=t.start, end=t.end, place=None, within=within)
    return out


def _candidates_in_text(doc: Doc, s: int, e: int, name: str, gaz: Gazetteer
                        ) -> tuple[list[Candidate], bool]:
    """Candidates of a name, read with the word after it when the two name a unit
    of their own: "Damascus countryside" (and "rural Damascus") is Rif Dimashq, not the
    Damascus governorate."""
    if (e < len(doc) and doc[e].lower_ == "countryside") or (s > 0 and doc[s - 1].lower_
                                                                == "rural"):
        cands = [c for c in gaz.lookup(f"{name} countryside") if c.level == 2]
        if cands:  # "rural Damascus" too
            return cands, False
    if _LGA_AFTER.match(" " + doc[e:e + 2].text):  # "in Logo LGA" (PERSON, whole): the LGA
        cands = candidates(gaz, f"{name} LGA")[0]
        if cands:
            return cands, False
    cands, fuzzy = candidates(gaz, name)
    unit = doc[e].lower_ if e < len(doc) else ""
    if _city_part(doc, s, e):
        cands = [c for c in cands if c.level < 2]  # "the downtown Plateau quarter"
    if (unit in _PROVINCE_WORDS or doc[e - 1].lower_ in _PROVINCE_WORDS) and not any(
            c.level >= 2 for c in cands):
        bare = strip_suffix(name) or name
        cands = _bare_provinces(gaz, bare, cands) or _province_spellings(gaz, bare) or cands
    return cands, fuzzy


def _bare_provinces(gaz: Gazetteer, bare: str, cands: list[Candidate]) -> list[Candidate]:
    """The readings of "X province" when X itself names provinces: the whole name's
    readings (a district that GeoNames spells "Provincia de Bolivar", Peru) and every
    province X ("in San pablo in Bolivar province, northern Colombia": Bolivar, Colombia,
    which the whole name never reached, so the country's point won). The unit word
    says province; which one is the story's to choose. Empty when X names none."""
    found = [c for c in gaz.lookup(bare) if c.level == 2]
    if not found:
        return []
    seen = {c.idx for c in found}
    return found + [c for c in cands if c.idx not in seen]


_PROVINCE_WORDS = frozenset({"province", "governorate"})
# A part of a city ("the downtown Plateau quarter", "the Centre neighbourhood") is no
# province, country or region of that name: Plateau State, Nigeria is no Abidjan quarter.
def _city_part(doc: Doc, s: int, e: int) -> bool:
    """Whether a name is called a part of a city by the word after it ("the Plateau
    quarter", "the Mezzeh neighbourhood"; not "a Damascus suburb", "the Baghdad
    neighbourhood of Adhamiya", where the name is the city): no province, and a town of
    that name only in a country the story is about (a city's quarter is no namesake town
    abroad: Mezzeh is no Meze, France)."""
    if _indefinite_before(doc, s):
        return False  # "a Damascus suburb": a suburb of the city named
    if e < len(doc) and doc[e].text in CITY_PARTS:  # ("the French Quarter": a name)
        return not (e + 1 < len(doc) and doc[e + 1].lower_ == "of")  # "the Baghdad
        # neighbourhood of Adhamiya": the city, whose part follows
    return e - s > 1 and doc[e - 1].text in CITY_PARTS


# Determiners that make "X neighbourhood" one of the city's many ("a Damascus suburb",
# "another southwestern Baghdad neighborhood"): the name is then the city.
_INDEFINITES = frozenset({"a", "an", "another", "one", "each", "every", "any"})


def _indefinite_before(doc: Doc, s: int) -> bool:
    """Whether an indefinite determiner comes before the name, over at most two
    lower-case words ("another southwestern Baghdad neighborhood"; not "the downtown
    Plateau quarter", whose article is definite)."""
    i = s - 1
    while i >= 0 and s - i <= 3:
        word = doc[i].lower_
        if word in _INDEFINITES:
            return True
        if not (doc[i].is_alpha and doc[i].text.islower()):
            return False
        i -= 1
    return False


_VOWELS = "aeiou"


def _province_spellings(gaz: Gazetteer, name: str) -> list[Candidate]:
    """Provinces whose name differs from a name the text calls a province by one
    vowel ("Zabol Province" is Zabul, Afghanistan, not the town of Zabol, Iran): the
    unit word says which reading is meant, and Persian and Arabic vowels have several
    spellings. A spelling variant, so it needs the story's countries."""
    k = key(name)
    found: dict[int, Candidate] = {}
    for i, ch in enumerate(k if len(k) >= 4 else ""):
        if ch not in _VOWELS:
            continue
        for v in _VOWELS.replace(ch, ""):
            for c in gaz.lookup(k[:i] + v + k[i + 1:]):
                if c.level == 2:
                    found[c.idx] = Candidate(c.idx, c.entry, True)
    return list(found.values())


_INITIALS = re.compile(r"[A-Z]{2,3}")


def _initials(name: str) -> str:
    """"South Africa" -> "SA", "District of Columbia" -> "DC" (capitalised words only)."""
    parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in parts) if len(parts) >= 2 else ""


def _read_initials(items: list, names: list[str], weight: Counter[str], gaz: Gazetteer,
                   others: list[Span]) -> None:
    """A name in capitals with no reading in the story's countries ("SA", "WA": Wa is
    in Ghana) is the initials of a country of the story or of a province its places
    lie in, when exactly one fits: "chiefs in
    post-apartheid SA" of a story on South Africans and Limpopo; "wastewater in WA" of
    a story on Rockingham and Safety Bay (Western Australia). ISO codes are no reading
    ("SA" is Saudi Arabia's), so the story must name the place another way."""
    todo = [n for n, (item, name) in enumerate(zip(items, names, strict=True))
            if _INITIALS.fullmatch(name) and not any(weight.get(c.cc, 0.0) > 0
                                                     for c in item[2])]
    if not todo:
        return
    pool: dict[int, Candidate] = {}
    for cc, w in weight.items():
        c = gaz.country(cc)
        if w > 0 and c is not None:
            pool[c.idx] = c
    readings = [c for _s, _e, c, f in items if not f]
    readings += [c for c, f in (candidates(gaz, sp.text) for sp in others) if not f]
    for cands in readings:
        for c in cands[:10]:
            if c.level == 2 and weight.get(c.cc, 0.0) > 0:
                pool[c.idx] = c
            elif c.level < 2 and c.entry[ADM1] and weight.get(c.cc, 0.0) > 0:
                pool.update((p.idx, p) for p in gaz.lookup(c.entry[ADM1])
                            if p.level == 2 and p.cc == c.cc)
    for n in todo:
        fits = [c for c in pool.values() if _initials(c.entry[NAME]) == names[n]]
        if len(fits) == 1:
            s, e, _c, _f = items[n]
            items[n] = (s, e, fits, False)


def resolve_spans(doc: Doc, spans: list[tuple[int, int]],
                  context_spans: list[Span] | None = None,
                  demonyms: list[Span] | None = None,
                  names: list[str] | None = None) -> list[Toponym]:
    """Resolve the token spans ``spans`` of ``doc`` using the document as context.
    ``names``: the exact text of each span when it is narrower than its tokens
    ("U.S." inside the one token "U.S.-led")."""
    gaz = load_gazetteer()
    if names is None:
        names = [doc[s:e].text for s, e in spans]
    items = [(s, e, *_candidates_in_text(doc, s, e, name, gaz))
             for (s, e), name in zip(spans, names, strict=True)]
    # The forces' homes read only the doc's entities, which nothing here changes: once.
    force_homes = _force_homes(doc, gaz)
    clues = _story_clues(doc, spans, items, context_spans, demonyms, gaz, force_homes)
    _read_initials(items, names, clues[0], gaz, context_spans or [])
    containers = _containers(doc, items)
    # _relative_pairs is read three times on purpose: it reads the items' readings
    # (``_campus``, a bare "of" with no reading), which _read_initials and _first_pass
    # change between the calls (a name read by its initials, readings not admitted).
    references = frozenset(j for j, _reach, _near in _relative_pairs(doc, items).values())
    chosen = _first_pass(doc, items, names, clues, containers, gaz, force_homes, references)
    held = _apply_containers(doc, containers[0], chosen, items)
    held |= _outside_named_province(doc, items, chosen)
    held |= _parts_of_city(doc, items, chosen)
    relative_of = held | _possessed_pairs(doc, items) | _relative_pairs(doc, items)
    _apply_relative(relative_of, chosen, items, names, _compass_of(doc, items, relative_of))
    _document_pass(chosen, clues[2], [key(name) for name in names])
    _apply_lists(_list_groups(doc, items), chosen)
    chosen = [(cands[max(range(len(cands)), key=scores.__getitem__)] if cands else None,
               scores, cands) for _b, scores, cands in chosen]
    final = _proximity_pass(chosen)
    _one_sense(doc, items, names, chosen, final, containers[1])
    _county_named(doc, items, names, chosen, final)
    return _toponyms(doc, items, final, chosen, relative_of, gaz)


def resolve(doc: Doc) -> list[Toponym]:
    """Resolve every toponym the ``frontlines_places`` component put in doc.spans."""
    if "toponyms" not in doc.spans:
        from frontlines.extraction.places.recognize import find_toponyms

        doc.spans["toponyms"], doc.spans["demonyms"] = find_toponyms(doc, load_gazetteer())
    # A model named after a place ("A Blackhawk helicopter") is no clue to the story's
    # country: read as Black Hawk County, Iowa, it ruled out Tikrit.
    spans = [s for s in doc.spans["toponyms"] if not names_product(s)]
    demonyms = list(doc.spans.get("demonyms", []))
    return resolve_spans(doc, [(s.start, s.end) for s in spans], spans, demonyms)
