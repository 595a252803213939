"""Where a mention happened: the place its clause names, a town the sentence or the
story names before, a country a short report is about, or none. Split from the
pipeline so that one module holds the scene of an incident."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from frontlines import settings
from frontlines.domain import taxonomy
from frontlines.domain.geodesy import distance_km
from frontlines.domain.model import Actor, Place, Toponym
from frontlines.domain.places import below_country, coarseness, holds
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import places as places_stage
from frontlines.extraction.context import (
    TERRITORY,
    ArticleScan,
    SentenceInfo,
    Where,
)
from frontlines.extraction.docs import doc_text
from frontlines.extraction.events import MentionDraft
from frontlines.extraction.events.flags import clause_verb
from frontlines.extraction.events.resolvers import (
    clause_apart,
    clause_places,
    main_clause,
)
from frontlines.extraction.places.gazetteer import feature_countries, shared_theatres, towns_of
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.locate import PART_WORDS, distance_in_km, distance_pattern
from frontlines.extraction.places.recognize import CITY_PART_NOUNS
from frontlines.extraction.places.resolve import BORDER_WORDS
from frontlines.extraction.sides import (
    home_of,
    region_of,
    state_abroad,
)


def country_of_brief(sent: Span, scan: ArticleScan, actors: list[Actor | None]
                      ) -> Where | None:
    """Where nothing places an event of a short text (a wire brief or one-sentence
    report without dateline), its country: the one it names as a scene ("the violence
    consuming Iraq"), else the home its actors share (Military Forces of Syria, Jabhat
    al-Nusra; armed groups before foreign state forces), at precision 3. ACLED codes
    the country when it is all that is known; a record without one is lost to the map."""
    doc = sent.doc
    country = places_stage.named_country(scan.toponyms, sent)
    if country is None:
        abroad = {state_abroad(a) for a in actors if a is not None}
        # "U.S. forces captured four suspected insurgents": the rebels named after the
        # US forces' country are as far from home as the forces
        pointed = _pointed_at(doc, scan, actors)
        homes = [(a.inter != 1, cc) for a in actors
                 if a is not None and (cc := home_of(a)) not in abroad
                 and (actors_stage.generic_country(a) is None or cc in pointed)]
        groups = {cc for local, cc in homes if cc and local}
        states = {cc for local, cc in homes if cc and not local}
        ccs = groups or states
        if len(ccs) != 1:
            return None
        across = _neighbours(doc, scan)  # (two walks of the text: only for one home)
        if not _text_countries(doc, scan) - across <= ccs or ccs <= across:
            return None  # "Niger and Chadian army troops, in support of Nigerian forces"
        gaz = load_gazetteer()
        entry = gaz.country(next(iter(ccs)))
        country = gaz.place(entry) if entry is not None else None
    if country is None:
        return None
    if (capital := places_stage.bare_capital(sent, country)) is not None:
        return Where(capital[0], capital[0].name, capital[1], inherited=True)
    text = doc_text(doc)  # the towns the scene reader passed over, named as places
    own = [t for t in scan.toponyms if sent.start_char <= t.start < sent.end_char
           and _capital_scene(text, t)]
    town = _one_town(country, own, text, origin=False)
    if town is not None:  # "patrolled Tokyo's skies": the country only when nothing
        return Where(town.place, town.text, 2, inherited=True)  # finer is said
    return Where(country, country.name, 1 if country.level == "city" else 3, inherited=True)


def _pointed_at(doc: Doc, scan: ArticleScan, actors: list[Actor | None]) -> set[str]:
    """The countries a generic actor may stand for as a home. Its country ("Opposition
    Rebels (United States)") was read from the text, so it is no clue of its own: for a
    state whose forces serve abroad, it counts only where the text names that country
    or its people other than as whose forces these are ("insurgents attacked U.S.
    troops, the U.S. military said" is not in the United States; "American protesters"
    are at home). ACLED never places a record in a country only because an actor is
    from it."""
    text, gaz = doc_text(doc), load_gazetteer()
    out = {cc for a in actors if (cc := actors_stage.generic_country(a))
           and cc not in places_stage.forces_abroad()}
    out |= {t.place.country_code for t in scan.toponyms
            if t.place is not None and t.place.country_code
            and not places_stage.deployed_abroad(text, t)}
    out |= {cc for tok in doc if tok.text[:1].isupper() and (cc := gaz.demonym(tok.text))
            and not places_stage.owner_only(text, tok.idx + len(tok.text))}
    return out


def _text_countries(doc: Doc, scan: ArticleScan) -> set[str]:
    """Every country a text names or names the people of: an actors' home is where
    their event happened only when the text points nowhere else (armies fight abroad:
    Chadian troops retake a town in Nigeria). A state that acts as a government ("as the
    United States and Britain weighed up plans") points nowhere."""
    gaz = load_gazetteer()
    out = {t.place.country_code for t in scan.toponyms
           if t.place is not None and t.place.country_code
           and not places_stage.acting(t, doc)}
    out |= {cc for tok in doc if tok.text[:1].isupper() and (cc := gaz.demonym(tok.text))}
    return out


def _neighbours(doc: Doc, scan: ArticleScan) -> set[str]:
    """Countries a text names only across a border ("in the border area with
    Thailand", "near the Thai border"): the actors a report calls gunmen there are not
    thereby at home in them, and Myanmar troops attacking rebels "along the Thai
    border" fight on their own side of it."""
    text = doc_text(doc)
    named: dict[str, bool] = {}
    for t in scan.toponyms:
        if t.place is not None and t.place.country_code:
            cc = t.place.country_code
            named[cc] = named.get(cc, True) and places_stage.across_border(text, t.start)
    gaz = load_gazetteer()
    for tok in doc:
        if tok.text[:1].isupper() and (cc := gaz.demonym(tok.text)):
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            over = any(t.lower_ in _OVER_WORDS for t in doc[max(0, tok.i - 2):tok.i])
            named[cc] = named.get(cc, True) and nxt in BORDER_WORDS and not over
    return {cc for cc, only in named.items() if only}


# "bombed positions across the Iraqi border": beyond it, so in that country
_OVER_WORDS = frozenset({"across", "over", "beyond", "cross", "crossed", "crossing"})


_HOLDER_GAP = re.compile(r"^(?:['\u2019]s\b[^,.;]{0,20},?\s*|,\s*)$")


def _country_holds(where: Where, s: SentenceInfo) -> bool:
    """Whether the sentence names the place's country as its holder: "Yemen's capital,
    Sana'a", "Sana'a, Yemen" (not a country named anywhere else in the sentence)."""
    text = doc_text(s.span.doc)
    tops = [t for t in s.toponyms if t.text == where.text and t.place is not None]
    countries = [c for c in s.toponyms if c.place is not None and c.place.level == "country"
                 and c.place.country_code == where.place.country_code]
    return any(_HOLDER_GAP.match(text[c.end:t.start] if c.end <= t.start else
                                 text[t.end:c.start] if t.end <= c.start else "x")
               for t in tops for c in countries)


def not_the_person(where: Where, draft: MentionDraft) -> Where:
    """ "Hamdan was captured at a roadblock in Afghanistan": a text kept though the
    gazetteer does not hold it (placed at its region) that is the name heading the event's
    own victim or doer phrase is that person, no place; ACLED's location is a place, the
    finest known, so the region's own name (here the country) at its point. Only a person
    taken (an arrest or abduction): a place struck or taken ("targeted Arak and Bardeh")
    is the object of its deed, and a name inside the phrase stays."""
    if not (where.unresolved and where.text and where.place is not None) or (
            draft.sub_event_type not in {taxonomy.ARRESTS, taxonomy.ABDUCTION}):
        return where
    if not any(_head_name(side) == where.text for side in (draft.patient, draft.agent)):
        return where
    return replace(where, text=where.place.name)


def _head_name(phrase: Span | None) -> str | None:
    """The proper name heading a phrase ("Hamdan", "Mushtaq Ahmad Lone"), else None."""
    if phrase is None or phrase.root.pos_ != "PROPN":
        return None
    root = phrase.root
    return " ".join(t.text for t in root.doc[root.left_edge.i:root.i + 1]
                    if t.i == root.i or (t.dep_ == "compound" and t.head.i == root.i))


def at_home(where: Where, scan: ArticleScan, s: SentenceInfo) -> Where:
    """A place in a country the report is not about is a misreading ("Kafr Awid" read
    as a town in Ghana, "Ez Zahra" in Tunisia in a report on Aleppo): the mention keeps
    no place rather than a wrong one, and its actors take the report's country. Not
    when its own sentence names that country ("seized Yemen's capital, Sana'a" in an
    essay on many wars)."""
    where = _feature_country(where, scan, s)
    place = where.place
    if place is None or not place.country_code or _country_put_in(where, s, scan):
        return where
    owner = scan.actors.about(place.country_code) and _owner_abroad(where, scan, s)
    if not _country_holds(where, s) and (owner or not _about(scan, place.country_code, s)
                                         and not _theatre_town(where, scan, s)):
        # the one town its sentence names in a country the report is about stands in
        # ("entered Iraq from positions along the border, including Abu Kamal in
        # Eastern Syria" in a report on Syria: near Abu Kamal, not nowhere)
        text = doc_text(s.window.doc)
        towns = {(t.place.geonames_id or t.place.name): t for t in s.toponyms
                 if t.place is not None and coarseness(t.place) == 0
                 and t.place.country_code != place.country_code
                 and scan.actors.about(t.place.country_code)
                 and not places_stage.qualifies_actor(text, t.end)
                 and not places_stage.government_capital(text, t)  # "what Ankara alleges"
                 and not places_stage.seat_forces(text, t)}
        if len(towns) == 1:
            town = next(iter(towns.values()))
            return Where(town.place, town.text, 2)
        region = places_stage.story_region(scan.toponyms, text)
        if owner and region is not None and region.country_code != place.country_code:
            # "a US military base near the al-Omar oilfield" in a story on Deir ez-Zor
            return _inherited(region, region.name, 3, s)
        return Where()
    return where


def _about(scan: ArticleScan, cc: str, s: SentenceInfo) -> bool:
    """Whether the report is about a country (``Actors.about``); in a short text
    (settings.SHORT_TEXT_TOKENS), not counting the states whose forces serve abroad
    (data/forces_abroad.txt): "gunmen shot dead an American soldier ... in the nearby
    city of Fallujah, where there has been strong resistance to the U.S. occupation"
    is a report on Iraq."""
    if (scan.actors.about(cc) or cc in places_stage.forces_abroad()
            or len(s.window.doc) > settings.SHORT_TEXT_TOKENS):
        return scan.actors.about(cc)
    named = scan.actors.doc_countries
    rest = {k: v for k, v in named.items() if k not in places_stage.forces_abroad() and v}
    return not rest or 2 * named[cc] >= max(rest.values())


def _theatre_town(where: Where, scan: ArticleScan, s: SentenceInfo) -> bool:
    """Whether the scene is a town of a territory whose conflict the report's country
    shares (data/places_shared_theatres.tsv), named as a place after a locative: "shot
    dead in an Israeli army raid of their hideout near Hebron" in a report on Israel is
    in the West Bank; a town named without one ("Israel captured Hebron") is not."""
    place = where.place
    if place is None or coarseness(place) > 0 or not where.text:
        return False
    shared = shared_theatres().get(place.country_code, ())
    if not any(scan.actors.about(cc) for cc in shared):
        return False
    text = doc_text(s.window.doc)
    return any(t.text == where.text and _LOCATIVE.search(text[max(0, t.start - 30):t.start])
               for t in s.toponyms)


_IN_COUNTRY = re.compile(r"\b(?:in|inside|into|across|throughout)\s+(?:the\s+)?"
                         r"(?:north|south|east|west|central)\w*\s+$", re.IGNORECASE)
_COUNTRY_PART = re.compile(r"^['\u2019]s\s+(?:far[\s-]+)?(?:north|south|east|west)", re.IGNORECASE)


def _country_put_in(where: Where, s: SentenceInfo, scan: ArticleScan) -> bool:
    """Whether the scene is a part of a country its sentence names by the country's own
    name ("detained by Syrian Kurdish fighters in eastern Syria", "in Syria's north-east"
    in a story told from London): a country read as itself is no namesake, and a part
    of it is where something happened, not a country listed in an aside ("as in
    Yemen"), so it stays the scene even when the story's actors are of other countries
    (when the report names it often enough: settings.COUNTRY_PART_SHARE)."""
    if where.place is None or where.place.level != "country":
        return False
    named = scan.actors.doc_countries
    top = max(named.values(), default=0)
    if named[where.place.country_code] < settings.COUNTRY_PART_SHARE * top:
        return False
    text = doc_text(s.span.doc)
    return any(t.text == where.text and t.place is not None and t.place.level == "country"
               and (_IN_COUNTRY.search(text[max(0, t.start - 30):t.start])
                    or _COUNTRY_PART.match(text[t.end:t.end + 20]))
               for t in s.toponyms)


def _owner_abroad(where: Where, scan: ArticleScan, s: SentenceInfo) -> bool:
    """Whether the sentence names the place's country only as the owner of the forces
    or site just before the name ("a US military base near the al-Omar oilfield") in
    a story whose places lie in another country: the nationality pulled the name's
    reading abroad (Omar, West Virginia), so it is no scene; ACLED codes the country
    where the event happened."""
    place, text = where.place, doc_text(s.window.doc)
    story = places_stage.story_country(scan.toponyms, text)
    if place is None or story is None or story.country_code == place.country_code:
        return False
    gaz, cc, sent = load_gazetteer(), place.country_code, s.span.text
    owned: list[int] = []
    for m in _NAME_WORD.finditer(sent):
        word = m.group(0)
        if gaz.demonym(word) == cc or word == place.country or word.replace(".", "") == cc:
            if not places_stage.owner_only(text, s.span.start_char + m.end()):
                return False
            owned.append(m.end())
    at = sent.find(where.text) if where.text else -1
    return at >= 0 and any(0 < at - end <= settings.OWNER_REACH for end in owned)


_NAME_WORD = re.compile(r"\b[A-Z][A-Za-z.]*[A-Za-z]")


def _taken_place(draft: MentionDraft, s: SentenceInfo, top: Toponym | None, precision: int
                 ) -> tuple[Toponym | None, int]:
    """The place a territory event takes, where the trigger's words name none or only a
    country (split from ``scene_of``): a town inside the patient ("the recapture of the
    town of Rawa"), or the town a pronoun patient stands for; else ``top`` as found."""
    if draft.sub_event_type in TERRITORY and draft.patient is not None and (
            top is None or coarseness(top.place) > 0) and not _held_inside(top, draft):
        # What changes hands is the place: "the recapture of the town of Rawa" (not a
        # captive's home town: "captured ... Miah, a pharmacist from Birmingham").
        # (not a country: "captured by the US-backed SDF" has the US in a role)
        inside = [t for t in s.toponyms if t.place is not None and below_country(t.place)
                  and draft.patient.start_char <= t.start < draft.patient.end_char
                  and not places_stage.hometown(doc_text(s.window.doc), t.start)]
        if inside:
            top = min(inside, key=lambda t: coarseness(t.place))
            precision = coarseness(top.place) + 1  # "Somalia's Lower Shabelle region": 3
        elif top is None and draft.patient.root.pos_ == "PRON":
            # "In the border town of Albu Kamal, ... who had retaken it": the pronoun
            # is the town the sentence named before it.
            text = doc_text(s.window.doc)  # (not "Phnom Penh troops captured it")
            before = [t for t in s.toponyms if t.place is not None
                      and below_country(t.place) and t.start < draft.patient.start_char
                      and not places_stage.seat_forces(text, t)]
            if before:
                top, precision = before[-1], 1
    return top, precision


def scene_of(draft: MentionDraft, s: SentenceInfo, scan: ArticleScan, past: bool) -> Where:
    """The mention's place: the one its trigger's words name, the place taken in a
    territory event, a town the gazetteer lacks in its region, or the current scene."""
    top, precision = _taken_place(draft, s, *_located(draft, s))
    if (border := _border_scene(top, s)) is not None:
        return border
    if top is not None and top.place is not None:
        return _named_where(top, precision, s, scan)
    lead = _leading_place(top, scan, doc_text(s.window.doc)) if top is not None else None
    if lead is not None:  # "the area of Akhtarin Turkmen Bari and Dabiq": near it
        return Where(lead, lead.name, min(precision, 2))
    if top is not None and top.within is not None:
        # "the Adiyat School" in a town the sentence names
        scan.placed.setdefault(top.text, (top.within, precision))
        return Where(top.within, top.text, precision, unresolved=True)
    if top is not None and top.text in scan.placed:
        place, earlier = scan.placed[top.text]
        return Where(place, top.text, earlier, unresolved=True)
    town = near_town_before(top, s.span, scan.toponyms) if top is not None else None
    if town is not None:
        return Where(town, top.text, 2, unresolved=True)
    if top is not None:
        # A town the gazetteer lacks ("in Baghuz, eastern Syria"): keep its name and
        # use the coordinates of the region around it, at precision 3.
        region = region_of(top, s.toponyms, scan.toponyms, doc_text(s.window.doc),
                            scan.last_place[0] if scan.last_place else None)
        region = _province_named(region, s, scan)
        scene = scan.last_place[0] if scan.last_place else None
        city = places_stage.story_city(scan.toponyms, top.text, doc_text(s.window.doc),
                                       region, scene) if region is not None else None
        if city is not None:  # "the Ramussa neighbourhood" of the story's Aleppo
            return Where(city, top.text, min(precision, 2), unresolved=True)
        district = _district_named(top, s, region)
        if district is not None:  # "villages ... of Renk County": the county, not South Sudan
            return Where(district, top.text, 2, unresolved=True)
        if region is not None:
            if below_country(region):
                scan.placed.setdefault(top.text, (region, 3))
            return Where(region, top.text, 3, unresolved=True)
        precision = 3
    back = _names_back(s.span)
    own = _town_named_back(s) if back else None
    if own is not None:  # "The town of Hawija ... remains in Isis hands, but hundreds of
        # Isis members from the town are believed to have surrendered"
        return Where(own.place, own.text, 2 if _NEAR.search(s.span.text) else 1)
    town = _town_before(s.span, scan.toponyms) if back else None
    scene = scan.last_place
    if scene is not None and (not past or back) and (
            town is None or below_country(scene[0])):
        # An undated, unplaced follow-up sentence continues the previous scene, and so
        # does one about "the town" it named ("In May ... attacks on the town").
        return _inherited(*scene, s)
    if town is not None:  # "... the Syrian town of Al Tabqah. Another militant was
        # killed in a village to the east of the town." (no scene, or only a country)
        near = 2 if _NEAR.search(s.span.text) else 1
        return Where(town.place, town.text, near, inherited=True)
    return _story_scene(s, scan) or Where(precision=precision)


def _story_scene(s: SentenceInfo, scan: ArticleScan) -> Where | None:
    """Where nothing places an event: the province the story is about, precision 3
    ("ISIL kills 700 people from Syrian tribe" in a story on Deir ez-Zor), else the
    province its sentence names or the story's country ("a convoy of buses carrying
    civilians out of two besieged Syrian towns"): a record never lacks the country its
    story is in. "The capital" of a story placed in a country is its capital city."""
    region = places_stage.story_region(scan.toponyms, doc_text(s.window.doc))
    if region is not None and not below_country(region):
        region = places_stage.sentence_province(s.toponyms, scan.toponyms, region,
                                                doc_text(s.window.doc))
    dateline = scan.dateline
    if dateline is not None and (region is None or holds(region, dateline)):
        # "MOSUL, Iraq (AP) - Gunmen killed a local official": nothing finer than the
        # dateline's country places it, so near the town the report was filed from
        return _inherited(dateline, dateline.name, 2, s)
    if region is None:
        return None
    if (capital := places_stage.bare_capital(s.span, region)) is not None:
        return _inherited(capital[0], capital[0].name, capital[1], s)
    return _inherited(region, region.name, 3, s)


def _province_named(region: Place | None, s: SentenceInfo, scan: ArticleScan) -> Place | None:
    """The region of a town the gazetteer lacks, narrowed from a country to the one
    province its sentence's own places lie in ("clashes ... in Aleppo s north on the
    outskirts of the strategic town of al-Raee": Aleppo province, precision 3, not the
    Syria point), as for a record nothing places (``_story_scene``): ACLED codes the
    finest place the report gives. Only towns narrow it: a district or county the
    sentence names may be a misread word ("a Black Hawk ... in Tikrit" is no Iowa county)."""
    if region is None or below_country(region):
        return region
    towns = [t for t in s.toponyms if t.place is not None and t.place.level == "city"]
    province = places_stage.sentence_province(towns, scan.toponyms, region,
                                              doc_text(s.window.doc))
    return province if province is not None and below_country(province) else region


def _held_inside(top: Toponym | None, draft: MentionDraft) -> bool:
    """Whether the scene is a name the gazetteer lacks, held by a place it is said to
    lie in, inside what changed hands ("overran the village of Bulo Hawo in Somalia's
    Lower Shabelle region"): the village is what was taken, at its province."""
    return (top is not None and top.place is None and top.within is not None
            and draft.patient is not None
            and draft.patient.start_char <= top.start < draft.patient.end_char)


def _border_scene(top: Toponym | None, s: SentenceInfo) -> Where | None:
    """A border between two named countries where nothing finer places the event ("on
    the Afghan-Tajik border"): the first country at precision 3, the phrase kept as its
    text (not the country alone, nor no place at all as for a pair of nationalities)."""
    if top is not None and (top.place is None or top.place.level != "country"):
        return None
    border = places_stage.border_pair(s.span)
    if border is None or top is not None and not border[2] <= top.start < border[3]:
        return None  # "entered Iraq from positions along the Syria-Iraq border": Iraq
    return Where(border[0], border[1], 3, unresolved=True)


def _located(draft: MentionDraft, s: SentenceInfo) -> tuple[Toponym | None, int]:
    """The scene the trigger's words name (places.locate_event) among the places of its
    own clause, else that clause's own scene name."""
    verb = clause_apart(draft.trigger)
    own = {t.idx for t in s.span if main_clause(t).i == verb.i} if verb is not None else set()
    top, precision = places_stage.locate_event(s.span, draft.trigger,
                                               _clause_toponyms(own, s),
                                               place_like=True, nationals=True)
    return (top, precision) if top is not None else (_clause_scene(verb, own, s), precision)


def _clause_toponyms(own: set[int], s: SentenceInfo) -> list[Toponym]:
    """The sentence's places a trigger's scene may be: all of them, or only its own
    clause's (``own``: the clause's character offsets) when coordinated clauses each name
    a place of their own ("a policeman was shot dead in Mosul and a roadside bomb wounded
    two soldiers in Tikrit": the bomb's scene is Tikrit, however near the parse puts
    Mosul to the noun)."""
    if not any(t.start in own for t in s.toponyms):
        return s.toponyms
    return [t for t in s.toponyms
            if t.start in own or not s.span.start_char <= t.start < s.span.end_char]


def _clause_scene(verb: Token | None, own: set[int], s: SentenceInfo) -> Toponym | None:
    """The resolved place a clause of its own puts its event in when the scene reader
    finds none there ("while in Quetta gunmen shot dead a tribal elder", the name parsed
    as the gunmen's): that clause's scene, not the other clause's inherited."""
    if verb is None:
        return None
    names = clause_places(verb)
    return next((t for t in s.toponyms if t.start in own and t.place is not None
                 and t.text.lower() in names), None)


def _named_where(top: Toponym, precision: int, s: SentenceInfo, scan: ArticleScan) -> Where:
    """The place of a resolved scene name: the province of "the area between Aleppo and
    the border", the one town a country scene's sentence names, else the name itself."""
    area = places_stage.province_between(top, s.span)
    if area is not None:  # "the area between Aleppo and the border"
        return Where(area, area.name, 3)
    if places_stage.road_between(top, s.span):  # "on the road between Jalalabad and
        return Where(top.place, top.text, max(precision, 2))  # Kabul": near Jalalabad
    town = None if _NEAR.search(s.span.text) else _town_within(top.place, s)
    if town is not None:  # "invaded an enclave in Syria's north-west, ousting the YPG
        return Where(town.place, town.text,  # from the town of Afrin"; a district: 2
                     1 if coarseness(town.place) == 0 else 2)
    return Where(_in_story_country(top.place, scan, doc_text(s.window.doc)), top.text,
                  precision)


def _inherited(place: Place, text: str, precision: int, s: SentenceInfo) -> Where:
    """A scene taken from before or from the story, unless it is a country or province
    and the sentence names one town in it ("a convoy heading to Afrin ... was shelled"
    after a scene in Aleppo province): then that town, precision 2."""
    town = _town_within(place, s, origin=False)
    if town is not None:
        return Where(town.place, town.text, 2, inherited=True)
    own = places_stage.sentence_place(s.span, s.toponyms)
    if own is not None and not holds(own.place, place) and (
            own.place.geonames_id != place.geonames_id):
        # "Idlib has seen an increase in bloodshed as Syrian and Russian jets have
        # bombed rebel-held positions": the one place its own sentence names is nearer
        # the incident than the scene before or the story's (Tehran in an essay on Iran)
        return Where(own.place, own.text, 2 if coarseness(own.place) < 2 else 3,
                      inherited=True)
    return Where(place, text, precision, inherited=True)


def _town_within(area: Place, s: SentenceInfo, origin: bool = True) -> Toponym | None:
    """The one town of its sentence inside a country or province chosen as the scene:
    a record is at country or province level only when nothing finer is said (ACLED),
    so the town the sentence names there is the nearest point. None when the sentence
    names several towns there (which one is unclear) or only a capital that names a
    government (not "bombings in Baghdad", "the Baghdad International Airport");
    without ``origin``, not a town people come from ("displaced families from Deir
    Ezzor" after a car bomb in Deir Ezzor province is still the province)."""
    doc = s.window.doc  # "a week after attacks on the Kachia local government area"
    tops = [t for t in s.toponyms if not places_stage.other_time(doc, t)]
    return _one_town(area, tops, doc_text(doc), origin)


def _one_town(area: Place, toponyms: list[Toponym], text: str, origin: bool = True
              ) -> Toponym | None:
    """``_town_within`` over given toponyms of a sentence."""
    if coarseness(area) < 2 or not area.country_code:
        return None
    inside = {(t.place.geonames_id or t.place.name): t for t in toponyms
              if t.place is not None and coarseness(t.place) <= 1
              and t.place.country_code == area.country_code
              and (area.level == "country" or t.place.admin1 == area.admin1)
              and not places_stage.qualifies_actor(text, t.end)
              and (origin or not _FROM_BEFORE.search(text[max(0, t.start - 40):t.start]))}
    # A district counts when no town is named ("Agasha community in Guma LGA of Benue
    # State": Guma, not the state): the finest place the report gives.
    towns = {k: t for k, t in inside.items() if coarseness(t.place) == 0} or inside
    # A town that only measures another is no candidate ("Manbij city north of Aleppo")
    towns = {k: t for k, t in towns.items()
             if not places_stage.measures_another(text, t, list(towns.values()))} or towns
    # a capital counts only as a place ("in central Havana") and only when no other
    # town is named: "the Yarmouk Camp ... in southern Damascus" is the camp
    capitals = capital_ids()
    others = [t for t in towns.values() if t.place.geonames_id not in capitals]
    if not others:
        others = [t for t in towns.values() if any(
            _capital_scene(text, u) for u in toponyms
            if u.place is not None and u.place.geonames_id == t.place.geonames_id)]
    return others[0] if len(others) == 1 else None


def _capital_scene(text: str, top: Toponym) -> bool:
    """A capital named as a place, not as its government: a site in it ("a Baghdad
    cafe"), or after a locative and not in the genitive ("in central Havana",
    "patrolled downtown Ulan Bator"; not "in protest at Ankara's military campaign")."""
    if places_stage.capital_as_place(text, top):
        return True
    genitive = _GENITIVE_AFTER.match(text[top.end:top.end + 30])
    if genitive is not None:  # "patrolled Tokyo's skies": a part of the city
        return bool({w.lower() for w in genitive.groups() if w} & CITY_PARTS)
    # a locative must say it is the scene: "independently of Damascus" is its government
    return bool(_LOCATIVE.search(text[max(0, top.start - 30):top.start])) and (
        not places_stage.government_capital(text, top))


# Parts of a city its genitive names ("patrolled Tbilisi's main thoroughfare", "bombs
# carried onto London's transit system"): the city as the scene, not its government.
CITY_PARTS = PART_WORDS | CITY_PART_NOUNS
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|inside|into|across|over)\s+"
                       r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?$"
                       r"|\b(?:central|downtown)\s+$", re.IGNORECASE)
_GENITIVE_AFTER = re.compile(r"['\u2019]s?\s+([A-Za-z]+)(?:\s+([a-z]+))?")
_FROM_BEFORE = re.compile(r"\bfrom (?:the (?:town|city|village) of )?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def capital_ids() -> frozenset[int]:
    """GeoNames ids of the countries' capitals: "the PKK in Turkey, with whom Ankara has
    fought" names a government, not a town of the scene."""
    gaz = load_gazetteer()
    return frozenset(gaz.entry(i)[0] for i in gaz.capitals)


def near_city(where: Where, s: SentenceInfo) -> Where:
    """An unknown place of "Damascus countryside" goes near Damascus, precision 2,
    not to the label point of the province (``places.countryside_city``)."""
    if (where.place is None or where.place.level != "admin1" or where.precision < 3
            or where.inherited or not where.text):
        return where
    city = places_stage.countryside_city(where.place, where.text, s.toponyms,
                                         doc_text(s.window.doc))
    if city is None:
        return where
    return Where(city, where.text, 2, unresolved=True)


# "the provincial capital", "the province's capital", "the capital of the governorate":
# a province's seat named back by its role, with no name of its own after it.
_SEAT_BACK = re.compile(r"\b(?:the\s+)?(?:(?:provincial|regional|state)\s+capital|"
                        r"(?:province|governorate|state|region)['’]s\s+capital|"
                        r"capital\s+of\s+the\s+(?:province|governorate|state|region))\b"
                        r"(?!,?\s+(?:city\s+of\s+)?[A-Z])")
# "near the provincial capital", "on the outskirts of ...": ACLED's "near X", precision 2.
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|outskirts\s+of|around|close\s+to)\s+$",
                          re.IGNORECASE)
# "40 km west of the provincial capital": measured from it, somewhere else in the province.
_MEASURED_BEFORE = re.compile(r"\b(?:(?:(?:north|south|east|west)\w*|km|kilomet\w+|miles)"
                              r"\s+(?:of|from)|from)\s+$", re.IGNORECASE)


def provincial_capital(where: Where, s: SentenceInfo, trigger: Token) -> Where:
    """A province scene whose sentence puts the event in "the provincial capital"
    ("positions inside the Al-Manishiyah District of the provincial capital" of the
    Dara'a Governorate) is the province's town of its own name (Daraa): the sentence
    names the town by its role, and ACLED codes the town, not the province's point.
    Only a town bearing the province's name: a seat by another name is not guessed."""
    if (where.place is None or where.place.level != "admin1" or where.precision < 3
            or where.inherited):
        return where
    m = _SEAT_BACK.search(s.span.text)
    if m is None or _MEASURED_BEFORE.search(s.span.text[max(0, m.start() - 30):m.start()]):
        return where
    if not _event_phrase(s.span.char_span(m.start(), m.end(), alignment_mode="expand"),
                         trigger):
        return where
    province = where.place
    gaz = load_gazetteer()
    names = {province.name, *(t.text for t in s.toponyms if t.place == province)}
    towns = [c for n in names for c in gaz.lookup(n)
             if c.level == 0 and not c.variant and c.cc == province.country_code]
    towns = [c for c in towns if gaz.place(c).admin1 == province.admin1]
    if not towns:
        return where
    town = gaz.place(max(towns, key=lambda c: c.population))
    near = _NEAR_BEFORE.search(s.span.text[max(0, m.start() - 25):m.start()])
    return Where(town, town.name, 2 if near else 1)


def _event_phrase(phrase: Span | None, trigger: Token) -> bool:
    """Whether a place phrase is the event's own: the first clause above it is the
    trigger's (or a participle of it with no subject: "..., targeting positions in the
    provincial capital"), not a speaker's ("the governor's spokesman in the provincial
    capital said") or another deed's ("a day after the governor visited the provincial
    capital")."""
    if phrase is None:
        return False
    own = {trigger.i, clause_verb(trigger).i}
    verb = next((a for a in phrase[-1].ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and verb.i not in own and verb.tag_ == "VBG" and (
            verb.dep_ in {"advcl", "xcomp"}) and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        verb = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.i in own


# "eastern Sri Lanka", "northern Uganda": a part of a country its provinces are named
# after (Sri Lanka's Eastern Province, Uganda's Northern Region).
_COMPASS_PART = re.compile(r"\b(northern|southern|eastern|western|central|north-?western|"
                           r"north-?eastern|south-?western|south-?eastern|north-?central)"
                           r"\s+$", re.IGNORECASE)


def compass_province(where: Where, s: SentenceInfo) -> Where:
    """A country scene its sentence narrows by a compass word ("bombed a telephone
    exchange in eastern Sri Lanka") is the province of that name when the country has
    one (GeoNames' Eastern Province): ACLED codes the country only when nothing finer is
    said. Not a province merely translated so (Egypt's Ash Sharqiyah, "the east")."""
    if where.place is None or where.place.level != "country":
        return where
    text = doc_text(s.window.doc)
    for t in s.toponyms:
        if (t.place is None or t.place.level != "country"
                or t.place.country_code != where.place.country_code):
            continue
        m = _COMPASS_PART.search(text[max(0, t.start - 20):t.start])
        if m is None:
            continue
        word = m.group(1).lower().replace("-", "")
        name = _COMPASS_NAMES.get(word, word[:1].upper() + word[1:])
        gaz = load_gazetteer()  # "North-Western" is GeoNames' spelling of "North Western"
        units = [c for c in gaz.lookup(name) if c.level == 2 and c.cc == t.place.country_code
                 and c.entry[1].replace("-", " ").startswith(name)]
        if len(units) == 1:
            unit = gaz.place(units[0])
            return Where(unit, unit.name, 3)
    return where


_COMPASS_NAMES = {"northwestern": "North Western", "northeastern": "North Eastern",
                  "southwestern": "South Western", "southeastern": "South Eastern",
                  "northcentral": "North Central"}


def _in_story_country(place: Place, scan: ArticleScan, text: str) -> Place:
    """A river or lake across borders ("driving across the Euphrates River") lies in
    the story's country when it runs through it: the record never lacks a country."""
    if place.country_code or place.name not in feature_countries():
        return place
    story = places_stage.story_country(scan.toponyms, text)
    if story is None or story.country_code not in feature_countries()[place.name]:
        return place
    return _placed_in(place, story)


def _placed_in(feature: Place, country: Place) -> Place:
    """A river or lake across borders, read as its stretch in one country."""
    return replace(feature, country=country.country, country_code=country.country_code,
                   iso3=country.iso3, level="region")


def _feature_country(where: Where, scan: ArticleScan, s: SentenceInfo) -> Where:
    """A scene held at a river or lake across borders ("the Iraqi town of Al-Baghdadi on
    the Euphrates", a town the gazetteer lacks) lies in the one country of those it runs
    through that the story or the text names: the record never lacks its country."""
    place = where.place
    if place is None or place.country_code or place.name not in feature_countries():
        return where
    text = doc_text(s.window.doc)
    found = _in_story_country(place, scan, text)
    if not found.country_code:
        named = _text_countries(s.window.doc, scan) & feature_countries()[place.name]
        if len(named) != 1:
            return where
        gaz = load_gazetteer()
        cand = gaz.country(next(iter(named)))
        if cand is None:
            return where
        found = _placed_in(place, gaz.place(cand))
    return replace(where, place=found)


def _leading_place(top: Toponym, scan: ArticleScan, text: str) -> Place | None:
    """The town of the story's country that begins an unknown run-together name."""
    country = places_stage.story_country(scan.toponyms, text)
    return (places_stage.leading_place(top.text, country.country_code)
            if country is not None and country.country_code else None)


_BACK = re.compile(r"\bthe (?:town|city|village|neighbou?rhoods?|district|area)\b(?! of\b)",
                   re.IGNORECASE)


_NEAR = re.compile(r"\b(?:near|outskirts|around|(?:north|south|east|west)\w* of)\b",
                   re.IGNORECASE)


def _town_before(sent: Span, toponyms: list[Toponym]) -> Toponym | None:
    """The town (or district) the story named most often before a sentence, the later
    one of a tie: "the town" of "Al-Bab ... Al-Bab ... regime-held parts of Aleppo.
    In May more than 60 civilians were killed by barrel bomb attacks on the town"."""
    text = doc_text(sent.doc)
    before = [t for t in toponyms if t.end <= sent.start_char and t.place is not None
              and t.place.level in ("city", "admin2")
              and not places_stage.origin_only(text, t.start)]  # "Hussein, 50, from Qaim"
    if not before:
        return None
    named = Counter(t.place.geonames_id or t.place.name for t in before)
    return max(reversed(before), key=lambda t: named[t.place.geonames_id or t.place.name])


_NEAR_BACK = re.compile(r"\b(?:near|outskirts of|around|(?:north|south|east|west)\w* of)"
                        r" the (?:town|city)\b(?! of\b)", re.IGNORECASE)


def _district_named(top: Toponym, s: SentenceInfo, region: Place | None) -> Place | None:
    """The one district (admin2: a county, a Syrian or Afghan district) its sentence
    names around a place the gazetteer lacks ("the village of Ramliyah" in "the western
    countryside of the Al-Salamiyah District"): ACLED takes the nearest unit the text
    gives, and a district is finer than the province or country ``region_of`` finds.
    Only a name called a district ("Renk County"): "a Black Hawk" is no Iowa county."""
    text = doc_text(s.window.doc)
    districts = {t.place.geonames_id or t.place.name: t.place for t in s.toponyms
                 if t.place is not None and t.place.level == "admin2" and t is not top
                 and _DISTRICT_WORD.search(text[t.start:t.end + 12])  # not "a Black Hawk"
                 and (region is None or holds(region, t.place))
                 and not places_stage.qualifies_actor(text, t.end)
                 and not places_stage.in_body_name(text, t.start)
                 and not places_stage.across_border(text, t.start)}
    return next(iter(districts.values())) if len(districts) == 1 else None


_DISTRICT_WORD = re.compile(r"\b(?:district|county|prefecture|municipality|commune|"
                            r"department|agency|tehsil|local government|lga)\b", re.IGNORECASE)


def near_town_before(top: Toponym, sent: Span, toponyms: list[Toponym]) -> Place | None:
    """The town an unknown place lies by when its sentence says so without naming it
    ("the al-Jafra area, which is located south of the city"): the town the story
    named before, at precision 2, as "near Y" would be."""
    if top.place is not None or top.within is not None or not _NEAR_BACK.search(sent.text):
        return None
    town = _town_before(sent, toponyms)
    return town.place if town is not None else None


_TOWN_BACK = re.compile(r"\bthe (?:town|city|village)\b(?! of\b)", re.IGNORECASE)


def _town_named_back(s: SentenceInfo) -> Toponym | None:
    """"The town" of a sentence that named one town before it: that town, not the
    previous sentence's scene (None when it named none or several)."""
    m = _TOWN_BACK.search(s.span.text)
    if m is None:
        return None
    at, text = s.span.start_char + m.start(), doc_text(s.window.doc)
    towns = {(t.place.geonames_id or t.place.name): t for t in s.toponyms
             if t.place is not None and t.place.level in ("city", "admin2") and t.end <= at
             and not places_stage.origin_only(text, t.start)  # "Hall, 24, from Portsmouth"
             and not places_stage.qualifies_actor(text, t.end)}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _names_back(sent: Span) -> bool:
    """Whether a sentence speaks of "the town" (or city, village...) without naming it:
    the one the story named before."""
    return bool(_BACK.search(sent.text))


# "75 kilometres (50 miles) north of Baghdad", "20 miles (32 kilometers) south of":
# a distance and a side from a town.
_MEASURE = distance_pattern(
    r"((?:north|south)?-?(?:east|west)?)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:(?:provincial|regional|state|district)\s+)?(?:city|town|capital)\s+"
    r"(?:of\s+)?)?$")
# "about 385 kilometres (240 miles) from the state's main city of Guwahati": a distance
# with no side, so no point; far enough, the town is not the scene either.
_MEASURE_FROM = distance_pattern(
    r"(?:away\s+)?from\s+"
    r"(?:the\s+(?:[\w'\u2019]+\s+){0,3}?(?:city|town|capital)\s+(?:of\s+)?)?$")
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
             "southwest": 225, "west": 270, "northwest": 315}
MEASURED_MIN_KM = 25.0  # up to this, the town itself "near" it (precision 2) is the point
MEASURED_TOWN_KM = 60.0  # the province of the nearest town this close to the point
MEASURED_FAR_KM = 100.0  # a distance with no side this long leaves only the country


def measured_point(where: Where, s: SentenceInfo) -> Where:
    """A place the text only measures from a town ("in Yathrib, 75 kilometres north of
    Baghdad", "an ambush about 20 miles (32 kilometers) south of Baghdad", "the town
    that located 70 km west of Mosul") is not that town: ACLED codes the most specific
    location the report gives, so the point that far on that side, precision 2, in the
    province of the nearest town there (Salah ad-Din, not Baghdad)."""
    place = where.place
    if place is None or coarseness(place) > 0 or not place.country_code:
        return where
    text = doc_text(s.window.doc)
    for top in s.toponyms:
        if top.place is None or top.place.geonames_id != place.geonames_id:
            continue
        m = _MEASURE.search(text[max(0, top.start - 60):top.start])
        if m is None:
            return _far_from(where, place, text[max(0, top.start - 60):top.start])
        if (bearing := _BEARINGS.get(m.group(3).lower().replace("-", ""))) is None:
            continue
        km = distance_in_km(m)
        if km <= MEASURED_MIN_KM or km > 1000:
            return where
        lat = place.latitude + km / 111.2 * math.cos(math.radians(bearing))
        lon = place.longitude + km / (111.2 * math.cos(math.radians(place.latitude))) * (
            math.sin(math.radians(bearing)))
        towns = [t for t in towns_of(place.country_code)
                 if distance_km(lat, lon, t[0], t[1]) <= MEASURED_TOWN_KM]
        admin1 = min(towns, key=lambda t: distance_km(lat, lon, t[0], t[1]))[2] if (
            towns) else None
        name = where.text if where.unresolved and where.text else (
            f"{round(km)} km {m.group(3).lower()} of {top.text}")
        point = replace(place, name=name, latitude=round(lat, 4), longitude=round(lon, 4),
                        geonames_id=None, admin1=admin1, admin2=None, population=0)
        return replace(where, place=point, text=name, precision=2)
    return where


def _far_from(where: Where, town: Place, before: str) -> Where:
    """A place only said to lie far from a town, with no side ("bombed a Hindu temple in
    the same district, about 385 kilometres (240 miles) from the state's main city of
    Guwahati"): the town is the distance's reference point, not the scene, and no point
    can be drawn, so the town's country at precision 3 (ACLED: the reference point of a
    distance is not the location; code the finest unit known). Nearer than
    MEASURED_FAR_KM the town stays ("30 km from Kirkuk": near it, precision 2)."""
    m = _MEASURE_FROM.search(before)
    if m is None:
        return where
    km = distance_in_km(m)
    gaz = load_gazetteer()
    entry = gaz.country(town.country_code) if km > MEASURED_FAR_KM else None
    if entry is None:
        return where
    country = gaz.place(entry)
    return replace(where, place=country, text=where.text if where.unresolved and where.text
                   else country.name, precision=3)
