"""Event location: which place of a sentence is where its event happened.

"Iraqi forces from Baghdad attacked Rawa" -> Rawa. Each place name is read up
its noun phrase ("the airport of Udbina", "the Tuwaitha plant", "Grozny's
streets") to the word that links that phrase to the sentence: a locative
preposition ("in", "at", "near") or the object of the event verb makes a scene;
"from", an agent, or a phrase about people ("forces from Baghdad", "a judge in
Madrid", "Syria's army") makes an origin or a description. Places reached only
through another clause ("troops which have their bases in Turkey") are far
from the event. Of a place and its container ("Sadr City in eastern Baghdad",
"Tel Hamis, in Qamishli's suburbs") the contained one is the scene.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from frontlines import data
from frontlines.domain.geodesy import distance_km
from frontlines.domain.model import Place, Toponym
from frontlines.domain.placenames import key
from frontlines.domain.places import below_country, coarseness, holds
from frontlines.extraction.docs import doc_text, sentence_ents
from frontlines.extraction.places.gazetteer import ADM1 as ADM1_FIELD
from frontlines.extraction.places.gazetteer import CC as CC_FIELD
from frontlines.extraction.places.gazetteer import NAME as NAME_FIELD
from frontlines.extraction.places.gazetteer import Candidate
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.recognize import (
    acronym_not_place,
    compass_word,
    names_product,
    stopwords,
)
from frontlines.extraction.places.resolve import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    CITY_PARTS,
    CITY_WORDS,
    TOWN_HEADS,
    demonym_at,
    forces_abroad,
)
from frontlines.extraction.time import CALENDAR_WORDS
from frontlines.extraction.words import reporting_verbs
from frontlines.settings import (
    MAX_PLACE_LIKE,
    RELATIVE_KM,
    STATE_CITY_POP,
    STORY_PROVINCE_MIN,
    STORY_PROVINCE_SHARE,
    STRAY_POP,
)

# Verbs whose "on X" addresses a government ("called on Ankara to avoid ..."), not a place.
APPEAL_VERBS = frozenset({"call", "urge", "prevail", "press", "lean"})
# Possessed nouns that make "X's ..." a scene ("Grozny's streets"), not a possessor.
PLACE_NOUNS = frozenset({"streets", "street", "outskirts", "centre", "center", "suburbs",
                         "suburb", "neighbourhood", "neighborhood", "neighbourhoods",
                         "neighborhoods", "countryside", "airport", "port", "border",
                         "capital", "districts", "district", "villages", "province",
                         "old", "city", "downtown", "southern", "northern", "eastern",
                         "western", "airspace", "skies"})
# Words for places smaller than a town or parts of one ("the Jumla and Diwan villages").
SUB_PLACE_WORDS = CITY_PARTS | data.words("places_words.yaml", "town_plurals") | data.words(
    "places_words.yaml", "sub_place_words")
# Parts of a place: "the edge of Damascus", "the streets of Kampala", "half of Zaire".
PART_WORDS = frozenset({"edge", "edges", "streets", "street", "outskirts", "centre", "center",
                        "heart", "vicinity", "battlefields", "skies", "parts", "part", "areas",
                        "suburbs", "countryside", "border", "borders", "coast",
                        "shores", "capital", "entrance", "gates", "walls", "periphery",
                        "half", "much", "most", "rest", "side", "north", "south", "east",
                        "west", "perimeter", "environs", "interior", "region"})
# Buildings and sites: a place name modifying them stands for the scene
# ("a posh Sofia restaurant", "Venezuela's oil installations", "the Sydney offices").
SITE_WORDS = frozenset({"airport", "plant", "hospital", "restaurant", "hotel", "embassy",
                        "consulate", "offices", "office", "installations", "facility",
                        "facilities", "base", "bases", "school", "university", "museum",
                        "station", "terminal", "terminals", "basin", "site", "mosque",
                        "church", "temple", "prison", "jail", "port", "harbour", "harbor",
                        "highway", "road", "bridge", "market", "square", "stadium", "camp",
                        "compound", "headquarters", "palace", "building", "mall", "refinery",
                        "field", "fields", "checkpoint", "crossing", "front", "frontline",
                        "positions", "strongholds", "stronghold", "hometown", "island",
                        "valley", "river", "lake", "mountains", "hills", "desert", "region",
                        "zone", "territory", "province", "state", "county", "embankment",
                        "dam", "airbase", "airbases", "airfield", "airfields",  # "the Mosul Dam"
                        "parliament",  # the building: "protested outside Jakarta's parliament"
                        "cafe", "café", "shop", "shops", "nightclub", "bazaar", "cinema"})
SCENE_NOUNS = (PLACE_NOUNS | SUB_PLACE_WORDS | PART_WORDS | SITE_WORDS | CITY_WORDS
               | ADMIN1_WORDS | ADMIN2_WORDS)
# Nouns for people and bodies: a place attached to them says where they are from or
# work ("forces from Baghdad", "a judge in Madrid", "Syria's army"), not the scene.
ACTOR_NOUNS = frozenset({
    "forces", "force", "army", "armies", "troops", "soldiers", "soldier", "police",
    "policemen", "officer", "officers", "official", "officials", "commander", "commanders",
    "head", "chief", "leader", "leaders", "minister", "ministry", "president", "government",
    "spokesman", "spokeswoman", "spokesperson", "authorities", "authority", "governor",
    "judge", "court", "source", "sources", "media", "agency", "council", "brigade",
    "battalion", "unit", "squad", "division", "regiment", "militia", "militias", "group",
    "organiser", "organizer", "coordinator", "member", "members", "ambassador", "envoy",
    "delegation", "embassy", "correspondent", "reporter", "activist", "activists",
    "mayor", "team", "party", "regime", "administration", "rebels", "militants", "fighters",
    "guards", "guard", "bodyguard", "statement", "resident", "native",
    # units and craft: "a U.S. patrol", "Russian warplanes" say whose, not where
    "patrol", "patrols", "convoy", "convoys", "warplane", "warplanes", "jet", "jets",
    "aircraft", "helicopter", "helicopters", "drone", "drones", "navy", "marines",
    "personnel", "diplomats", "contractors",
    # plurals: "US presidents have rarely attacked their predecessors"
    "presidents", "ministers", "governors", "judges", "mayors", "spokesmen", "chiefs",
    "ambassadors", "envoys", "reporters", "correspondents", "governments", "agencies",
    "courts", "councils", "brigades", "battalions", "units", "squads"})
# People named by their office: a place in the phrase of their office says what they
# head, not where they were hit ("the head of ISIS security forces in Tabqa town was
# killed", "the commander of the group's operations in Baaj district").
ROLE_NOUNS = frozenset({"head", "chief", "leader", "leaders", "commander", "commanders",
                        "governor", "mayor", "emir", "spokesman", "official", "officials",
                        "member", "members", "director", "deputy"})
ROLE_COST = 2.0
# Protest verbs: "protesting against the operation in Gaza" names the grievance, not
# the protest's scene; "marched to the Sydney offices" names where it was held.
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "march", "rally", "picket"})
TOPIC_PREPS = frozenset({"against", "over", "about"})
TOPIC_COST = 3.0
# "US-backed", "Iranian-led", "London-based": a place that qualifies an actor.
SPONSOR_WORDS = frozenset({"backed", "led", "allied", "based", "supported", "trained",
                           "funded", "sponsored", "armed", "run", "brokered", "aligned"})
# Words of allegiance before "with"/"to": "rebels affiliated with Ankara".
ALLEGIANCE_WORDS = frozenset({"affiliated", "loyal", "allied", "aligned", "answerable",
                              "beholden", "linked", "tied", "allegiance"})
# Event nouns: a place inside them is where the event happened ("the Mosul operation",
# "the siege of Manbij", "the bombardment of Aziziyah"), but a country modifying them
# is a nationality ("a US air strike").
EVENT_NOUNS = frozenset({
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
    "bombing", "bombings", "bombardment", "shelling", "fighting", "clashes", "clash",
    "battle", "battles", "offensive", "operation", "operations", "campaign", "siege",
    "occupation", "assault", "ambush", "explosion", "blast", "protest", "protests",
    "demonstration", "demonstrations", "war", "violence", "massacre", "killing", "killings",
    "invasion", "incursion", "capture", "liberation", "fight", "combat", "unrest", "riot",
    "riots", "uprising", "offensives", "sweep", "crackdown", "incident", "shooting"})
# Sites a state owns or mans abroad: "a US military base near the al-Omar oilfield",
# "the Turkish observation post" say whose the site is, not in which country it lies.
OWNED_SITES = frozenset({"base", "bases", "airbase", "airbases", "outpost", "outposts",
                         "garrison", "embassy", "consulate", "post", "posts", "position",
                         "positions", "installation", "installations", "facility"})
COUNTRY_PENALTY = 0.7  # a country or province is the scene only when no town is a candidate
ADMIN1_PENALTY = 0.35
WHERE_BONUS = 3.0  # the place a relative "where" clause holding the event describes
MIN_SCORE = 0.4  # below this no place of the sentence is the scene
# A city's police acting: from the actor's -2 to a scene under any locative place.
CITY_FORCE_BONUS = 3.0
CITY_FORCE_NOUNS = frozenset({"police", "policemen", "policeman", "cops"})
EDGE_COST = 0.15  # per step in the parse between the place's phrase and the trigger
STEP_COST = 0.05  # per step inside the place's own noun phrase
LOC_PREPS = {"in": 3.0, "at": 3.0, "near": 3.0, "around": 3.0, "outside": 3.0, "inside": 3.0,
             "on": 2.0, "into": 2.0, "across": 2.0, "throughout": 2.0, "of": 1.0,
             "off": 2.5, "over": 2.0, "along": 2.0, "through": 2.0, "via": 1.0,
             "towards": 0.5, "toward": 0.5, "to": 0.5, "between": 2.0, "within": 2.0,
             "from": -2.5, "by": -1.0, "for": -1.0, "against": -1.5, "with": -1.5}
APPROX = frozenset({"near", "around", "outside", "outskirts", "countryside", "vicinity",
                    "north", "south", "east", "west", "northeast", "northwest", "southeast",
                    "southwest", "northern", "southern", "eastern", "western", "km", "kilometres",
                    "kilometers", "miles", "close", "periphery", "suburbs"})
# Cost of reaching the event through another clause, by the clause's relation.
CLAUSE_COST = {"relcl": 1.2, "acl": 0.8, "conj": 0.9, "ccomp": 0.8, "parataxis": 0.8,
               "advcl": 0.15, "xcomp": 0.0, "pcomp": 0.2, "csubj": 0.5}
REL_PARTICIPANT_COST = 0.2
ACTOR_ATTACH_COST = 0.8
DISTANCE_WORDS = frozenset({"away", "km", "kilometres", "kilometers", "miles", "mi", "metres",
                            "meters", "yards"})
SOURCE_COST = 1.5
# The trigger's own object place: just under "in" of its own clause (2.8 against 3.0).
TARGET_BONUS = 1.8
# Verbs of leaving ground under fire: "from X" is the battlefield, not an origin.
WITHDRAW_VERBS = frozenset({"withdraw", "retreat", "expel", "oust", "evict", "dislodge"})
AGENT_COST = 1.0
PLACE_LIKE = frozenset({"ORG", "FAC", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
# Words that mark a name as a place: "Khanasir town", "the Adiyat School", "the village of X".
FRAME_WORDS = (SUB_PLACE_WORDS | SITE_WORDS | CITY_WORDS | ADMIN2_WORDS | ADMIN1_WORDS) - {
    "state", "front", "positions", "field", "fields", "office", "offices", "zone"}
CONTAINER_PREPS = frozenset({"in", "on", "of", "outside", "near", "inside", "within", "at"})
ENTRANCE_WORDS = frozenset({"entrance", "entrances", "gate", "gates", "approach",
                            "approaches"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest"})
# "a road connecting Afrin to Dar al-Izza": the first town names the road, as "of" would.
ROUTE_VERBS = frozenset({"connect", "link", "join"})
ROUTE_WORDS = frozenset({"road", "roads", "highway", "motorway", "route", "railway"})
# Moving the wounded or dead away from the scene: "was flown to Germany for treatment",
# "were taken to a hospital in Damascus", "evacuated to Amman". Where they were taken is
# no scene of the event (ACLED codes where it happened). "evacuate", "airlift" always;
# the others only with a place of care ("took to the streets of X" is a scene).
CARE_VERBS = frozenset({"evacuate", "airlift", "medevac"})
CARRY_VERBS = frozenset({"take", "fly", "rush", "transfer", "transport", "carry", "move",
                         "bring", "admit", "send", "drive"})
CARE_WORDS = frozenset({"hospital", "hospitals", "clinic", "clinics", "treatment",
                        "infirmary", "morgue"})
CARE_COST = 3.0
# "the suspects were arrested in Kano": where people were held after an incident told in
# the same sentence, not where it happened (unless the event is the arrest itself).
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab", "capture"})
ARREST_COST = 1.0
PATIENT = frozenset({"dobj", "nsubjpass"})
PARTICIPANT = PATIENT | {"nsubj", "agent", "dative"}
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass
class _Reading:
    """How one place name hangs in the sentence."""

    top: Toponym
    span: Span
    chain: list[Token] = field(default_factory=list)  # root .. phrase head
    links: list[str] = field(default_factory=list)  # how each step attached
    prep: Token | None = None  # preposition introducing the phrase
    score: float = 0.0
    near: bool = False
    reference: bool = False  # "30 km from X": X only locates something else
    held: bool = False  # "arrested in X": where people were held, not the event
    lent: bool = False  # its score is only the one of a town that measures it
    away: bool = False  # where people went after the event ("departed ... for Coban")

    @property
    def head(self) -> Token:
        return self.chain[-1]

    @property
    def rank(self) -> int:
        """How coarse the place is (domain.places.coarseness + 1); unresolved, 0, or
        what its unit word says ("Shaba province": 3, "X district": 2)."""
        if self.top.place:
            return coarseness(self.top.place) + 1
        doc = self.span.doc
        unit = {doc[i].lower_ for i in (self.span.end - 1, self.span.end) if i < len(doc)}
        return 3 if unit & ADMIN1_WORDS else 2 if unit & ADMIN2_WORDS else 0


def _lost_genitive(tok: Token) -> bool:
    """A country's genitive whose apostrophe the copy lost ("Syrias"): no word of the
    name before it (recognition trims it the same way)."""
    word = tok.text
    return (len(word) > 3 and word.endswith("s") and word[:1].isupper()
            and tok.pos_ == "PROPN"
            and any(c.level == 3 for c in load_gazetteer().lookup(word[:-1])))


def _climb(root: Token, inside: set[int]) -> tuple[list[Token], list[str]]:
    """From a place name up its noun phrase: "the airport of Udbina" -> airport."""
    chain, links = [root], []
    cur = root
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            break
        dep = cur.dep_
        if _lost_genitive(head):
            break  # "Deir al-Zor Syrias SANA agency": the name ends before "Syrias"
        if head.i in inside or dep == "compound" and (
                head.ent_type_ in ("DATE", "TIME") or head.pos_ == "PROPN"
                and head.lower_ not in ACTOR_NOUNS | EVENT_NOUNS | SCENE_NOUNS):
            # another word of the same name ("Mazar" of "Mazar-e-Sharif"), or a date the
            # parser hung on the name ("captured Kabul September 27")
            chain[-1] = head
            cur = head
            continue
        if dep in ("compound", "nmod", "amod", "poss", "appos", "conj", "flat") and (
                head.pos_ in _NOMINAL or head.lower_ in SCENE_NOUNS):
            links.append(dep)
        elif dep == "advmod" and cur.lower_ in DIRECTIONS and head.lower_ in SCENE_NOUNS:
            links.append(dep)  # "a town northeast of Baghdad"
        elif dep == "dobj" and head.lemma_ in ROUTE_VERBS and head.dep_ == "acl" and (
                head.head.i != head.i):
            links.append("of")  # "a road connecting Afrin to ...": the road of Afrin
            head = head.head
        elif dep == "pobj" and head.head.i != head.i and (
                head.lower_ == "of" and (head.head.pos_ in _NOMINAL
                                         or head.head.lower_ in PART_WORDS | DIRECTIONS)
                or head.lower_ == "to" and head.head.lower_ in ENTRANCE_WORDS):
            links.append(head.lower_)  # "the town of X", "the entrance to Heathrow"
            head = head.head
        else:
            break
        chain.append(head)
        cur = head
    return chain, links


def _prep(tok: Token) -> Token | None:
    """The preposition whose object is ``tok`` ("in" for "in the town")."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative", "pcomp") or (
            tok.dep_ == "pobj" and tok.head.pos_ == "ADP"):
        return tok.head
    return None


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


def _argument_of(tok: Token, trigger: Token, roles: frozenset[str]) -> bool:
    """Whether a noun is (part of) an argument of the trigger in one of ``roles``:
    "laborers" in "shot four laborers working in ...", "forces" in "by forces in Iraq"."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.i == trigger.i:
            return cur.dep_ in roles
        if cur.dep_ in ("conj", "appos", "compound", "nmod", "amod"):
            cur = head
        elif cur.dep_ == "pobj" and head.lower_ in ("of", "with", "among", "including"):
            cur = head.head  # "dozens of fighters"
        elif cur.dep_ == "pobj" and head.dep_ == "agent" and head.head.i == trigger.i:
            return "agent" in roles
        else:
            return False
    return False


def _victim_of(tok: Token, trigger: Token) -> bool:
    """Whether a noun is (part of) the trigger's patient, or, when the trigger is the
    subject of a verb ("air strikes killed 14 people including children fleeing on
    rafts near Mayadeen"), that verb's patient: where the victims were is the scene."""
    if _argument_of(tok, trigger, PATIENT):
        return True
    verb = trigger.head
    return trigger.dep_ == "nsubj" and verb.pos_ in _VERBAL and _argument_of(tok, verb, PATIENT)


def _path_cost(start: Token, trigger: Token) -> float:
    """Parse distance from a phrase to the trigger, plus the cost of clause boundaries."""
    up_a, up_b = _ancestors(start), _ancestors(trigger)
    idx_b = {t.i: k for k, t in enumerate(up_b)}
    k_a = next((k for k, t in enumerate(up_a) if t.i in idx_b), None)
    if k_a is None:
        return 20 * EDGE_COST
    k_b = idx_b[up_a[k_a].i]
    cost = EDGE_COST * (k_a + k_b)
    # Verbs between the place and the common ancestor: another clause.
    for t in up_a[:k_a]:
        if t.head.i == trigger.i and t.dep_ in ("acl", "relcl"):
            continue  # the trigger noun's own clause: "a car bombing ... killed 26 at X"
        if t.pos_ in _VERBAL and t.dep_ in CLAUSE_COST:
            extra = CLAUSE_COST[t.dep_]
            if t.dep_ in SPEAKER_CLAUSES and _speaking(t):
                extra += SOURCE_COST  # "As Blair spoke ... in Gateshead, people
                # demonstrated ... in London": the speaker's place, not the event's
            if t.dep_ in ("relcl", "acl") and (t.head.lower_ in EVENT_NOUNS | SITE_WORDS
                                               or _victim_of(t.head, trigger)):
                # "the clashes that broke out in ...", "laborers working in a factory in
                # ...", "a site where displaced families are located near X" (where the
                # site is); not "troops which have their bases in Turkey" (an agent's home)
                extra = REL_PARTICIPANT_COST
            cost += extra
    # The trigger in a clause below the one that holds the place.
    for t in up_b[:k_b]:
        if (t.pos_ in _VERBAL or t.i == trigger.i) and t.dep_ in CLAUSE_COST:
            cost += CLAUSE_COST[t.dep_] * 0.6
    return cost


# Clauses set beside the event's own ("As X spoke in Y, ...", "X spoke in Y and ...").
SPEAKER_CLAUSES = frozenset({"advcl", "conj", "parataxis"})


@lru_cache(maxsize=1)
def speaking_verbs() -> frozenset[str]:
    """Verbs of speaking or reporting (data/places_speaking_verbs.txt and
    data/reporting_verbs.txt)."""
    return data.words("places_speaking_verbs.txt") | reporting_verbs()


def _speaking(verb: Token) -> bool:
    """Whether a clause beside the event's is someone speaking: its place is the
    speaker's, not the event's (ACLED codes where the event happened)."""
    return verb.lemma_.lower() in speaking_verbs() and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_DATELINE = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\(")


def _dateline(top: Toponym, span: Span) -> bool:
    """A dateline: the filing place in capitals before the agency ("WASHINGTON
    (Sputnik)", "BEIRUT, Lebanon (AP)"), not where anything happened."""
    letters = [c for c in top.text if c.isalpha()]
    return len(letters) >= 4 and top.text.isupper() and bool(
        _DATELINE.match(doc_text(span.doc)[top.end:top.end + 40]))


def _acting_state(top: Toponym, span: Span) -> bool:
    """A country or a capital-sized city that acts (the subject of an active verb, or
    joined to one): it stands for its government ("Moscow began an air campaign",
    "attacks carried out by Washington and its Arab allies")."""
    p = top.place
    if p is None or not (p.level == "country" or (p.level == "city"
                                                   and p.population >= STATE_CITY_POP)):
        return False
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "on" and (
            root.head.head.lemma_ in APPEAL_VERBS):
        return True  # "Trump called on Ankara to avoid actions": the government addressed
    if root.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > root.i
                                   for c in root.head.children):
        return True  # "murders which prompted Paris to raise": the one made to act
    return root.dep_ == "nsubj" or (root.dep_ == "pobj" and root.head.dep_ == "agent")


def _not_a_scene(top: Toponym, span: Span, first: str) -> bool:
    """Readings that are never the scene: a possessor, a person, common words, a sponsor."""
    doc, root = span.doc, span.root
    if root.i < len(doc) - 2 and doc[root.i + 1].tag_ == "POS" and (
            doc[root.i + 2].lower_ not in PLACE_NOUNS and first not in SCENE_NOUNS):
        return True  # "Syria's army": a possessor, not a scene ("Grozny's streets" is)
    if any(c.dep_ == "appos" and c.lower_ in ACTOR_NOUNS for c in root.children):
        return True  # "Abu Zubaydah, al-Qaida's top coordinator": a person
    if top.place is None and top.text.islower():
        return True  # "eastern coast": common words, not a name
    if _dateline(top, span):
        return True  # "WASHINGTON (Sputnik)": where the report was filed
    if names_a_thing(top, doc):
        return True  # "a Bradley armored vehicle", "Mobile phone footage": a product
    if _acting_state(top, span):
        return True  # "Moscow stepped up its support", "Washington and its allies struck"
    if _sponsor_object(root):
        return True  # "Syrian rebels affiliated with Ankara", "militias loyal to Tehran"
    if across_border(doc_text(doc), top.start):
        return True  # "clashes at X on the border with Turkey": the neighbour
    if top.place is None and _names_town_after(root):
        return True  # "the Azov Sea port city of Mariupol": Mariupol is the scene
    # "the US-backed Syrian Democratic Forces": a sponsor, not a scene
    return root.dep_ in {"npadvmod", "compound", "amod"} and root.head.lower_ in SPONSOR_WORDS


# Head nouns whose "of" name is the place itself ("the port city of Mariupol"); a part's
# head ("the Mezzeh neighbourhood of Damascus") has its city after "of", and the part is
# the finer scene.
_TOWN_HEADS = TOWN_HEADS | data.words("places_words.yaml", "town_plurals")


def _names_town_after(root: Token) -> bool:
    """Whether a name only qualifies a place noun whose own name follows "of" ("the
    Azov Sea port city of Mariupol", "the Black Sea resort town of X"): the head noun
    names X, and the qualifier is no scene of its own."""
    t = root
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i:
        t = t.head
    return t is not root and t.lower_ in _TOWN_HEADS and any(
        c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in t.children)


def _sponsor_object(root: Token) -> bool:
    """A name after "affiliated with", "loyal to", "backed by" is whom a force answers
    to (a government, whatever the size of its capital), not where anything happens;
    "based in" still places."""
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("with", "to", "by") and (
        prep.head.lower_ in SPONSOR_WORDS | ALLEGIANCE_WORDS)


def _phrase_score(first: str, first_link: str, country: bool) -> float:
    """What the noun a place name modifies says: "Baghdad police" (an actor), "a US
    air strike" (a nationality), "Hong Kong people" (a description)."""
    if first in ACTOR_NOUNS and first_link != "of":
        return -2.0  # "Baghdad police", "the Sri Lankan squad"
    if first in ACTOR_NOUNS:
        return -1.0  # "the commander of Deir ez-Zor"
    if first in EVENT_NOUNS and country and first_link in ("compound", "amod", "poss", "nmod"):
        return -2.0  # "a US air strike": a nationality
    if first and first not in SCENE_NOUNS and first not in EVENT_NOUNS and (
            first_link in ("compound", "nmod", "amod")):
        return -0.3 if not country else -1.0  # "Hong Kong people", "Mobile phone footage"
    return 0.0


def _prep_score(r: _Reading, prep: Token, trigger: Token) -> float:
    """How the preposition introducing the place links it to the event ("in X", "10
    miles from X", "on the outskirts of X", "a judge in Madrid")."""
    doc = prep.doc
    score = LOC_PREPS.get(prep.lower_, 1.0)
    if prep.lower_ == "from" and any(t.lower_ in DISTANCE_WORDS
                                     for t in doc[max(prep.i - 4, 0):prep.i]):
        score = LOC_PREPS["near"]  # "10 miles from X", "two kilometers away from X"
        r.near = r.reference = True
    elif prep.lower_ == "from" and prep.head.lemma_.lower() in WITHDRAW_VERBS:
        score = LOC_PREPS["at"]  # "the FSA lost 12 fighters before withdrawing from
        # Akhtreen": a force leaves the ground it fought on, no home it came from
    elif prep.lower_ in ("on", "to", "at", "into") and any(
            t.lower_ in PART_WORDS for t in r.chain[1:]):
        score = max(score, LOC_PREPS["in"])  # "on the outskirts of Karachi"
    attach = prep.head
    if prep.lower_ in ("on", "against") and attach.lower_ in EVENT_NOUNS:
        score = max(score, LOC_PREPS["in"])  # "rocket shelling on Khanasir town"
    protest = trigger.lemma_.lower() in PROTEST_LEMMAS
    if prep.lower_ == "to" and attach.i == trigger.i and protest:
        score = max(score, LOC_PREPS["at"])  # "marched to the Sydney offices of the UN"
    if _in_role_phrase(attach, trigger):
        score -= ROLE_COST
    if protest and _in_topic(attach, trigger):
        score -= TOPIC_COST
    if attach.i != trigger.i and attach.pos_ in _NOMINAL:
        low = attach.lower_
        if low in ACTOR_NOUNS and not _argument_of(attach, trigger, PARTICIPANT):
            score -= ACTOR_ATTACH_COST  # "a judge in Madrid", "sources in Nineveh"
        elif low not in EVENT_NOUNS and low not in SCENE_NOUNS:
            score -= 0.3
    return score


def _control_object(noun: Token, trigger: Token) -> bool:
    """"Control" as the trigger's object ("seize control of X", "took control of X",
    "regained control of X"): X is the ground taken, as the object of "captured" is,
    not a place merely named beside the event ("an offensive in northern Hama which had
    them seize control of Morek" happened at Morek)."""
    return noun.lower_ == "control" and noun.dep_ == "dobj" and noun.head.i == trigger.i


def _in_role_phrase(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is an office holder's noun or inside its "of" phrase ("the head
    of ISIS forces", "the commander of the group's operations")."""
    cur = tok
    for _ in range(6):
        if cur.i == trigger.i:
            return False
        if cur.lower_ in ROLE_NOUNS and any(c.lower_ == "of" for c in cur.children):
            return True
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in _NOMINAL:
            cur = cur.head.head  # "operations in Baaj district in Mosul suburb"
        elif cur.dep_ in ("compound", "poss", "conj"):
            cur = cur.head
        else:
            return False
    return False


def _in_topic(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is inside the "against/over X" phrase of the trigger: what a
    protest is about ("protesting against the Israeli operation in Gaza")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in TOPIC_PREPS and cur.head.head.i == trigger.i:
            return True
        cur = cur.head
        if cur.i == trigger.i:
            return False
    return False


def _argument_score(head: Token, trigger: Token, nouns: list[Token], first: str,
                    known: bool = True) -> float:
    """A place that is the event's object ("Hamas overran Gaza", "captured the town of
    X") is the scene, over a place of another clause ("shelled Aleppo as peace talks
    opened in Geneva"); the one who acts is not. A name the gazetteer lacks (``known``
    False) gains less: a known town near it still places the event."""
    score = 1.0
    if (head.dep_ in ("dobj", "nsubjpass") or _object_misparsed(head, trigger)) and (
            head.head.i == trigger.i and (not nouns or first in SCENE_NOUNS
                                          or _control_object(head, trigger))):
        score += TARGET_BONUS if known else 1.0
    elif head.dep_ == "nsubj" and head.head.i == trigger.i and any(
            c.dep_ == "dobj" for c in trigger.children):
        score -= AGENT_COST
    return score


def _object_misparsed(head: Token, trigger: Token) -> bool:
    """A name right after a verb with no object, parsed as an adverbial noun ("Rebels
    shelled Aleppo on Monday": npadvmod): the verb's object."""
    return (head.dep_ == "npadvmod" and head.i == trigger.i + 1 and trigger.pos_ == "VERB"
            and not any(c.dep_ == "dobj" for c in trigger.children))


def _frame_before(span: Span, chain: list[Token]) -> Token | None:
    """The noun of "the city of X" when the parse hung X elsewhere: copy without commas
    runs a name into the words after it ("near the city of Deir al-Zor Syrias SANA
    agency"), but the words before it still say whose phrase it is."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in CITY_WORDS:
        return None
    frame = doc[i - 2]
    return None if any(t.i == frame.i for t in chain) else frame


def _direction_of(r: _Reading) -> bool:
    """Whether the name hangs on a compass word that modifies a verb ("killed south
    of X", "advanced west of X"), not a noun ("the south of X" as a subject)."""
    head = r.head
    return (bool(r.links) and r.links[-1] == "of" and head.lower_ in DIRECTIONS
            and head.dep_ in ("advmod", "npadvmod") and head.head.pos_ in _VERBAL
            and not _apposed(head))


def _apposed(compass: Token) -> bool:
    """Whether a compass phrase follows a comma after a noun ("in Taji, just north of
    Baghdad", "in Sinjar town, some 100 km west of Mosul"): it then describes that
    place, whatever verb the parser hangs it on, and the place is the scene."""
    i = compass.left_edge.i
    doc = compass.doc
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ in ("PROPN", "NOUN")


def _read(top: Toponym, span: Span, trigger: Token) -> _Reading | None:
    """Score one place as the scene of the trigger's event (None: not a candidate)."""
    doc = span.doc
    root = span.root
    inside = set(range(span.start, span.end))
    chain, links = _climb(root, inside)
    frame = _frame_before(span, chain)
    if frame is not None:
        more, more_links = _climb(frame, set())
        chain, links = [root, *more], ["of", *more_links]
    r = _Reading(top, span, chain, links)
    level = top.place.level if top.place else "city"
    country = level in ("country", "continent")
    # Nouns the name modifies on its way up, and the first one that is not a name.
    nouns = [t for t in chain[1:] if t.i not in inside]
    first = nouns[0].lower_ if nouns else ""
    if _not_a_scene(top, span, first) or hometown(doc_text(doc), top.start) or (
            root.dep_ == "appos" and root.head.lower_ in ACTOR_NOUNS and not links) or (
            seat_forces(doc_text(doc), top)):  # "Phnom Penh troops captured it"
        return None
    if _other_time(root, trigger):
        return None  # "a week after attacks on the Kachia local government area"
    if level in ("city", "admin2") and any(t.lower_ in ADMIN1_WORDS for t in nouns):
        level = "admin1"  # "the province of Damascus", "Shaba province"
    score = _phrase_score(first, links[0] if links else "", country)
    if level == "city" and _city_force_acting(nouns, trigger):
        score += CITY_FORCE_BONUS  # "Tehran police arrested 30 women": in Tehran
        r.near = True
    prep = _prep(r.head)
    if prep is not None:
        r.prep = prep
        score += _prep_score(r, prep, trigger)
        start = prep
    elif _direction_of(r):
        # "were killed south of Deir Ezzor": a compass word on the verb places the
        # event near the name, as "near" would
        score += LOC_PREPS["near"]
        r.near = True
        start = r.head
    else:
        score += _argument_score(r.head, trigger, nouns, first, top.place is not None)
        start = r.head
    if root.dep_ == "compound" and root.head.lower_ in SUB_PLACE_WORDS and any(
            c.lower_ == "of" for c in root.head.children):
        score -= 0.5  # "the Baghdad neighbourhood of X": X is the scene
    elif span.end < len(doc) and doc[span.end].lower_ in SUB_PLACE_WORDS:
        score += 0.3  # "in al-Tijara neighbourhood": the most specific place
    if any(t.lower_ == "according" for t in _ancestors(start)[:8]):
        score -= SOURCE_COST  # "according to sources in Nineveh": where the news came from
    score -= STEP_COST * (len(chain) - 1) + _path_cost(start, trigger)
    score -= 0.02 * abs(root.i - trigger.i)
    r.away = _destination(root, trigger)
    if _taken_to(root, trigger) or r.away:
        score -= CARE_COST  # "were taken to a hospital in Damascus": not the scene
    r.held = _arrested_at(root, trigger)  # "a bombing in Charsadda ... arrested in Peshawar"
    score -= COUNTRY_PENALTY if country else ADMIN1_PENALTY if level == "admin1" else 0.0
    r.score = score
    words = {t.lower_ for t in chain[1:]}
    r.near = r.near or (prep is not None and prep.lower_ in APPROX) or bool(
        words & (APPROX | ROUTE_WORDS)) or any(
        t.lower_ in APPROX for t in doc[max(span.sent.start, span.start - 3):span.start])
    return r


def _taken_to(root: Token, trigger: Token) -> bool:
    """Whether a place says where the victims were taken, not where the event was: it
    hangs (through its own phrase, "a hospital in X") on "to" of a verb of carrying
    whose destination or purpose is care ("flown to X for treatment", "rushed to X's
    main hospital"), or of "evacuated"/"airlifted"."""
    if (tok := _prep_above(root, trigger, ("to",))) is None:
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in CARE_VERBS:
        return True
    if lemma not in CARRY_VERBS or verb.i == trigger.i:
        return False
    phrase = {t.lower_ for t in tok.subtree} | {
        t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
        for t in c.subtree}
    return bool(phrase & CARE_WORDS)


def _prep_above(root: Token, trigger: Token, preps: tuple[str, ...]) -> Token | None:
    """The first preposition of ``preps`` a place hangs on, up its own phrase ("a
    hospital in X" -> "to"), or None when the walk meets the trigger or another verb
    first: the one walk of ``_taken_to`` and ``_destination``, which differ only in
    their prepositions and in what they ask of the verb the preposition hangs on."""
    for tok in _ancestors(root)[1:10]:
        if tok.i == trigger.i or tok.pos_ in _VERBAL and tok.lower_ not in preps:
            return None
        if tok.lower_ in preps and tok.dep_ == "prep":
            return tok
    return None


_TIME_PREPS = ("after", "before", "since", "following")


def _measured_time(tok: Token) -> bool:
    """A time preposition measured by a span of time ("a week after", "days before")."""
    return tok.head.dep_ == "npadvmod" or any(c.dep_ == "npadvmod" for c in tok.children)


def _other_time(root: Token, trigger: Token) -> bool:
    """Whether a place hangs on a time preposition measured by a span of time ("killed
    three in Kaduna State, a week after attacks on the Kajuru and Kachia local government
    areas", "days before clashes in X"): the place of an earlier or later event, not
    the scene of this one."""
    tok = _prep_above(root, trigger, _TIME_PREPS)
    return tok is not None and _measured_time(tok)


def other_time(doc: Doc, top: Toponym) -> bool:
    """``_other_time`` for a toponym of the sentence with no trigger to stop at: the
    first preposition above it, before any verb, is a measured time preposition. A
    town so named is no finer point of the sentence's province scene."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in _ancestors(span.root)[1:10]:
        if tok.pos_ in _VERBAL:
            return False
        if tok.lower_ in _TIME_PREPS and tok.dep_ == "prep":
            return _measured_time(tok)
    return False


@lru_cache(maxsize=1)
def destination_verbs() -> frozenset[str]:
    """Verbs whose "to"/"for" place is where people went after the event
    (data/places_destination_verbs.txt)."""
    return data.words("places_destination_verbs.txt")


def _destination(root: Token, trigger: Token) -> bool:
    """Whether a place is where people or a vehicle went after the event, not its
    scene: it hangs on "to" or "for" of a verb of sending or leaving that comes after
    the trigger ("was shot as his bus departed a Guatemala City terminal for Coban",
    "captured Hamdi, who was flown to ... Guantanamo Bay", "transferred ... to Iran").
    ACLED codes where the event happened. "moved to Kunduz and attacked" (the verb
    before the trigger) keeps its place."""
    if (tok := _prep_above(root, trigger, ("to", "for"))) is None:
        return False
    verb = tok.head
    if verb.pos_ in _NOMINAL and verb.dep_ == "dobj":
        verb = verb.head  # "departed a terminal for Coban": the terminal's object
    return (verb.pos_ in _VERBAL and verb.i > trigger.i
            and verb.lemma_.lower() in destination_verbs())


def _discount_held(readings: list[_Reading]) -> None:
    """Lower the places where people were arrested (``_arrested_at``), only when the
    sentence names another place the event may be at: "shot dead a commander and
    captured four fighters in Ghazni" still happened in Ghazni."""
    if any(not r.held and r.score > MIN_SCORE for r in readings):
        for r in readings:
            r.score -= ARREST_COST if r.held else 0.0


def _arrested_at(root: Token, trigger: Token) -> bool:
    """Whether a place says where people were arrested or captured ("the suspects were
    arrested in Kano") and the trigger is another event, not that arrest: the incident
    told with its arrest happened where its own words place it (ACLED)."""
    if trigger.lemma_.lower() in ARREST_VERBS or trigger.lower_.startswith(
            ("arrest", "detention", "capture")):
        return False
    for tok in _ancestors(root)[1:6]:
        if tok.i == trigger.i:
            return False
        if tok.pos_ in _VERBAL:
            return tok.lemma_.lower() in ARREST_VERBS
        if tok.dep_ == "prep" and tok.lower_ not in ("in", "at", "near", "outside"):
            return False
    return False


def _city_force_acting(nouns: list[Token], trigger: Token) -> bool:
    """Whether a city's own police carry out the event ("Tehran police arrested", "women
    were detained by Havana police"): a city force acts in its city, so the city is the
    scene when nothing else places it ("Baghdad police said" is a source, no actor)."""
    if not nouns or nouns[0].lower_ not in CITY_FORCE_NOUNS:
        return False
    force = nouns[0]
    if force.dep_ == "nsubj":
        return force.head.i == trigger.i
    return (force.dep_ == "pobj" and force.head.dep_ == "agent"
            and force.head.head.i == trigger.i)


def _where_antecedent(trigger: Token) -> Token | None:
    """The noun a relative "where" clause holding the trigger describes ("Ghouta, where
    an opposition surrendered"; "the town, where clashes broke out"), else None."""
    for t in _ancestors(trigger)[:5]:
        if t.dep_ == "relcl":
            if any(c.lower_ == "where" and c.dep_ == "advmod" for c in t.children):
                return t.head
            return None
    return None


def _where_scene(readings: list[_Reading], antecedent: Token | None) -> None:
    """The place a "where" clause holding the event describes is the scene, whatever
    links it to the sentence or a container named with it ("came from the Damascus
    suburb of Ghouta, where the opposition surrendered"); when that place only holds
    the name before it ("Deir ez-Zor in eastern Syria, where 200 mercenaries were
    killed"), the held name is."""
    if antecedent is None:
        return
    for r in readings:
        if antecedent.i not in {t.i for t in r.chain}:
            continue
        prep = antecedent.head if antecedent.dep_ == "pobj" else None
        held = next((a for a in readings if prep is not None and prep.lower_ == "in"
                     and prep.head.i in {t.i for t in a.chain} and a is not r), None)
        target = held or r
        target.score = max(target.score, 0.0) + WHERE_BONUS
        return


_QUALIFIER_LINKS = frozenset({"compound", "amod", "poss", "nmod"})


def _own_tokens(r: _Reading) -> set[int]:
    """The tokens that name ``r``'s place: the name, the nouns it names ("the town of X",
    "the X district") and its appositions, up to a direction ("north of X" is not X).
    A country before a noun that is no scene ("US attacks in Syria", "US troops in
    Manbij") is a nationality: the noun is not the country, so a place the noun is
    in is no container of the country (ACLED codes where the event happened)."""
    toks = set(range(r.span.start, r.span.end))
    country = r.top.place is not None and r.top.place.level == "country"
    for t, link in zip(r.chain[1:], r.links, strict=False):
        if t.lower_ in DIRECTIONS or link == "advmod" or country and link in _QUALIFIER_LINKS \
                and t.lower_ not in SCENE_NOUNS:
            break
        toks.add(t.i)
    toks |= {c.i for i in list(toks) for c in r.span.doc[i].children if c.dep_ == "appos"}
    return toks


def _after(a: _Reading) -> Token | None:
    """The word after a place's phrase, past place nouns and a comma: the "in" of
    "Sadr city in eastern Baghdad", "Tel Hamis and Tel Birak, in Qamishli"."""
    doc = a.span.doc
    i = a.span.end
    while i < len(doc) and (doc[i].lower_ in SCENE_NOUNS or doc[i].text in (",", "and")
                            or doc[i].pos_ == "PROPN"):
        if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in CONTAINER_PREPS:
            return doc[i + 1]
        if doc[i].text == "and" and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            i += 1  # a name joined to it, which the same container holds
            while i < len(doc) and doc[i].pos_ == "PROPN":
                i += 1
            continue
        if doc[i].text in (",", "and") or doc[i].pos_ == "PROPN":
            break
        i += 1
    return doc[i] if i < len(doc) else None


def _contains(b: _Reading, a: _Reading) -> bool:
    """Whether place ``b`` is said to contain or locate place ``a`` ("a in b", "a, b",
    "b's a", "a, north of b"): then ``a`` is the more precise scene."""
    if b is a:
        return False
    if (a.reference or a.near) and _named_after_reference(a, b):
        return False  # "25 km south of Baghdad, in the town of Mahmudiya": the town
    if (b.reference or b.near) and _named_after_reference(b, a):
        return True  # is the scene, the city only measures
    a_toks = _own_tokens(a)
    b_up = {t.i for t in b.chain[1:]}
    # "Diyala province, north of Baghdad": b only locates a.
    if a_toks & b_up and any(t.lower_ in DIRECTIONS for t in b.chain[1:]):
        return True
    if b.reference and a.span.end < b.span.start and a.span.sent == b.span.sent and (
            b.span.doc[a.span.end].text == "," and b.span.start - a.span.end < 8):
        return True  # "Pooneryn, just 30 kilometres from Kilinochchi"
    if measured_from(a.span, b.span):
        return True  # "Konduga, 35 km southeast of Maiduguri"
    if b.rank < a.rank:
        return _district_of(a, b, a_toks) or _quarter_of(a, b, a_toks)
    if _listed_in(b, a):
        return True
    # "Sadr City in eastern Baghdad", "Mogadishu, on Somalia's coast": b's phrase hangs
    # off a's phrase through a preposition, or follows it ("A in B", "A, in B").
    if b.prep is not None and b.prep.lower_ in CONTAINER_PREPS and (
            b.prep.head.i in a_toks or b.prep == _after(a)):
        return True
    # "Urfa, Turkey", "Syria's Aleppo province", "the Ghat area of Doda district", but
    # "the town of X" names X.
    return bool(a_toks & b_up) and (b.rank > a.rank or b.links[0] != "of") and not (
        _district_of(b, a, _own_tokens(b)))


# What lies between a place and the town that measures it: "X, 35 km southeast of Y",
# "X, north of Y", "X, 30 km from Y", "X on the outskirts of Y", "X, outside Y", "X, a
# village near Y".
_MEASURED = re.compile(
    r"^(?:,\s*(?:an?\s+(?:small\s+)?(?:village|town|hamlet|suburb|district|area)\s+)?"
    r"(?:(?:about|some|just|around|nearly|roughly|approximately)\s+)?"
    r"(?:\d[\d,.]*\s*-?\s*(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles?)\s+"
    r"(?:\(\s*\d[\d,.]*\s*miles?\s*\)\s+)?)?"
    r"(?:(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+of|from|outside|near)"
    r"|,?\s*(?:on|in) the outskirts of"
    # No comma: "the town of Mahawil south of Baghdad", "Kupres northwest of Sarajevo"
    # (a compass word right after the name; "from" or "near" alone may be a route's).
    # or a unit noun and "to the" between: "Manbij city north of Aleppo", "the Chlef
    # province to the west of Algiers".
    r"|\s*(?:(?:city|town|village|province|governorate|district|region|area)\s+)?"
    r"(?:to\s+the\s+)?(?:(?:north|south)-?(?:east|west)?|east|west)\s+of)"
    r"\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE)


def measured_from(a: Span, b: Span) -> bool:
    """Whether ``b`` only measures where ``a`` is ("Konduga, 35 km southeast of
    Maiduguri", "Tarmiyah, north of Baghdad", "X on the outskirts of Y"): ``a`` is the
    scene, ``b`` the town a name the gazetteer lacks is held at (ACLED: the nearest
    named place, precision 2)."""
    if a.sent != b.sent or not 0 < b.start - a.end < 14:
        return False
    return bool(_MEASURED.match(a.doc[a.end:b.start].text_with_ws.rstrip() + " "))


def measures_another(text: str, top: Toponym, toponyms: list[Toponym]) -> bool:
    """Whether ``top`` only measures where another named place of ``toponyms`` is
    ("in Manbij city north of Aleppo", "Konduga, 35 km southeast of Maiduguri"): the
    text form of ``measured_from``, for callers that hold toponyms, not parse spans."""
    return any(t is not top and t.place is not None and 0 < top.start - t.end < 80
               and _MEASURED.match(text[t.end:top.start].rstrip() + " ")
               for t in toponyms)


def _district_of(a: _Reading, b: _Reading, a_toks: set[int]) -> bool:
    """"The Andar district of Ghazni", "the Abu Ghraib district of Baghdad": a district
    of the province a town names (Ghazni is both) is the finer scene, not the town."""
    pa, pb = a.top.place, b.top.place
    return (pa is not None and pb is not None and pa.level == "admin2"
            and pb.level == "city" and bool(pa.admin1) and pa.admin1 == pb.admin1
            and pa.country_code == pb.country_code and b.links[:1] == ["of"]
            and bool(a_toks & {t.i for t in b.chain[1:]}))


def _quarter_of(a: _Reading, b: _Reading, a_toks: set[int]) -> bool:
    """"The Karimiya district in Tripoli", "Nahrwan district of southeastern Baghdad":
    a district the gazetteer lacks, in or of a city of a million, is a quarter of that
    city (the city places it), not a unit above it; a smaller town's "district" is
    mostly the rural district around it ("the Andar district of Ghazni")."""
    pb = b.top.place
    if a.top.place is not None or pb is None or pb.level != "city" or (
            pb.population < STATE_CITY_POP):
        return False
    return b.prep is not None and b.prep.lower_ in ("in", "of") and (
        b.prep.head.i in a_toks or b.prep == _after(a))


_AFTER_REFERENCE = re.compile(r"^,\s*(?:in|at)\s+(?:the\s+)?(?:(?:town|village|city|"
                              r"district|area)\s+of\s*)?$", re.IGNORECASE)


def _named_after_reference(b: _Reading, a: _Reading) -> bool:
    """A town named right after a distance from a city ("about 25 km south of Baghdad,
    in the town of Mahmudiya"): the town is where it happened, the city only
    measures; no coarser place ("..., in Iraq") takes over."""
    if a.span.sent != b.span.sent or a.span.start <= b.span.end or a.rank > b.rank:
        return False
    doc = b.span.doc
    return bool(_AFTER_REFERENCE.match(doc[b.span.end:a.span.start].text))


_LISTING = re.compile(r"\b(?:including|such as|among them|notably)\b", re.IGNORECASE)


def _listed_in(b: _Reading, a: _Reading) -> bool:
    """"Areas in Aleppo province, including the towns of Akhtarin and Dabiq": a town
    of the province listed after it is the finer scene of what befell the province."""
    pa, pb = a.top.place, b.top.place
    if pa is None or pb is None or pb.level != "admin1" or pa.level != "city":
        return False
    if pa.country_code != pb.country_code or pa.admin1 != pb.admin1:
        return False
    doc = b.span.doc
    gap = doc[b.span.end:a.span.start]
    return a.span.sent == b.span.sent and 0 < len(gap) <= 10 and bool(
        _LISTING.search(gap.text))


def _sentence_ents(sent: Span) -> list[Span]:
    """The entities inside a sentence, found by bisection over the doc's entities
    (sorted by start): a Python loop over every entity of the doc for every sentence
    is quadratic in a long text."""
    return sentence_ents(sent)


def _seat_pattern(keys: tuple[str, ...], possessive: str) -> re.Pattern[str]:
    """A place's name followed by the words of ``keys`` (data/places_words.yaml) that
    make it a seat ("Baghdad's government", "Phnom Penh troops"), group 1 the word
    after them (whether it names a site: ``_names_seat``)."""
    words = sorted({w for k in keys for w in data.words("places_words.yaml", k)},
                   key=len, reverse=True)
    return re.compile(possessive + r"\s+(?:" + "|".join(words) + r")\b(?:\s+(\w+))?",
                      re.IGNORECASE)


# A government named by its seat: "the Baghdad regime", "the Kabul government" (not
# its site: "stormed the Basra government building").
_SEAT_OF = _seat_pattern(("seat_governments",), "")
# what may follow "<capital> regime/government": a place of its own, not the government
_SEAT_SCENES = SCENE_NOUNS | OWNED_SITES | {"buildings", "compounds", "complex", "house", "hq"}


def _names_seat(seat: re.Pattern[str], text: str, end: int) -> bool:
    """Whether the words after ``end`` make the place ending there a seat (``seat``
    matches) and no site of it follows ("the Basra government building")."""
    m = seat.match(text[end:end + 40].lower())
    return m is not None and m.group(1) not in _SEAT_SCENES


def qualifies_actor(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` only qualifies an actor ("a Britain-based
    war monitor", "US-backed rebels") or names a government by its seat ("troops of the
    Baghdad regime shelled Kurdish villages": the government, not where its troops
    were): no scene and no region of one. ACLED codes where the event happened."""
    rest = text[end:end + 16].lower()
    return (rest.startswith("-") and rest[1:].split(" ")[0].strip() in SPONSOR_WORDS
            or _names_seat(_SEAT_OF, text, end))


_OWNER_AFTER = re.compile(
    r"\.?(?:-led\b|'s? )?\s*(?:(?:military|army|air|naval|special|armed|ground|security|"
    r"combat|forward)\s+)*(?:" + "|".join(sorted(OWNED_SITES | {  # (data/places_words.yaml)
        w for k in ("owner_forces", "owner_members", "owner_gear")
        for w in data.words("places_words.yaml", k)})) + r")\b",
    re.IGNORECASE)


def owner_only(text: str, end: int) -> bool:
    """A country named only as whose forces or sites these are ("a US military base",
    "US forces", "the US-led coalition"): a nationality, not where the event happens."""
    return bool(_OWNER_AFTER.match(text[end:end + 40]))


_SPONSOR_BEFORE = re.compile(
    r"\b(?:affiliated|allied|aligned|loyal|linked|tied|answerable|beholden|backed|supported|"
    r"funded|armed|sponsored|trained) (?:with|to|by) (?:the )?$", re.IGNORECASE)


# What a protest opposes: "a march against Bonn", "protested against Israel". ACLED codes
# where the protesters gathered; the government or country they oppose is their target.
_OPPOSED_BEFORE = re.compile(
    r"\b(?:protests?|protested|protesting|march|marches|marched|marching|rall(?:y|ies|ied|"
    r"ying)|demonstrations?|demonstrated|demonstrating|sit-ins?|strikes?|campaign)"
    r"\s+against\s+(?:the\s+)?$", re.IGNORECASE)


def sponsor_only(text: str, start: int) -> bool:
    """A place only named as whom a force answers to ("Syrian rebels affiliated with
    Ankara", "militias loyal to Tehran") or what a protest opposes ("a march against
    Bonn"): a government, so no scene and no clue to where the story happens."""
    before = text[max(0, start - 40):start]
    return bool(_SPONSOR_BEFORE.search(before) or _OPPOSED_BEFORE.search(before))


_BORDER_BEFORE = re.compile(
    r"\b(?:borders?|frontiers?|boundary|boundaries)(?:\s+(?:area|region|zone|line|"
    r"crossing))?\s+with\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|and)\s+)?$")


def across_border(text: str, start: int) -> bool:
    """A place named only as what lies across a border ("on the border with Turkey",
    "in the border area with Thailand", "near Libya's borders with Chad and Sudan"): the
    neighbour, so the event happened on the other side of it, never in it; ACLED codes
    the country the event took place in. Not after "cross": "paid a smuggler to cross
    the Syrian border with Turkey but was arrested" names where he was going."""
    before = text[max(0, start - 60):start]
    if _TRIED_INTO.search(before) or _country_border(text, start, before):
        return True
    m = _BORDER_BEFORE.search(before)
    return m is not None and not _CROSS.search(before[:m.start()])


# "near the Iran border", "along the Afghanistan frontier": a country's name as the
# modifier of a border, as "the Iranian border" (not "the Iraq-Iran border", which names
# both sides, nor "across the Syria border", which is beyond it).
_BORDER_AFTER = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) (?:border|frontier)s?\b")
_OVER_BEFORE = re.compile(r"(?:\b(?:across|over|beyond|cross(?:es|ed|ing)?)\s+(?:the\s+)?|-)$",
                          re.IGNORECASE)


def _country_border(text: str, start: int, before: str) -> bool:
    """Whether the name at ``start`` is a country's, used only to say whose border."""
    m = _BORDER_AFTER.match(text, start)
    return m is not None and not _OVER_BEFORE.search(before) and any(
        c.level == 3 for c in load_gazetteer().lookup(m.group(1)))


# Where people only tried to cross to ("gunmen trying to slip into Iran", "smugglers who
# attempted to cross into Syria", "tried to enter Turkey"): they were stopped on this
# side, so the country they headed for lies across the border, never the scene.
_TRIED_INTO = re.compile(
    r"\b(?:try|tries|tried|trying|attempts?|attempted|attempting|seeking|sought)\s+to\s+"
    r"(?:(?:slip|sneak|cross|infiltrate|flee|escape|get|smuggle\s+\w+)(?:\s+back)?\s+into"
    r"|enter|cross)\s+(?:the\s+)?$", re.IGNORECASE)


_CROSS = re.compile(r"\bcross(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_ORIGIN_BEFORE = re.compile(r"\b(?:from|of) (?:the (?:town|city|village) of )?$",
                            re.IGNORECASE)


_HOMETOWN_BEFORE = re.compile(
    r"(?:(?:,\s+(?:a|an)\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*"  # ", a pharmacist from"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey|who)\s+(?:is|was|are|were)(?:\s+also|\s+originally)?"  # "He was"
    r"|\b(?:hails?|hailed|originally))\s+from|\bnative\s+of"  # "a native of"
    r"|\b(?:born|raised|grew\s+up|brought\s+up)\s+in"  # "who were raised in Britain"
    # "whose widow lives in", "who lived in", "his home state of": a person's home
    r"|\b(?:who|whose(?:\s+[a-z]+){1,2})\s+(?:lives?|lived|resides?|resided)\s+in"
    r"|\bhome\s+(?:state|town|city|country|village|province)\s+of)"
    r"\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)?$")  # "Provo, Utah"


def hometown(text: str, start: int) -> bool:
    """A place named only as a person's home ("British citizen Anwar Miah, a pharmacist
    from Birmingham", "raised in Britain", "He was also from west London, as was
    Mohammed Sakr, who was killed in a drone strike in Somalia"): where someone comes
    from, not where the event happened, so never its scene; ACLED codes where the
    capture or strike was."""
    return bool(_HOMETOWN_BEFORE.search(text[max(0, start - 60):start]))


def origin_only(text: str, start: int) -> bool:
    """A place only named as where someone comes from ("Hamada Hussein, 50, from
    Qaim", "Abu Ahmad al Rawi, 35, from Rawa"): the people of a story come from
    elsewhere, so such a place says nothing about where the story happens. Only after a
    person's age or name and a comma: "fled from Douma", "moved into the area, from Deir
    ez-Zor" and "the battle of Aleppo" still count."""
    if hometown(text, start):
        return True
    before = text[max(0, start - 40):start]
    m = _ORIGIN_BEFORE.search(before)
    if not m or not before[:m.start()].rstrip().endswith(","):
        return False
    words = before[:m.start()].rstrip()[:-1].split()
    return bool(words) and (words[-1].isdigit() or words[-1][:1].isupper())


def named_aside(text: str, top: Toponym) -> bool:
    """A name that says whose, whence or beyond, not where: an actor's nationality
    ("UK-based"), someone's origin or home town, a sponsor ("loyal to Tehran"), the
    country across a border. Such a name votes for no scene."""
    return (qualifies_actor(text, top.end) or origin_only(text, top.start)
            or sponsor_only(text, top.start) or across_border(text, top.start)
            or seat_forces(text, top) or country_measured(text, top))


# A distance: a number and its unit, with the other unit's figure in brackets ("75
# kilometres (50 miles)", "20 miles (32 km)"); group 1 the number, group 2 the unit.
_DISTANCE = (r"\b(\d[\d,.]*)\s*-?\s*(km|kms|kilomet(?:er|re)s?|miles?)\b\)?\s*"
             r"(?:\([^)]{0,30}\)\s*)?")
_MILE_KM = 1.609


def distance_pattern(rest: str) -> re.Pattern[str]:
    """A distance followed by ``rest`` (a side and "of", "from"...), case-insensitive:
    the one spelling of a distance for every pattern that measures from a place."""
    return re.compile(_DISTANCE + rest, re.IGNORECASE)


def distance_in_km(m: re.Match[str]) -> float:
    """The distance a ``distance_pattern`` match gives, in km (miles converted)."""
    return float(m.group(1).replace(",", "")) * (
        _MILE_KM if m.group(2).lower().startswith("mile") else 1.0)


# "100 km from Syria", "some 20 miles (32 km) away from Iraq": a distance from a country.
_DISTANCE_FROM = distance_pattern(r"(?:away\s+)?from\s+(?:the\s+)?$")


def country_measured(text: str, top: Toponym) -> bool:
    """A country the text only measures a distance from ("the town, some 390 km north
    of Baghdad and 100 km from Syria"): the event lies that far outside it, so the
    country is no scene and no clue to the story's country (ACLED: the reference point
    of a distance is not the location)."""
    return (top.place is not None and top.place.level == "country"
            and bool(_DISTANCE_FROM.search(text[max(0, top.start - 60):top.start])))


# A town's forces or government: "Phnom Penh troops", "Baghdad's government" (not a site
# of theirs: "the Baghdad government building", which _SEAT_SCENES names).
_SEAT_FORCES = _seat_pattern(("seat_governments", "seat_troops"), r"(?:['’]s)?")


def seat_forces(text: str, top: Toponym) -> bool:
    """A town named only as whose troops or government these are ("Phnom Penh troops
    captured it", "Baghdad's government"): the government seated there, a descriptor
    of a force, no scene. A country so named is another matter (``owner_only``)."""
    p = top.place
    return p is not None and p.level != "country" and _names_seat(_SEAT_FORCES, text, top.end)


def deployed_abroad(text: str, top: Toponym) -> bool:
    """A country named only as whose forces or bases these are, of a state whose forces
    serve abroad ("a US military base near Habbaniya", "a U.S. patrol"): no clue to
    where a story happens."""
    p = top.place
    return (p is not None and p.level == "country" and p.country_code in forces_abroad()
            and owner_only(text, top.end))


def story_country(toponyms: list[Toponym], text: str = "") -> Place | None:
    """The country most of a story's places lie in (towns and provinces count, not
    only countries named; "the Britain-based monitor" does not): where a name the
    gazetteer lacks is placed when nothing in its sentence says more."""
    counts: Counter[str] = Counter()
    for t in toponyms:
        p = t.place
        if p is not None and p.country_code and not (text and (
                named_aside(text, t) or government_capital(text, t)
                or in_body_name(text, t.start) or deployed_abroad(text, t))):
            counts[p.country_code] += 1
    if not counts:
        return None
    gaz = load_gazetteer()
    country = gaz.country(counts.most_common(1)[0][0])
    return gaz.place(country) if country is not None else None


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|across|of|from)\s+"
    r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|greater)\s+)?$"
    r"|\b(?:central|downtown)\s+$",  # "patrolled downtown Ulan Bator"
    re.IGNORECASE)


def government_capital(text: str, top: Toponym) -> bool:
    """A capital no locative word puts anything in ("Tehran has sought to push",
    "isolate Tehran", "a message for Moscow"): it names a government, so it is no
    evidence of where a story happens (ACLED codes the scene; an essay on Iran's proxies
    is not set in Tehran). "Shelling in Damascus" still is."""
    return (capital(top) and not _LOCATIVE_BEFORE.search(text[max(0, top.start - 30):top.start])
            and not capital_as_place(text, top))


def capital_as_place(text: str, top: Toponym) -> bool:
    """A capital that names a site ("the Baghdad International Airport", "Jakarta's
    parliament", "a Kabul market"): the city itself, not its government."""
    words = top.text.lower().split()
    after = _SITE_AFTER.match(text[top.end:top.end + 40])
    if (len(words) > 1 and words[-1] in SITE_WORDS) or bool(
            after and after.group(1).lower() in SITE_WORDS):
        return True
    # the head of a compound the name modifies ("his Tokyo apartment building")
    run = _NOUN_RUN.match(text[top.end:top.end + 40])
    return run is not None and any(w in SITE_WORDS for w in run.group(1).split())


_SITE_AFTER = re.compile(r"(?:'s?|\u2019s?)?\s+(?:[a-z]+\s+){0,2}?([A-Za-z]+)\b")
# Up to three lower-case words right after a name, stopping at a function word or verb
# ("a Kabul market was hit": market; "Tokyo police said the building": none).
_NOUN_RUN = re.compile(r"(?:'s?|\u2019s?)?((?:\s+(?!(?:the|a|an|of|in|at|on|to|and|or|by|for|"
                       r"from|with|but|which|that|who|was|were|is|are|has|had|have|said|"
                       r"says)\b)[a-z]+){1,3})\b")


def capital(top: Toponym) -> bool:
    """A country's capital, or the province read for a capital's name ("Tehran")."""
    p = top.place
    if p is None or p.level not in ("city", "admin1"):
        return False
    ids, names = _capitals()
    return p.geonames_id in ids if p.level == "city" else top.text in names


@lru_cache(maxsize=1)
def _capitals() -> tuple[frozenset[int], frozenset[str]]:
    """GeoNames ids and names of the countries' capitals."""
    gaz = load_gazetteer()
    entries = [gaz.entry(i) for i in gaz.capitals]
    return frozenset(e[0] for e in entries), frozenset(e[1] for e in entries)


def story_region(toponyms: list[Toponym], text: str = "") -> Place | None:
    """The province a story is about when most of its places below the country lie
    in one (STORY_PROVINCE_MIN, STORY_PROVINCE_SHARE), else the story's country: where
    a record nothing in its sentence places is put, at precision 3 ("the al-Sheitaat
    tribe which is from Deir al-Zour province", "an activist in Deir al-Zour")."""
    country = story_country(toponyms, text)
    if country is None:
        return None
    counts: Counter[str] = Counter()
    units: dict[str, Place] = {}
    for t in toponyms:
        p = t.place
        if (p is None or p.country_code != country.country_code or not p.admin1
                or p.level == "country" or (text and (
                    named_aside(text, t) or government_capital(text, t)))):
            continue
        counts[p.admin1] += 1
        if p.level == "admin1":
            units.setdefault(p.admin1, p)
    if not counts:
        return country
    name, n = counts.most_common(1)[0]
    if n < STORY_PROVINCE_MIN or n < STORY_PROVINCE_SHARE * sum(counts.values()):
        return country
    return units.get(name) or _province(name, country)


def province_of(place: Place) -> Place | None:
    """The province a city lies in (None when the gazetteer lacks it)."""
    gaz = load_gazetteer()
    unit = next((c for c in gaz.lookup(place.admin1 or "") if c.level == 2
                 and c.cc == place.country_code), None)
    return gaz.place(unit) if unit is not None else None


def _province(name: str, country: Place) -> Place:
    """The province ``name`` of ``country`` (the country when the gazetteer lacks it)."""
    gaz = load_gazetteer()
    unit = next((c for c in gaz.lookup(name) if c.level == 2 and c.cc == country.country_code),
                None)
    return gaz.place(unit) if unit is not None else country


def sentence_province(sent_tops: list[Toponym], toponyms: list[Toponym], country: Place,
                      text: str) -> Place | None:
    """Where a record its sentence does not place goes in a story about a whole
    country: the one province of that country the sentence's own places lie in
    ("a car bomb killed 20 ... in eastern Syria near the city of Deir al-Zor"), at
    precision 3, else the country itself when the story names a town or province of
    it or puts something in it ("camps in Syria"); None when it names the country
    only in a role ("joined the US in saying")."""
    def home(t: Toponym) -> bool:
        return (t.place is not None and t.place.country_code == country.country_code
                and bool(t.place.admin1) and t.place.level != "country"
                and not qualifies_actor(text, t.end) and not sponsor_only(text, t.start)
                and not across_border(text, t.start))
    def put_in(t: Toponym) -> bool:  # "camps in Syria", "in eastern Syria": a place
        return (t.place is not None and t.place.geonames_id == country.geonames_id
                and bool(_PUT_IN.search(text[max(0, t.start - 30):t.start]))
                and not hometown(text, t.start))  # not "who were raised in Britain"

    units = {t.place.admin1 for t in sent_tops if home(t)}
    if len(units) == 1:
        return _province(units.pop(), country)
    return country if any(home(t) or put_in(t) for t in toponyms) else None


_PUT_IN = re.compile(r"\b(?:in|inside|into|across|throughout)\s+(?:the\s+)?"
                     r"(?:(?:north|south|east|west|central)\w*\s+)?$", re.IGNORECASE)


def leading_place(name: str, cc: str) -> Place | None:
    """The town that begins a longer unknown name of three or more words, in the
    story's country: wire copy stripped of commas runs listed names together ("the
    area of Akhtarin Turkmen Bari and Dabiq" is Akhtarin, Turkmen Bari, ...). The
    first word must be a name of its own (five letters or more, no common word:
    not "Tal" of "Tal al-Sheikh Hussein")."""
    words = name.split()
    first = words[0] if words else ""
    if len(words) < 3 or len(first) < 5 or not first[:1].isupper():
        return None
    if first.lower() in stopwords():
        return None
    gaz = load_gazetteer()
    towns = [c for c in gaz.lookup(first) if c.cc == cc and c.level == 0 and not c.variant]
    return gaz.place(max(towns, key=lambda c: c.population)) if towns else None


def _body_name(ent: Span) -> bool:
    """Names of bodies rather than sites: "the Syrian Observatory for Human Rights",
    and single quantity words the NER took for names ("Several villages")."""
    words = [t.lower_ for t in ent]
    return "for" in words or (len(ent) == 1 and ent[0].is_stop)


def place_like_spans(sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """Named entities of the sentence that recognition did not take for places but that
    stand in a place frame: "Khanasir town", "the Adiyat School", "at the Bardo Museum",
    "In Samarra". Returned unresolved (``place=None``); event location may use them."""
    doc = sent.doc
    sent_tops = [t for t in toponyms if t.end > sent.start_char and t.start < sent.end_char]
    taken = [(t.start, t.end) for t in sent_tops]
    out: list[Toponym] = []
    for ent in _sentence_ents(sent):
        if ent.label_ not in PLACE_LIKE:
            continue
        if len(out) >= MAX_PLACE_LIKE:
            break
        if ent.ent_id_ or any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue  # an armed group's name ("Isis"), or a toponym already
        if (_body_name(ent) or acronym_not_place(ent.text, load_gazetteer())
                or compass_word(ent.text)):
            continue  # "the MoD": a ministry, not a site
        wide = _title_words_before(ent)  # "Sheikh Maqsoud", tagged "Maqsoud"
        if wide is not ent and _measured_name(wide, sent_tops):
            ent = wide
        nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
        last = ent[-1].lower_
        prev = doc[ent.start - 1].lower_ if ent.start > sent.start else ""
        prev2 = doc[ent.start - 2].lower_ if ent.start - 1 > sent.start else ""
        framed = (nxt in FRAME_WORDS or last in FRAME_WORDS
                  or prev == "of" and prev2 in FRAME_WORDS)
        located = prev in ("in", "at", "near", "inside", "outside") and ent.root.dep_ == "pobj"
        if (located or ent.root.dep_ == "dobj") and _measured_name(ent, sent_tops) or (
                located and _in_province(ent, sent_tops)):
            framed = True  # "in Jurf al-Sakhar, south of Baghdad" (tagged a person)
        if ent.label_ == "NORP" and not located or ent.label_ == "PERSON" and not framed:
            continue  # "the Yemeni capital", "Palestinian cities"; "Jumla" the man
        if framed or located and ent.label_ in ("FAC", "NORP"):
            out.append(Toponym(text=ent.text, start=ent.start_char, end=ent.end_char,
                               within=_site_city(ent)))
    return out


def _title_words_before(ent: Span) -> Span:
    """A name with the capitalised words the NER left before it after "in" or "at"
    ("in Sheikh Maqsoud", tagged "Maqsoud" a person): the place is the whole name."""
    doc, start = ent.doc, ent.start
    while start - 1 > ent.sent.start and doc[start - 1].text.istitle() and (
            doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_):
        start -= 1
    if start == ent.start or doc[start - 1].lower_ not in ("in", "at"):
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


_IN_PROVINCE = re.compile(r"^,?\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|central)"
                          r"\w*\s+)?$", re.IGNORECASE)


def _in_province(ent: Span, sent_tops: list[Toponym]) -> bool:
    """Whether a name after "in" is put in a province right after it ("in Dhuluiya in
    Salahuddin province", tagged an organisation): a place there, at the province."""
    text = doc_text(ent.doc)
    return any(t.place is not None and coarseness(t.place) == 2 and t.place.country_code
               and t.start > ent.end_char
               and _IN_PROVINCE.match(text[ent.end_char:t.start]) for t in sent_tops)


def _measured_name(ent: Span, sent_tops: list[Toponym]) -> bool:
    """Whether a name after "in" or "at" is measured from a town the sentence names
    ("in Umm al-Khair, 30 km from Kirkuk"): a place, whatever the NER took it for."""
    doc = ent.doc
    for t in sent_tops:
        if t.place is None or t.start <= ent.end_char:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and measured_from(ent, span):
            return True
    return False


SITE_CITY_POP = 500_000  # "Georgetown University", "Columbia University" name no city


def _site_city(ent: Span) -> Place | None:
    """The city a site is named after ("Tehran University", "the Mosul Dam", "Baghdad
    International Airport", "the Kabul Serena Hotel"), when its first word is the main
    name of a city of SITE_CITY_POP and the words up to its site word are capitalised
    (part of the site's name): the site lies in or by that city."""
    words = [t for t in ent if t.lower_ != "the"]
    if not 2 <= len(words) <= 4 or words[-1].lower_ not in SITE_WORDS or not all(
            t.text[:1].isupper() for t in words[1:-1]):
        return None
    gaz = load_gazetteer()
    name = words[0].text
    cities = [c for c in gaz.lookup(name) if c.level == 0 and not c.variant
              and c.population >= SITE_CITY_POP and key(c.entry[1]) == key(name)]
    return gaz.place(max(cities, key=lambda c: c.population)) if cities else None


def _beyond_site_city(site: Span, holder: Place) -> bool:
    """Whether a town said to hold or measure a site lies beyond RELATIVE_KM of the
    city the site is named after ("Alexandria University north of Cairo", 180 km): the
    site's own name places it (``_site_city``), the other town only loosely."""
    city = _site_city(site)
    return (city is not None and coarseness(holder) == 0 and distance_km(
        city.latitude, city.longitude, holder.latitude, holder.longitude) > RELATIVE_KM)


def _sole_province(readings: list[_Reading], text: str) -> list[_Reading]:
    """The province a sentence names, when it names one and no town that could be the
    scene (not "the Islamic State of Iraq and al-Sham"): it holds a site
    the gazetteer lacks ("in the Homs Governorate's eastern countryside, the army
    liberated the village of Tamthil")."""
    resolved = [b for b in readings if b.top.place is not None
                and not qualifies_actor(text, b.top.end)]
    provinces = [b for b in resolved if b.top.place.level == "admin1"]
    if len({b.top.place.name for b in provinces}) != 1 or any(
            b.top.place.level in ("city", "admin2") and b.score > MIN_SCORE for b in resolved):
        return []
    return provinces


def _sole_holder(r: _Reading, readings: list[_Reading], text: str,
                 trigger: Token | None = None) -> list[_Reading]:
    """What holds a name the gazetteer lacks that no phrase puts inside a place: the
    one province its sentence names (``_sole_province``), else, when the name is a
    scene ("in", "at", "near"; not "Abu Sayyaf detonated"), the one town the sentence
    names as no one's origin, home, post ("an activist in X") or sponsor, the name then
    lying near it ("near the
    al-Atebaa neighbourhood on the road to Baghdad International Airport": by Baghdad).
    ACLED codes the nearest named place it can; a country point says less. The
    object the trigger targets is a scene too ("inside the western corridor of Aleppo
    ..., targeting the key Al-Assad Suburb": by Aleppo)."""
    provinces = _sole_province(readings, text)
    if provinces or not (_targeted(r, trigger) or r.prep is not None
                         and LOC_PREPS.get(r.prep.lower_, 0.0) >= 2.0):
        return provinces
    towns = [b for b in readings if b.top.place is not None and b.top.place.level == "city"
             and not (b.prep is not None and (b.prep.lower_ == "from" or b.prep.head.lower_
                                               in ACTOR_NOUNS | ROLE_NOUNS))
             and not (qualifies_actor(text, b.top.end) or named_aside(text, b.top)
                      or origin_only(text, b.top.start) or hometown(text, b.top.start)
                      or sponsor_only(text, b.top.start) or owner_only(text, b.top.end))]
    if len({b.top.place.geonames_id for b in towns}) != 1:
        return []
    return towns


@lru_cache(maxsize=1)
def city_part_heads() -> frozenset[str]:
    """Last words that make a name a part of a city: the city parts and the
    city_part_name_ends of data/places_words.yaml ("Al-Balad District", "X Square")."""
    return CITY_PARTS | data.words("places_words.yaml", "city_part_name_ends")


# A city whose main name begins a district's name: a city, not a word of the name
# ("Central Business District": Central, Louisiana has 28,000 people).
CITY_OF_PART_POP = 50_000


def city_of_part(name: str) -> Place | None:
    """The city a name the gazetteer lacks is a part of, when the name begins with the
    city's name and ends with a word for a city's part ("the Dara'a Al-Balad District":
    the old town of Daraa). ACLED codes a district or square of a city at the city.
    At least one word lies between the two ("Marjeh Square" names no city), and the
    city is the largest of its name, of CITY_OF_PART_POP people or more, and that is its
    main name, every word of it, not an alias ("Victoria Island district" is no part of
    Hong Kong, "Bab Amr district" none of Al Bab); no city of that size elsewhere
    shares the name (Tripoli: the choice of a namesake is no part of this rule)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or words[-1].lower() not in city_part_heads():
        return None
    gaz = load_gazetteer()
    for k in range(min(2, len(words) - 2), 0, -1):
        head = " ".join(words[:k])
        towns = [c for c in gaz.lookup(head) if c.level == 0]
        if towns:
            top = max(towns, key=lambda c: c.population)
            main = top.entry[NAME_FIELD]
            if (top.population < CITY_OF_PART_POP or key(main) != key(head)
                    or len(re.split(r"[\s-]+", main)) != k
                    or len({c.cc for c in towns if c.population >= CITY_OF_PART_POP
                            and key(c.entry[NAME_FIELD]) == key(head)}) > 1):
                return None  # "Victoria Island" (Hong Kong's other name), "Bab Amr" (Al
                # Bab), "Tripoli Bab al-Tabbaneh" (Libya's or Lebanon's: another pass's)
            return gaz.place(top)
    return None


def _targeted(r: _Reading, trigger: Token | None) -> bool:
    """Whether the name's phrase is the direct object of the trigger ("targeting the
    key Al-Assad Suburb", "stormed the X district"): what an attack is aimed at."""
    return (trigger is not None and r.prep is None and bool(r.chain)
            and r.head.dep_ == "dobj" and r.head.head.i == trigger.i)


def _in_said_province(best: _Reading, readings: list[_Reading]) -> _Reading:
    """A town the sentence puts in a province of its country other than the gazetteer's
    town of that name is in ("Sabari village of Kunar province": GeoNames' Sabari is in
    Khost): the one of that name in the province, else a place the gazetteer lacks, held
    at the province (precision 3). ACLED codes the province the report gives."""
    p = best.top.place
    if p is None or coarseness(p) > 1 or not p.admin1 or any(
            r.top.place is not None and r.top.place.level == "admin1"
            and holds(r.top.place, p) for r in readings):
        return best  # "Maharda (Hama province) and Jaba (Quneitra province)"
    for b in readings:
        q = b.top.place
        if (q is None or q.level != "admin1" or q.country_code != p.country_code
                or not _contains(b, best) or any(
                    best.span.end <= r.span.start < b.span.start for r in readings)):
            continue  # (the province of the next name is not this town's)
        gaz = load_gazetteer()
        there = [c for c in gaz.lookup(best.top.text) if c.level < 2
                 and holds(q, gaz.place(c))]
        place = gaz.place(max(there, key=lambda c: c.population)) if there else None
        best.top = Toponym(best.top.text, best.top.start, best.top.end, place,
                           within=None if place else q)
        return best
    return best


def _finer_at_home(best: _Reading, readings: list[_Reading], doc: Doc) -> _Reading:
    """A country scene gives way to the place below it its sentence also names as a
    candidate scene ("massing in Syria's north-west for an offensive on Idlib
    province"): ACLED codes the most specific location the report gives. Only when
    those finer places lie in one province of that country; a place that qualifies an
    actor, names an origin or a sponsor is no candidate, nor one only a town measuring it
    ties to the event ("took the town of Kupres northwest of Sarajevo" in another
    clause than "captured territory in northwest Bosnia"), nor one the event is only near
    ("in eastern Syria near the city of Deir al-Zor": the site a later sentence names
    is placed by it)."""
    country = best.top.place
    if country is None or country.level != "country":
        return best
    text = doc_text(doc)
    finer = [r for r in readings if r.top.place is not None and r.score > MIN_SCORE
             and not (r.near or r.reference or r.lent)
             and r.top.place.country_code == country.country_code
             and coarseness(r.top.place) < 3 and r.top.place.admin1
             and not named_aside(text, r.top)]
    if len({r.top.place.admin1 for r in finer}) != 1:
        return best
    return max(finer, key=lambda r: r.score)


def _town_in_province(best: _Reading, readings: list[_Reading], doc: Doc,
                      toponyms: list[Toponym] = ()) -> _Reading:
    """A province scene gives way to the one town of that province the sentence also
    reads as a scene, even only as near it ("an offensive in the northeastern countryside
    of Aleppo ..., targeting several villages located approximately 10 km north of
    Al-Bab"): ACLED codes the most specific location the report gives, "near X" at X
    (precision 2). Not a town that only measures another name, qualifies an actor or is
    named aside, nor one end of an area "between" it and another (province_between: the
    area is neither town), nor when the sentence's towns of that province are more than
    one."""
    province = best.top.place
    if province is None or coarseness(province) != 2 or not province.country_code:
        return best
    text = doc_text(doc)
    finer = [r for r in readings if r.top.place is not None and r.score > MIN_SCORE
             and not (r.reference or r.lent or r.held or r.away)
             and coarseness(r.top.place) < 2 and holds(province, r.top.place)
             and not named_aside(text, r.top)  # (an actor's qualifier among them)
             and province_between(r.top, r.span.sent) is None
             and not _where_a_source_is(r.span)]
    if not finer and not any(t.place is not None and coarseness(t.place) < 2
                             and holds(province, t.place) for t in toponyms):
        # (a town of the province the sentence names is its scene: ``_town_within``)
        return _village_in_province(best, readings, text)
    if len({r.top.place.geonames_id for r in finer}) != 1:
        return best
    return max(finer, key=lambda r: r.score)


# "the villages to the north of Khattab": a name a direction is measured from
_COMPASS_OF = re.compile(r"\b(?:north|south|east|west)\w*\s+of\s+$", re.IGNORECASE)


def _village_in_province(best: _Reading, readings: list[_Reading], text: str) -> _Reading:
    """A province scene whose sentence also names one village the gazetteer lacks as a
    scene ("an offensive in the northern Hama countryside ..., targeting the key village
    of Ma'ardes", "... the villages to the north of Khattab"): the village, held at the
    province (precision 3; "the Y countryside" then puts it near the city Y,
    ``countryside_city``). ACLED codes the most specific location named; the village
    keeps its own name as the location text. Every trigger of the sentence reads the
    same village, so its records agree. Not a town nor a name "near" the scene ("the
    key town of Deir Khabyeh ... operations near Khan Al-Sheih" stays the Ghouta)."""
    villages = [r for r in readings if r.top.place is None and r.top.within is None
                and not (r.reference or r.lent or r.held or r.away)
                and (_village(r.top, text) or _COMPASS_OF.search(text[:r.top.start]))]
    if len({r.top.text for r in villages}) != 1:
        return best
    r = max(villages, key=lambda r: r.score)
    r.top = Toponym(r.top.text, r.top.start, r.top.end, None, within=best.top.place)
    return r


def _where_a_source_is(span: Span) -> bool:
    """A place that says where the speaker of a reporting verb is ("..., officials in
    Peshawar said", "a spokesman in Kabul told AFP"): where the news came from, not
    where the event happened."""
    node = span.root
    while node.dep_ in {"pobj", "prep", "compound", "amod", "nmod", "appos"} and (
            node.head.i != node.i):
        node = node.head
    return node.dep_ == "nsubj" and node.head.lemma_.lower() in reporting_verbs()


def _lift_contained(readings: list[_Reading]) -> None:
    """The contained place takes over the role of its container ("Wana, the town in X":
    X as Wana); one whose own reading is weak and whose score comes only from the town
    measuring it is marked ``lent``."""
    for a in readings:
        for b in readings:
            if _contains(b, a):
                if not a.away and (a.prep is None or LOC_PREPS.get(a.prep.lower_, 1.0) > 0):
                    lent = b.score + 0.1 * (b.rank - a.rank)
                    a.lent = a.lent or (lent > a.score and a.score <= MIN_SCORE
                                        and measured_from(a.span, b.span))
                    a.score = max(a.score, lent)
                b.score = min(b.score, a.score - 0.1)


def locate_event(sent: Span, trigger: Token, toponyms: list[Toponym],
                 place_like: bool = False, nationals: bool = False
                 ) -> tuple[Toponym | None, int]:
    """The toponym where the event of ``trigger`` happened, and its geo_precision.

    Places introduced by a locative preposition ("in", "at", "near") close to
    the trigger in the parse win over places of origin ("forces from Baghdad"),
    possessors ("Syria's army") and far-away mentions. Precision: 1 the place
    itself, 2 around or near it (or a district), 3 only a province or country.
    ``place_like`` also considers names recognition missed but a place frame
    marks (``place_like_spans``); they come back unresolved. ``nationals`` also reads
    "the Yemeni capital" as Sanaa (no place name, so not for the span choice).
    """
    doc = sent.doc
    readings: list[_Reading] = []
    extra: list[Toponym] = place_like_spans(sent, toponyms) if place_like else []
    toponyms = capital_phrases(sent, [*toponyms, *extra], demonyms=nationals)
    for top in toponyms:
        if top.start < sent.start_char or top.end > sent.end_char:
            continue
        span = doc.char_span(top.start, top.end, alignment_mode="expand")
        if span is None or (top.place is None and (
                _body_name(span) or acronym_not_place(top.text, load_gazetteer()))):
            continue  # "sarin and VX": a nerve agent, not an unknown site
        r = _read(top, span, trigger)
        if r is not None:
            readings.append(r)
    _lift_contained(readings)
    _where_scene(readings, _where_antecedent(trigger))
    _discount_held(readings)
    best, relative = None, False
    # A river, sea or region across borders is the scene only when no town, district
    # or province of the sentence could be ("to take Manbij ... across the Euphrates").
    finer = any(r.top.place is not None and coarseness(r.top.place) < 3
                and r.score > MIN_SCORE for r in readings)
    for r in sorted(readings, key=lambda r: -r.score):
        if finer and r.top.place is not None and coarseness(r.top.place) >= 4:
            continue
        if r.reference and country_measured(doc_text(doc), r.top):
            continue  # "100 km from Syria": the event lies outside the country
        # A name the gazetteer lacks is placed by the place the text puts it in or
        # near ("Moshahda, north of Baghdad", "Al-Tabiyah village in Deir ez-Zor
        # countryside"); one recognition missed is the scene only then ("the Adiyat
        # School" of a story about Raqqa has nothing to place it with).
        text = doc_text(doc) if r.top.place is None else ""  # built once, not per reading
        holders = [b for b in readings if b.top.place is not None and _contains(b, r)
                   and not qualifies_actor(text, b.top.end)
                   and not _beyond_site_city(r.span, b.top.place)
                   ] if r.top.place is None else []
        if not holders and r.top.place is None and r.top.within is None:
            holders = _sole_holder(r, readings, text or doc_text(doc), trigger)
            city = None if holders else city_of_part(r.top.text)
            if city is not None:  # "the Dara'a Al-Balad District": in Daraa
                r.top = Toponym(r.top.text, r.top.start, r.top.end, None, within=city)
                best = r
                break
            if not holders and any(r.top is t for t in extra):
                continue
        if holders:
            b = min(holders, key=lambda b: b.rank)
            r.top = Toponym(r.top.text, r.top.start, r.top.end, None, within=b.top.place)
            relative = b.reference or b.near or not _contains(b, r) or measured_from(
                r.span, b.span) or any(
                t.lower_ in APPROX for t in b.chain[1:]) or (
                coarseness(b.top.place) == 0 and _village(r.top, text or doc_text(doc)))
        elif r.top.place is None and r.top.within is not None:
            relative = True  # resolution placed it near or in a named place
        best = r
        break
    if best is None or best.score <= MIN_SCORE:
        return None, 1
    best = _in_said_province(_town_in_province(_finer_at_home(best, readings, doc),
                                               readings, doc, toponyms), readings)
    return best.top, _precision(best, relative)


def _precision(best: _Reading, relative: bool) -> int:
    """geo_precision of the chosen reading: 3 a province, region or country; 2 near or
    around a place, or a district; 1 the place itself."""
    rank = coarseness(best.top.place or best.top.within) if (
        best.top.place or best.top.within) else 0
    if rank >= 2:
        return 3
    return 2 if best.near or relative or rank == 1 else 1


_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)s? of (?:the )?$", re.IGNORECASE)
_VILLAGE_AFTER = re.compile(r"^,? (?:a )?(?:village|hamlet)\b", re.IGNORECASE)


def _village(top: Toponym, text: str) -> bool:
    """A name the text calls a village ("the Idlib village of Kafr Aweed", "Allok
    village"): held by a city, it lies outside it, near it (precision 2), not in it as a
    neighbourhood would."""
    return bool(_VILLAGE_BEFORE.search(text[max(0, top.start - 30):top.start])
                or _VILLAGE_AFTER.match(text[top.end:top.end + 20]))


_RURAL_BEFORE = re.compile(r"(?:\brural|\bcountryside of(?: the)?)\s*$", re.IGNORECASE)


def countryside_city(province: Place, name: str, sent_tops: list[Toponym],
                     text: str) -> Place | None:
    """The city a province is named by when the sentence calls it that city's
    countryside ("Bassima in Damascus countryside", "rural Idlib") and the scene
    ``name`` is another, unknown place: it lies nearer that city than the province's
    label point (Rif Dimashq's is in the eastern desert), so it is put near the city.
    "the countryside of Quneitra province" names no city and keeps the province."""
    gaz = load_gazetteer()
    for t in sent_tops:
        if (t.place is None or t.place.level != "admin1" or t.place.name != province.name
                or t.text == name):
            continue
        after = text[t.end:t.end + 14].lower().lstrip()
        if not (after.startswith("countryside") or _RURAL_BEFORE.search(text[:t.start])):
            continue
        towns = [c for c in gaz.lookup(t.text)
                 if c.level == 0 and c.cc == province.country_code and not c.variant]
        if towns:
            return gaz.place(max(towns, key=lambda c: c.population))
    return None


_QUARTER = r"(?:neighbou?rhoods?|quarters?|distr?icts?)"


def story_city(toponyms: list[Toponym], name: str, text: str, region: Place,
               scene: Place | None = None) -> Place | None:
    """The city a story is about when the text calls the unknown ``name`` a quarter
    ("the Ramussa neighbourhood on the city's southern outskirts", "the district of
    Marjeh"): the quarter lies in or at that city, nearer than the province's point.
    The city must be named at least twice and lie in ``region``; the city of the
    current ``scene`` comes before the one named most (a round-up's Aleppo paragraph
    goes on with "17 were injured in Mogambo neighborhood" after naming Latakia more
    often in its other paragraphs)."""
    pat = re.escape(name)
    quarter = re.search(rf"\b{pat}\s+{_QUARTER}\b|\b{_QUARTER}\s+of\s+{pat}\b", text,
                        re.IGNORECASE)
    if quarter is None:
        return None
    counts: Counter[tuple[float, float]] = Counter()
    cities: dict[tuple[float, float], Place] = {}
    at = quarter.start()
    sentence = text[text.rfind(". ", 0, at) + 1:(text.find(". ", at) + 1) or len(text)]
    in_sentence: set[tuple[float, float]] = set()
    for t in toponyms:
        p = t.place
        if p is not None and p.level == "city" and p.country_code == region.country_code and (
                region.level == "country" or p.admin1 == region.admin1):
            point = (p.latitude, p.longitude)
            counts[point] += 1
            cities[point] = p
            if t.text in sentence:
                in_sentence.add(point)
    named = [pt for pt, n in counts.items() if n >= 2]
    if not named:
        return None
    here = (scene.latitude, scene.longitude) if scene is not None else None
    # The city the quarter's own sentence names, even where recognition missed it
    # ("into Aleppos western Zahraa neighborhood" after "refuge in Idlib"), else the
    # scene's, else the one named most.
    return cities[min(named, key=lambda pt: (pt not in in_sentence, pt != here,
                                             -counts[pt]))]


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)
# "on the (main) road between X and Y": a road runs out of its first town.
_ROAD_BETWEEN = re.compile(r"\b(?:" + "|".join(sorted(ROUTE_WORDS)) + r")\s+(?:\w+\s+)?"
                           r"between\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)


def province_between(top: Toponym, sent: Span) -> Place | None:
    """The province of a town named as one end of an area ("captured eight villages
    in the area between Aleppo and the border"): the area is neither the town nor
    near it, so the event is in the town's province, at precision 3. A road between
    two places leaves its first town: the event is near that town (ACLED's precision 2
    for a named town's surroundings)."""
    place = top.place
    if place is None or place.level != "city" or not place.admin1:
        return None
    text = doc_text(sent.doc)
    if not _BETWEEN.search(text[max(sent.start_char, top.start - 30):top.start]) or (
            road_between(top, sent)):
        return None  # "on the road between Kandahar and Lashkar Gah": near Kandahar
    gaz = load_gazetteer()
    return next((gaz.place(c) for c in gaz.lookup(place.admin1) if c.level == 2
                 and c.cc == place.country_code and c.entry[5] == place.admin1), None)


def road_between(top: Toponym, sent: Span) -> bool:
    """Whether a name is the first end of a road between two places ("ambushed a bus on
    the road between Jalalabad and Kabul"): one event near that town, not one per town
    (the second name only says where the road leads)."""
    text = doc_text(sent.doc)
    return bool(_ROAD_BETWEEN.search(text[max(sent.start_char, top.start - 40):top.start]))


def drop_strays(toponyms: list[Toponym], text: str) -> list[Toponym]:
    """Small towns read in a country other than the story's, with nothing of their own
    province in the story, lose that reading ("an old red Opal car" as Opal, Virginia,
    "near the al-Omar oilfield" as Omar, West Virginia, in a report from eastern Syria):
    a reading abroad needs evidence next to it (its province or country named, another
    place of its province), else it is a namesake. The story's country is counted
    without such lone towns. The name stays a toponym without a place, as one the
    gazetteer lacks."""
    units = Counter((t.place.country_code, t.place.admin1) for t in
                    {t.text: t for t in toponyms if t.place is not None}.values()
                    if t.place.admin1 and below_country(t.place))
    lone = [t for t in toponyms if t.place is not None and t.place.level in ("city", "admin2")
            and 0 < t.place.population < STRAY_POP and t.place.country_code
            and units[(t.place.country_code, t.place.admin1)] <= 1
            and not _held_nearby(t.place, text, t.end)]
    if not lone:
        return toponyms
    ids = {id(t) for t in lone}
    story = story_country([t for t in toponyms if id(t) not in ids], text)
    if story is None:
        return toponyms
    return [Toponym(t.text, t.start, t.end, None)
            if id(t) in ids and t.place.country_code != story.country_code else t
            for t in toponyms]


def _held_nearby(place: Place, text: str, end: int) -> bool:
    """Whether the words after a name give its province or country ("Opal, Wyoming")."""
    after = text[end:end + 40]
    return any(name and name in after for name in (place.admin1, place.country))


_FROM_PLACE = re.compile(r"\bfrom (?:the (?:town|city|village|province) of )?$", re.IGNORECASE)


def sentence_place(sent: Span, sent_tops: list[Toponym]) -> Toponym | None:
    """The one town, district or province a sentence names as a place (not an actor's
    qualifier, a place people come from, a sponsor, a capital that names a government:
    "called on Ankara", nor a place of a relative clause about someone else: "Davis, who was
    captured in Istanbul"), None when it names none or several: where an incident its
    words do not place happened, before the scene of the sentences around it."""
    text = doc_text(sent.doc)
    found: dict[object, Toponym] = {}
    for t in sent_tops:
        p = t.place
        if p is None or not p.country_code or not below_country(p) or (
                named_aside(text, t) or government_capital(text, t)
                or _FROM_PLACE.search(text[max(0, t.start - 40):t.start])
                or names_a_thing(t, sent.doc)):
            continue  # "displaced families from Deir Ezzor": where they came from
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or any(a.dep_ == "relcl" for a in span.root.ancestors):
            continue
        found[p.geonames_id or p.name] = t
    return next(iter(found.values())) if len(found) == 1 else None


def names_a_thing(top: Toponym, doc: Doc) -> bool:
    """A name that qualifies a made thing in its noun phrase ("a Bradley armored
    vehicle", "Mobile phone footage"): a model or brand, not where anything happened
    (data/product_nouns.txt). "A Baghdad market", "the Duluiyah town" still place."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and names_product(span)


def _as_modifier(top: Toponym, doc: Doc) -> bool:
    """Whether a name stands as a nationality before the noun it qualifies ("Another
    US soldier", "US overseer Paul Bremer"): a people's country, not a scene."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "nsubj":  # "the United States never succeeded": a state acting
        return True
    return (root.dep_ in ("compound", "amod", "nmod") and root.head.i > span.end - 1
            and root.head.pos_ in ("NOUN", "PROPN"))


_BODY_OF = re.compile(r"\b(?:State|Republic|Kingdom|Emirate|Front|Army|Party|Movement|Council|"
                      r"Forces?|Brigades?|Union|Organi[sz]ation|Committee|Ministry|Government)"
                      r" (?:of|for) (?:the )?$")


def in_body_name(text: str, start: int) -> bool:
    """A country inside an organisation's name ("Islamic State of Iraq and al-Sham")."""
    return bool(_BODY_OF.search(text[max(0, start - 40):start]))


# Nouns after a nationality that make it a scene: "in the Kenyan capital", "protested in
# Spanish cities", "on Turkish soil".
_SCENE_NOUNS = frozenset({"capital", "city", "cities", "town", "towns", "village",
                          "villages", "streets", "soil", "territory", "airspace"})


# "Somalia's capital", "the Taiwan capital", "the Yemeni capital": the country's capital
# city, unless its own name follows ("the Syrian capital Damascus", "capital of Tunis");
# a day or month after it is no name ("demonstrated in the Sri Lankan capital Tuesday").
_CALENDAR = "|".join(w.capitalize() for w in sorted(CALENDAR_WORDS))
_CAPITAL_AFTER = re.compile(r"^(?:['’]s)?\s+capital\b(?!,?\s+(?:(?:city\s+)?of\b|"
                            rf"(?!(?:{_CALENDAR})\b)[A-Z]))")


def dateline_place(city: str, where: str | None) -> Place | None:
    """The town a report's dateline names ("MOSUL, Iraq (AP)"): the most populous town
    of that name, in the country or state named after it if any; None for a state
    whose forces the news names mostly abroad (a report filed in Washington or Moscow
    says nothing of where its events happened) or a name that is no town."""
    gaz = load_gazetteer()
    towns = [c for c in gaz.lookup(city) if c.level == 0]
    if where:
        named = gaz.lookup(where)
        within = {c.cc for c in named if c.level in (2, 3)} | {
            c.entry[ADM1_FIELD] for c in named if c.level == 2}
        towns = [c for c in towns if c.cc in within or c.entry[ADM1_FIELD] in within]
    if not towns:
        return None
    town = max(towns, key=lambda c: c.population)
    return None if town.cc in forces_abroad() else gaz.place(town)


def capital_of(cc: str) -> Place | None:
    """The capital city of the country ``cc``, as a place."""
    gaz = load_gazetteer()
    town = next((i for i in gaz.capitals if gaz.entry(i)[CC_FIELD] == cc), None)
    return gaz.place(Candidate(town, gaz.entry(town))) if town is not None else None


def capital_phrases(sent: Span, toponyms: list[Toponym], demonyms: bool = True
                    ) -> list[Toponym]:
    """``toponyms`` with a country, or a nationality, that names its capital ("Somalia's
    capital", "the Kenyan capital") read as that capital city: the phrase names the
    city, not the country (ACLED codes the town, precision 1). A nationality's capital
    is no place name, so only with ``demonyms`` (the pipeline; not the span choice)."""
    text = doc_text(sent.doc)
    out = []
    for t in toponyms:
        m = _CAPITAL_AFTER.match(text[t.end:t.end + 40])
        town = capital_of(t.place.country_code) if (
            m and t.place is not None and t.place.level == "country"
            and t.place.country_code) else None
        out.append(t if town is None else
                   Toponym(text[t.start:t.end + m.end()], t.start, t.end + m.end(), town))
    taken = [(t.start, t.end) for t in out]
    for tok in sent[:-1] if demonyms else ():
        if not tok.text[:1].isupper() or any(s <= tok.idx < e for s, e in taken):
            continue
        m = _CAPITAL_AFTER.match(text[tok.idx + len(tok):tok.idx + len(tok) + 40])
        cc = demonym_at(sent.doc, tok.i, load_gazetteer()) if m else None
        town = capital_of(cc) if cc else None
        if town is not None:
            end = tok.idx + len(tok) + m.end()
            out.append(Toponym(text[tok.idx:end], tok.idx, end, town))
    return out


def demonym_scene(sent: Span) -> Place | None:
    """The place a nationality names as a scene in its sentence: "the Kenyan capital"
    is Nairobi (the country's capital), "Spanish cities" Spain."""
    gaz = load_gazetteer()
    for tok in sent[:-1]:
        nxt = tok.nbor(1)
        if not tok.text[:1].isupper() or nxt.lower_ not in _SCENE_NOUNS:
            continue
        cc = demonym_at(sent.doc, tok.i, gaz)
        country = gaz.country(cc) if cc else None
        if country is None:
            continue
        if nxt.lower_ == "capital" and (town := capital_of(cc)) is not None:
            return town
        return gaz.place(country)
    return None


def named_country(toponyms: list[Toponym], sent: Span) -> Place | None:
    """The country a short text names as a scene ("the violence consuming Iraq";
    not "US soldier", "US-backed", "US forces", "from Qaim"): where an event nothing
    finer places happened, at country level (ACLED codes the country when only it is
    known). The country most of its own sentence's places lie in ("in the city of Al
    Kufra, near Libya's borders with Chad and Sudan": Libya), else of the text's; a
    tie is none. The one province the sentence names in it stands for it (Al Kufrah)."""
    doc = sent.doc
    own = demonym_scene(sent)
    if own is not None:
        return own
    scenes = _scene_places(toponyms, doc)
    here = [p for p, start in scenes if sent.start_char <= start < sent.end_char]
    counts = Counter(p.country_code for p in here or [p for p, _ in scenes])
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    cc = ranked[0][0]
    provinces = {p.name: p for p in here if p.country_code == cc and p.level == "admin1"}
    if len(provinces) == 1:
        return next(iter(provinces.values()))
    gaz = load_gazetteer()
    country = gaz.country(cc)
    return gaz.place(country) if country is not None else None


def acting(top: Toponym, doc: Doc) -> bool:
    """A country or big city of ``doc`` that acts for its government (``_acting_state``)."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and _acting_state(top, span)


def _scene_places(toponyms: list[Toponym], doc: Doc) -> list[tuple[Place, int]]:
    """The places of a text that may be a scene, with where they start: not those
    naming an actor's nationality, owner, sponsor or origin, nor a continent, nor a
    capital that names its government ("prompted Paris to raise the specter")."""
    text = doc_text(doc)
    out = []
    for t in toponyms:
        p = t.place
        if p is None or not p.country_code or p.level == "continent" or (
                named_aside(text, t) or owner_only(text, t.end)
                or acting(t, doc) or names_a_thing(t, doc)
                or _as_modifier(t, doc) or in_body_name(text, t.start)):
            continue
        out.append((p, t.start))
    return out


_NAME = r"[A-Z][\w'\u2019]+(?: [A-Z][\w'\u2019]+)?"
_BORDER_PAIR = re.compile(
    rf"\b(?P<a>{_NAME})\s?[-\u2013/]\s?(?P<b>{_NAME}) (?:border|frontier)s?\b"
    rf"|\b(?:border|frontier) between (?:the )?(?P<c>{_NAME}) and (?:the )?(?P<d>{_NAME})")


def _country_code(name: str) -> str | None:
    """The country a name or a people's adjective names ("Afghan", "Iraq"), if any."""
    gaz = load_gazetteer()
    return gaz.demonym(name) or next(
        (c.cc for c in gaz.lookup(name) if c.level == 3 and c.cc), None)


def border_pair(sent: Span) -> tuple[Place, str, int, int] | None:
    """A border between two countries the sentence names ("on the Afghan-Tajik border",
    "the Iraq-Syria border", "the border between Sudan and South Sudan"): the first
    country's point with the phrase kept as the place's text, at precision 3. ACLED
    codes a border incident in one of the two countries; the phrase tells the reader
    where along it, which neither country's centre alone does. Also where it starts
    and ends in the text."""
    text = doc_text(sent.doc)
    for m in _BORDER_PAIR.finditer(text, sent.start_char, sent.end_char):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        first, second = _country_code(a), _country_code(b)
        if first is None or second is None or first == second:
            continue
        gaz = load_gazetteer()
        entry = gaz.country(first)
        if entry is not None:
            return gaz.place(entry), m.group(0), m.start(), m.end()
    return None


_BARE_CAPITAL = re.compile(
    r"\b(?P<prep>(?i:in|at|into|inside|across|near|outside|around|outskirts of|streets of))"
    r" the capital\b(?!['\u2019]s|\s+(?:city\s+)?of\b|\s+[A-Z])")


def bare_capital(sent: Span, country: Place) -> tuple[Place, int] | None:
    """"The capital" with no name, of a short text placed only in a country ("attacked
    a hotel in the capital, killing 15 people, Somali officials said"): the capital of
    that country, precision 1 (2 for "near", "outside", "the outskirts of")."""
    if country.level != "country" or not country.country_code:
        return None
    m = _BARE_CAPITAL.search(doc_text(sent.doc), sent.start_char, sent.end_char)
    town = capital_of(country.country_code) if m else None
    if town is None:
        return None
    return town, 1 if m.group("prep").lower() in ("in", "at", "into", "inside", "across") else 2
