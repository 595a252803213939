"""Finding place names: spaCy's GPE/LOC/FAC plus gazetteer matches it misses.

The small English model tags many small towns as ORG or PERSON (Rawa, Albu
Kamal, Al-Qaim), so capitalised token n-grams that are GeoNames names are
places too, unless they are common words (a stop-list), parts of person or
organisation names, or actor names placed by the actor EntityRuler.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.attrs import IDX, IS_SPACE, IS_STOP, LENGTH, LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines import data
from frontlines.domain.placenames import PARTICLES, fold, key
from frontlines.extraction.docs import doc_text
from frontlines.extraction.places.gazetteer import Candidate, Gazetteer
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.time import CALENDAR_WORDS, WEEKDAYS
from frontlines.settings import SHORT_TEXT_TOKENS, SPEAKER_QUOTES, STATE_CITY_POP

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                          "QUANTITY", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE"})
MAX_NGRAM = 4
MIN_POP_SINGLE = 1000  # a lone capitalised word must name a town at least this big
# Words before a name that say it is a place.
CUE_BEFORE = frozenset({
    "in", "at", "near", "from", "to", "into", "outside", "around", "toward", "towards",
    "across", "via", "through", "inside", "town", "city", "village", "province", "district",
    "region", "capital", "governorate", "area", "outskirts", "of",
    # verbs whose object is mostly territory ("captured Knin", "shelled Grozny")
    "captured", "seized", "retook", "recaptured", "liberated", "shelled", "stormed",
    "besieged", "bombed", "overran", "entered",
    "capture", "recapture", "seize", "retake", "liberate", "besiege",  # "to recapture X"
    "capturing", "recapturing", "seizing", "retaking", "liberating",
    "raided", "raiding", "invaded", "invading",  # "Israeli troops raided Jenin"
})
COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "rural",
                     "north", "south", "east", "west", "northeastern", "northwestern",
                     "southeastern", "southwestern", "greater", "downtown",
                     "midtown", "uptown"})  # "marched through Midtown Manhattan" (ORG)
# "the siege on X", "an attack on X": "on" says place after these nouns.
ASSAULT_NOUNS = frozenset({"attack", "attacks", "assault", "siege", "offensive", "raid",
                           "raids", "strike", "strikes", "airstrikes", "advance", "push",
                           "march", "bombardment", "shelling", "onslaught"})
# "the village of X" / "the X neighbourhood": frames that make an unknown name a place.
FRAME_BEFORE = frozenset({"village", "villages", "town", "towns", "city", "cities",
                          "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                          "district", "districts", "suburb", "settlement", "settlements",
                          "camp", "area", "region", "province", "governorate"})
FRAME_AFTER = frozenset({"neighbourhood", "neighborhood", "village", "villages", "district",
                         "camp", "crossing", "checkpoint", "refugee", "suburb", "quarter",
                         "area", "areas", "township", "municipality", "regency"})
# Words after a name that say it is a place: "Khanasir town", "the Incirlik base".
CUE_AFTER = FRAME_AFTER | frozenset({"town", "city", "province", "governorate", "region",
                                     "base", "airbase", "desert", "countryside", "outskirts",
                                     "border", "valley", "island", "peninsula",
                                     "lga"})  # "killed in Logo LGA" (PERSON, whole)
_LOCATIVE = frozenset({"in", "at", "near", "into", "inside", "outside", "around"})
# Parts only a town has, after its name in the genitive ("patrolled Tbilisi's main
# thoroughfare", PERSON; "London's transit system"): the name is the town.
CITY_PART_NOUNS = frozenset({"thoroughfare", "thoroughfares", "avenue", "avenues", "boulevard",
                             "transit", "subway", "metro", "underground", "neighbourhoods",
                             "neighborhoods", "districts", "suburb", "suburbs", "outskirts",
                             "streets", "downtown", "centre", "center"})
# "the battle for Shaddadi", "the siege of Kobani": the name after "for"/"of" is the
# place fought over (the NER often makes the whole phrase a WORK_OF_ART or EVENT).
BATTLE_NOUNS = frozenset({"battle", "battles", "fight", "fighting", "siege", "struggle"})
# A direction a place is measured from: "west of Tallafar", "north-east of Adhaim".
_DIRECTION = re.compile(r"(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?")
# The compass points and their adjectives, by which a country splits a unit ("North
# Kivu", "Western Equatoria": resolve._compass_units) and which place a name ("in
# northern Aleppo")
COMPASS_POINTS = ("north", "south", "east", "west", "central", "northern", "southern",
                  "eastern", "western")
# Lower-case words before a name that place it: "in northern Aleppo", "east Jerusalem".
_COMPASS_ADJ = frozenset({*COMPASS_POINTS, "northeastern", "northwestern", "southeastern",
                          "southwestern", "rural", "downtown"})
# "Chechnya's second city, Gudermes", "the Chechen capital, Grozny": the name set after
# a place noun and a comma is that place
_APPOSED_NOUNS = frozenset({"town", "city", "village", "capital"})
_ROUTE_HEADS = frozenset({"road", "highway", "motorway", "expressway", "railway", "route",
                          "border", "frontier", "pipeline", "axis", "corridor"})
# Words that make "X of Y" a body or a title, not a place in a province.
_BODY_WORDS = frozenset({
    "university", "college", "school", "bank", "governor", "mayor", "museum", "church",
    "mosque", "council", "court", "ministry", "government", "republic", "state", "kingdom",
    "army", "party", "front", "union", "hospital", "port", "gulf", "sea", "strait", "bay",
    "city", "province", "governorate", "district", "county", "region", "department",
})
# Labels the small model gives some towns ("Manbij" PRODUCT): a doubt, not a veto.
SOFT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Arabic articles a copy may split from their name by a space ("Ash Shairat", "Al Bab")
SPLIT_ARTICLES = frozenset({"al", "el", "ash", "as", "ad", "ar", "at", "an", "az", "adh",
                            "ath", "esh", "ech", "ed", "er", "es", "ez"})
_NISBA = re.compile(r"^(?:[Aa]l|[Ee]l)[- ]([A-Z][a-z]{3,})i$")
BIG_CITY = 100_000  # a person-tagged name this big is the city ("Grozny's streets")
_COMPASS = re.compile(r"(?:north|south)[\s-]?(?:east|west)(?:ern)?", re.IGNORECASE)
_INNER_LOWER = PARTICLES | {"-", "'", "de", "du", "la", "le", "del", "di", "da", "do", "dos",
                            "das", "bin", "ibn", "upon", "on", "sur", "en",
                            "e", "i",  # the Persian ezafe: "Mazar-e-Sharif", "Sar-i-Pul"
                            "\u2018"}  # the ayn of a transliteration: "‘Ayn ‘Issa"


LOCAL_AREA_NOUNS = frozenset({"government", "council"})


def local_area(after: list[str]) -> bool:
    """Whether the lower-cased words after a name are "local government" or "local
    council" ("the Agatu local council", "Logo Local Government Area"): a Nigerian local
    government area is named after its town, so the name is a place whatever the NER
    called it (GeoNames gives such areas no population)."""
    return len(after) == 2 and after[0] == "local" and after[1] in LOCAL_AREA_NOUNS


def compass_word(text: str) -> bool:
    """A compound compass word ("Northeastern", "South-west"): a direction, never a
    place alone, although GeoNames has such aliases (Oman's North Ash Sharqiyah)."""
    return bool(_COMPASS.fullmatch(text))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded words that are never places on their own (common words, titles, days)."""
    path = Path(str(resources.files("frontlines") / "data" / "places_stopwords.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def personal_nouns() -> frozenset[str]:
    """Nouns of what a person has and of their kin ("home", "lawyer"): a one-word
    genitive before them names a person (data/places_personal_nouns.txt)."""
    return data.words("places_personal_nouns.txt")


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    """Words that begin a compound place name ("Kafr", "Khan", "Ain"): part of the
    name that follows them (data/places_name_heads.txt)."""
    path = Path(str(resources.files("frontlines") / "data" / "places_name_heads.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _cap_text(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _protected(doc: Doc, actor_texts: frozenset[str]) -> list[Span]:
    """Entities from the actor ruler: never turned into places."""
    return [e for e in doc.ents
            if e.label_ not in PLACE_LABELS
            and (e.ent_id_ or fold(e.text) in actor_texts)]


class Tokens:
    """Per-token attributes of a doc as plain lists.

    Recognition scans every token and n-gram; indexing a Doc creates a Token
    object per access, which made this scan a third of ``geoparse``'s time."""

    __slots__ = ("cap", "is_space", "is_stop", "like_num", "lower", "n", "starts", "texts",
                 "text")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text``: the string ``doc`` was made from, when the caller has it
        (``doc.text`` rebuilds it token by token, ~6 % of ``geoparse``)."""
        arr = doc.to_array([IDX, LENGTH, IS_STOP, LIKE_NUM, IS_SPACE]).tolist()
        text = doc_text(doc) if text is None else text
        self.text = text
        self.n = len(arr)
        self.starts = [r[0] for r in arr]
        self.texts = [text[a:a + n] for a, n, *_ in arr]
        self.lower = [t.lower() for t in self.texts]
        self.cap = [_cap_text(t) for t in self.texts]
        self.is_stop = [bool(r[2]) for r in arr]
        self.like_num = [bool(r[3]) for r in arr]
        self.is_space = [bool(r[4]) for r in arr]

    def spaces(self) -> list[bool]:
        """Whether each token is followed by a space (``Token.whitespace_``)."""
        nexts = [*self.starts[1:], len(self.text)] if self.n else []
        return [s + len(t) < nxt for s, t, nxt in zip(self.starts, self.texts, nexts,
                                                       strict=True)]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without making the span."""
        return self.text[self.starts[start]:self.starts[end - 1] + len(self.texts[end - 1])]

    def reach(self, i: int) -> int:
        """How many tokens from i hold MAX_NGRAM words, hyphens not counted: a
        hyphenated name is one name ("Maaret-al-Numan" is five tokens)."""
        j = words = 0
        while i + j < self.n and words < MAX_NGRAM:
            words += self.texts[i + j] != "-"
            j += 1
        return j

    def links(self, i: int) -> bool:
        """Tokens i..i+3 are a hyphen, a lower-case particle, a hyphen and a capitalised
        word, glued to the word before: the rest of one name ("Dand-e-Patan",
        "Mazar-e-Sharif"). A plain hyphen ("Iraq-Syria border") joins two names."""
        if i < 1 or i + 3 >= self.n or self.texts[i] != "-" or self.texts[i + 2] != "-":
            return False
        mid = self.texts[i + 1]
        glued = all(self.starts[k] + len(self.texts[k]) == self.starts[k + 1]
                    for k in range(i - 1, i + 3))
        return glued and mid.isalpha() and mid.islower() and len(mid) <= 3 and self.cap[i + 3]

    def hyphen_article(self, i: int) -> bool:
        """Token i is a lower-case article joined by a hyphen to a name ("al-Bab")."""
        return (self.lower[i] in PARTICLES and i + 2 < self.n
                and self.texts[i + 1] == "-" and self.cap[i + 2])

    def framed(self, start: int, end: int) -> bool:
        """A place frame around tokens start..end: "Khanasir town", "the town of X",
        or a relation only a place has: "west of Tallafar", "the battle for Shaddadi"
        (GeoNames gives many Iraqi and Syrian towns no population, so a lone name
        below MIN_POP_SINGLE needs such a frame to count)."""
        after = self.lower[end] if end < self.n else ""
        if local_area(self.lower[end:end + 2]):
            return True
        if start < 2 or self.lower[start - 1] not in ("of", "for"):
            return after in CUE_AFTER
        before = self.lower[start - 2]
        if self.lower[start - 1] == "for":
            return after in CUE_AFTER or before in BATTLE_NOUNS
        return (after in CUE_AFTER or before in FRAME_BEFORE or before in BATTLE_NOUNS
                or bool(_DIRECTION.fullmatch(before)))

    def ngram_ok(self, start: int, end: int) -> bool:
        """Capitalised at both ends, inner words capitalised or particles, no numbers."""
        cap = self.cap
        if not cap[start] or not cap[end - 1]:
            return False
        for j in range(start + 1, end - 1):
            if not cap[j] and self.lower[j] not in _INNER_LOWER:
                return False
        return not any(self.like_num[start:end])


Ngrams = list[list[tuple[int, list[Candidate]]]]


def gazetteer_ngrams(tk: Tokens, gaz: Gazetteer,
                     actor_texts: frozenset[str] = frozenset()) -> Ngrams:
    """Per start token, the 1–4-token gazetteer names starting there (longest
    first) that pass every test not depending on the NER. Computed before the
    NER so that ``geoparse`` can run the NER only around them."""
    stops = stopwords()
    out: Ngrams = [[] for _ in range(tk.n)]
    cap, is_space = tk.cap, tk.is_space
    for i in range(tk.n):
        article = not cap[i] and tk.hyphen_article(i)  # "al-Bab": article joins the name
        if not cap[i] and not article or i >= 3 and tk.links(i - 3):
            continue  # (nor "Patan" of "Dand-e-Patan": the whole name or none)
        for n in range(tk.reach(i), 2 if article else 0, -1):
            end = i + n
            if not cap[end - 1] or any(is_space[i:end]) or not tk.ngram_ok(
                    i + 2 if article else i, end) or tk.links(end):
                continue
            text = tk.span_text(i, end)
            folded = fold(text)
            if folded in stops or folded in actor_texts:
                continue
            if n == 1 and (gaz.is_demonym(text) or tk.is_stop[i] or compass_word(text)):
                continue
            cands = gaz.lookup(text)
            if cands:
                out[i].append((n, cands))
    return out


def acronym_not_place(text: str, gaz: Gazetteer) -> bool:
    """An acronym that is no known place abbreviation names an agency, a ministry or
    a substance far more often than a place: "SANA", "VX" (the nerve agent), "MoD"
    (Maud, Texas, in a story on the Ministry of Defence)."""
    if text in gaz.acronyms:
        return False
    return (text.isupper() and len(text) <= 5) or bool(_MIXED_ACRONYM.fullmatch(text))


_MIXED_ACRONYM = re.compile(r"[A-Z][a-z]{1,2}[A-Z]")


def _admissible(tk: Tokens, gaz: Gazetteer, n: int, start: int,
                cands: list[Candidate]) -> bool:
    """The NER-independent tests made after the longest match is chosen."""
    if n == 1:
        text = tk.texts[start]
        if acronym_not_place(text, gaz):
            return False
        if (max(c.population for c in cands) < MIN_POP_SINGLE
                and not any(c.level >= 2 for c in cands) and not tk.framed(start, start + 1)):
            return False
    return True


def ner_positions(tk: Tokens, gaz: Gazetteer, ngrams: Ngrams) -> list[int]:
    """Token positions whose NER label can change what ``geoparse`` returns:
    the start of every gazetteer name (step 2's candidates, and the names the
    NER alone may make places: acronyms such as "US", aliases such as "Wash.",
    hamlets below step 2's population floor) and of every name in a place
    frame ("the village of X", "X neighbourhood"). A place-labelled name the
    gazetteer lacks anywhere else is dropped by ``geoparse`` anyway."""
    stops = stopwords()
    cap, lower = tk.cap, tk.lower
    out = [i for i, grams in enumerate(ngrams) if grams]
    for i in range(tk.n):
        if not cap[i] or ngrams[i]:
            continue
        for n in range(tk.reach(i), 0, -1):
            if not cap[i + n - 1] or not tk.ngram_ok(i, i + n):
                continue
            text = tk.span_text(i, i + n)
            if not text.isupper() and (fold(text) in stops or (n == 1 and tk.is_stop[i])):
                continue  # sentence-initial "The", "In": places only when all capitals
            if gaz.has(text):
                out.append(i)
                break
    for j in range(1, tk.n):
        if lower[j] in FRAME_AFTER and any(cap[max(0, j - MAX_NGRAM):j]):
            out.append(max(0, j - MAX_NGRAM))
        elif (lower[j] == "of" and lower[j - 1] in FRAME_BEFORE and j + 1 < tk.n
              and (cap[j + 1] or lower[j + 1] in PARTICLES)):
            out.append(j + 1)
    return sorted(set(out))


# "Damasak, near the border", "Konduga, 35 km southeast of Maiduguri": a name measured
# from somewhere is a place (the NER took "Damasak" for a person).
_MEASURED_AFTER = re.compile(
    r"^,\s*(?:an?\s+(?:small\s+)?(?:village|town)\s+)?(?:(?:about|some|just|around)\s+)?"
    r"(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:(?:north|south)-?(?:east|west)?|east|west)\s+of|from|near|outside)\b",
    re.IGNORECASE)


def _has_cue(span: Span) -> bool:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in CUE_AFTER:
        return True
    if local_area([t.lower_ for t in doc[span.end:span.end + 2]]):
        return True  # "villages in the Agatu local council" (NORP)
    if _MEASURED_AFTER.match(doc_text(doc)[span.end_char:span.end_char + 80]):
        return True
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct and doc[i].text != "," or doc[i].lower_ in COMPASS):
        i -= 1  # "in northern Aleppo"
    if i < span.start - 1 and _lower_compass_before(span):
        return True  # "airstrikes over southern Aleppo": a part of a place
    if i >= 1 and doc[i].lower_ == "on" and doc[i - 1].lower_ in ASSAULT_NOUNS:
        return True  # "the siege on Manbij"
    if i >= 1 and doc[i].lower_ == "for" and doc[i - 1].lower_ in BATTLE_NOUNS:
        return True  # "the battle for al-Qaryatain"
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in _APPOSED_NOUNS:
        return True  # "Chechnya's second city, Gudermes"
    if _GENITIVE_PART.match(doc_text(doc)[span.end_char:span.end_char + 40]):
        return True  # "patrolled Tbilisi's main thoroughfare"
    if _bombarded(span):
        return True  # "Argun was first bombed on December 1"
    if _left_town(span, i):
        return True  # "Eritrean forces evacuated Barentu"
    return (i >= 0 and doc[i].lower_ in CUE_BEFORE or _listed_in_frame(span)
            or _listed_plainly(span))


@lru_cache(maxsize=1)
def bombarded_verbs() -> frozenset[str]:
    """Verbs whose passive subject is a place (data/places_bombarded_verbs.txt)."""
    return data.words("places_bombarded_verbs.txt")


def _bombarded(span: Span) -> bool:
    """Whether the name is the subject of a passive verb that only places suffer
    ("Argun was first bombed", "Grozny was shelled"): a town is bombed, shelled or
    besieged; a person is attacked or hit, so those verbs are no cue. Only for a name
    the NER left untagged: one it called a person keeps its label."""
    root = span.root
    if any(t.ent_type_ for t in span):
        return False  # "Assad was besieged" (PERSON): only a name the NER left untagged
    return (root.dep_ == "nsubjpass" and root.head.lemma_.lower() in bombarded_verbs()
            and any(c.dep_ == "auxpass" for c in root.head.children))


@lru_cache(maxsize=1)
def left_verbs() -> frozenset[str]:
    """Verbs whose object is a place the subject leaves (data/places_left_verbs.txt)."""
    return data.words("places_left_verbs.txt")


def _left_town(span: Span, i: int) -> bool:
    """Whether the name is the object of a verb of leaving a place ("Eritrean forces
    evacuated Barentu"): troops evacuate a town. Only for a name the NER left untagged:
    one it called a person keeps its label ("evacuated Mandela to hospital")."""
    return (i >= 0 and span.start - i == 1 and span.doc[i].lower_ in left_verbs()
            and not any(t.ent_type_ for t in span))


# Words before a name that a date never follows ("clashes near Manbij", DATE): "in",
# "at", "from", "through", "into" and "around" take dates too ("in Ramadan", "into May").
_PLACE_ONLY_BEFORE = frozenset({"near", "outside", "inside", "via", "outskirts"})


def _place_only_before(span: Span) -> bool:
    """A locative no date takes right before the name: "near X", "north of X" (a feast
    is no place: "near Christmas", data/feast_names.txt)."""
    doc, i = span.doc, span.start - 1
    if i < 0 or span.text.lower() in data.words("feast_names.txt"):
        return False
    if doc[i].lower_ in _PLACE_ONLY_BEFORE:
        return True
    return doc[i].lower_ == "of" and i >= 1 and bool(_DIRECTION.fullmatch(doc[i - 1].lower_))


def _lower_compass_before(span: Span) -> bool:
    """A lower-case compass word right before the name (an opening quote between:
    "in northern ‘Ayn ‘Issa"): writers qualify places so, not persons or bodies
    ("Southern Baptist" is capitalised)."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].text in _OPENING_MARKS:
        i -= 1
    return i >= 0 and doc[i].text in _COMPASS_ADJ


_OPENING_MARKS = frozenset({"\u2018", "'", "`", "\u201c", '"'})


# Plural frames whose "of" opens a list of places: "the villages of X and Y".
PLURAL_FRAMES = frozenset({"villages", "towns", "cities", "neighbourhoods", "neighborhoods",
                           "districts", "settlements", "suburbs", "camps"})


def _listed_in_frame(span: Span) -> bool:
    """"bombed the villages of Kafr Nabl and Maarat Harma": a capitalised name listed
    after "and" or a comma in a plural place frame is one of those places, though the
    NER tags it a person (each is its own ACLED event, one per location)."""
    doc, i = span.doc, span.start - 1
    if i < 0 or doc[i].lower_ not in {"and", ","}:
        return False
    while i >= 1 and span.start - i <= 12:
        tok = doc[i]
        if tok.lower_ == "of":
            return doc[i - 1].lower_ in PLURAL_FRAMES
        if not (tok.lower_ in {"and", ",", "-"} or tok.text[:1].isupper()
                or tok.lower_ in PARTICLES):
            return False
        i -= 1
    return False


# "barrel bombs on X and Y": after these, "on" opens the places a strike hit.
_FIRED_ON = ASSAULT_NOUNS | frozenset({"bombs", "shells", "rockets", "missiles", "mortars"})
# Verbs whose listed objects are places when the NER tags them no person ("targeted
# Arak and Bardeh", WORK_OF_ART); after a locative, one listed place must say so.
_LIST_VERBS = frozenset({"targeted", "struck", "hit", "shelled", "bombed", "pounded",
                         "captured", "seized", "stormed", "retook", "recaptured", "overran"})
_LIST_JOINS = frozenset({"and", ","})


def _list_members(doc: Doc, first: int) -> list[Span]:
    """The capitalised names of a list opened at `first`: "Khan Touman, Aleis and Alzorba"."""
    members, start, j = [], first, first
    while j < len(doc) and j - first <= 16:
        tok = doc[j]
        if tok.lower_ in _LIST_JOINS:
            if j > start:
                members.append(doc[start:j])
            start = j + 1
        elif not (tok.text[:1].isupper() or tok.text == "-" or tok.lower_ in PARTICLES) or (
                tok.ent_type_ == "DATE"):
            break
        j += 1
    if j > start:
        members.append(doc[start:j])
    return members


def _names_noun(nxt: Token) -> bool:
    """Whether a listed name modifies the word after it ("SA officials"); with no tagger
    (the geoparser's pipeline) any lower-case word but a preposition counts."""
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if nxt.doc.has_annotation("TAG"):
        return nxt.pos_ == "NOUN"
    return nxt.lower_ not in CUE_BEFORE and nxt.lower_ not in {"on", "and", "or"}


def _listed_plainly(span: Span) -> bool:
    """ACLED codes one event per location: "air strikes on Khan Touman, Aleis and
    Alzorba", "barrel bombs on Daraya and Moadamiyeh" list places without a frame
    word, though the NER tags some persons or organisations. Each name of a list of
    two or more is a place when the list follows a strike's "on", or a verb of
    strikes and captures and not every name is a person, or a colon after a plural
    place frame ("three towns near Idlib: Saraqeb, Binnish and Taftanaz"), or a
    locative, a colon or such a verb and another listed name is tagged a place."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and span.start - i <= 12 and (
            doc[i].lower_ in _LIST_JOINS or doc[i].text[:1].isupper() or doc[i].text == "-"
            or doc[i].lower_ in PARTICLES) and doc[i].ent_type_ != "DATE":
        i -= 1
    if i < 0 or doc[i].text[:1].isupper():
        return False
    members = _list_members(doc, i + 1)
    own = next((m for m in members if m.start == span.start), None)
    if len(members) < 2 or own is None or own.end < len(doc) and _names_noun(doc[own.end]):
        return False  # ("floods hit Trinidad and SA officials": SA names the officials)
    opener = doc[i].lower_
    if opener == "on" and i >= 1 and doc[i - 1].lower_ in _FIRED_ON:
        return True
    if opener == ":" and any(t.lower_ in PLURAL_FRAMES for t in doc[max(0, i - 4):i]):
        return True  # "three towns near Idlib: Saraqeb, Binnish and Taftanaz"
    if opener in _LIST_VERBS and not all(
            any(t.ent_type_ == "PERSON" for t in m) for m in members):
        return True
    return (opener in _LIST_VERBS or opener in _LOCATIVE or opener in {"on", ":"}) and any(
        m.start != span.start and m.root.ent_type_ in PLACE_LABELS for m in members)


def _framed_entity(ent: Span, span: Span) -> bool:
    """An entity the NER made of a place name and its frame: the name and a place
    noun after it ("Bama Town", PERSON; "Gombe Metropolis"), or a battle for it ("the
    Battle for Shaddadi", WORK_OF_ART). The name alone is the place."""
    doc = span.doc
    if ent.start == span.start and ent.end > span.end:
        rest = [t.lower_ for t in doc[span.end:ent.end]]
        if ent.label_ != "PERSON" and all(w in _GENITIVE for w in rest):
            return True  # "targeted Aleppo's densely populated areas" (WORK_OF_ART)
        return all(w in CUE_AFTER for w in rest)
    if ent.end != span.end or span.start - ent.start < 2:
        return False
    words = [t.lower_ for t in doc[ent.start:span.start] if t.lower_ != "the"]
    return len(words) == 2 and words[0] in BATTLE_NOUNS and words[1] in ("for", "of")


_GENITIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_GENITIVE_PART = re.compile(r"['\u2019]s\s+(?:(?:main|central|busy|busiest|northern|"
                            r"southern|eastern|western)\s+)?(?:" + "|".join(CITY_PART_NOUNS)
                            + r")\b")


def _big_city_only(cands: list) -> bool:
    """Every reading is a town, or the province named after a city of 100 000 of
    it (Aleppo, Homs, Idlib): "shells fell on al-Ramouseh and new Aleppo", where the
    model tags the city NORP or nothing, is the city either way (not so a PERSON:
    "Arad was captured by Amal" is Ron Arad)."""
    cities = {(c.cc, c.entry[5]) for c in cands if c.level < 2 and c.population >= BIG_CITY}
    return all(c.level < 2 or (c.level == 2 and (c.cc, c.entry[5]) in cities) for c in cands)


def _modifies_noun(span: Span) -> bool:
    """The name stands before a common noun it qualifies ("the Dili students"): used
    as an adjective, as a demonym would be."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_alpha and nxt.is_lower and not nxt.is_stop


@lru_cache(maxsize=1)
def product_nouns() -> frozenset[str]:
    """Nouns of made things (data/product_nouns.txt): a name before one is a model."""
    return data.words("product_nouns.txt")


def names_product(span: Span) -> bool:
    """A name that qualifies a made thing in its noun phrase ("a Bradley armored
    vehicle", "A Blackhawk helicopter", "Mobile phone footage"): a model or brand, not
    a place. Needs the parse (no dependency labels: False)."""
    if span.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = span.root.head
    return head.i >= span.end and any(t.lower_ in product_nouns()
                                      for t in span.doc[span.end:head.i + 1])


@lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """Head nouns of a named site or facility (data/places_site_heads.txt) and the
    parts only a town has (``CITY_PART_NOUNS``), one word each."""
    heads = {h.split()[-1] for h in data.lines("places_site_heads.txt")}
    return frozenset(heads | {h + "s" for h in heads} | CITY_PART_NOUNS)


def _genitive_site(ent: Span, span: Span, cands: list) -> bool:
    """A town in the genitive that opens a site's name the NER took whole ("demonstrated
    at Abuja's National Stadium", "in Abuja's International Conference Centre", ORG):
    the site lies in the town, so the town is a place, not part of a body's name. Only
    a town (a country's "Iraq's Oil Ministry" is a body) and only before a site noun
    ("Tokyo's Metropolitan Government" is a body)."""
    doc = span.doc
    if ent.start != span.start or ent.end <= span.end + 1:
        return False
    if doc[span.end].text not in ("'s", "\u2019s") or not any(c.level == 0 for c in cands):
        return False
    return any(t.lower_ in site_nouns() for t in doc[span.end + 1:ent.end])


def _nested_ok(span: Span, cands: list) -> bool:
    """A place name inside an organisation's name worth reporting ("Kidney Foundation
    of Canada", "US Special Forces"): a country, province, region or big city."""
    return any(c.level >= 2 or c.population >= BIG_CITY for c in cands)


NGRAMS_KEY = "frontlines_ngrams"  # doc.user_data: (Tokens, Ngrams) computed before the NER


def find_toponyms(doc: Doc, gaz: Gazetteer,
                  actor_texts: frozenset[str] = frozenset(),
                  nested: list[Span] | None = None) -> tuple[list[Span], list[Span]]:
    """(toponym spans, demonym spans) of a parsed doc, without overlaps.

    Place names inside longer organisation/other names are not toponyms of the
    text (they locate nothing), but when ``nested`` is given they are appended
    to it: a geoparser reporting every place name (GeoWebNews) wants them."""
    f = _Finder(doc, gaz, actor_texts)
    f.ner_places()
    pending, accepted = f.gazetteer_names(nested)
    # Person-tagged matches count when a cue or another mention says "place".
    for span, label in pending:
        if label != "date" and (label == "big" or key(span.text) in accepted
                                or _has_cue(span) or f.after_place(span)
                                or f.in_container(span)):
            f.take(span, "GPE")
            accepted.add(key(span.text))
    # A word the NER took for a date ("on rafts near Mayadeen") is a place only when
    # another mention of the story is one, or a word no date follows comes before it:
    # "in Ramadan" has a cue too, "near Manbij" and "west of Manbij" only a place's.
    # A lower-case compass word ("in eastern Qalamoun", DATE) never qualifies a date.
    for span, label in pending:
        if label == "date" and (key(span.text) in accepted or _place_only_before(span)
                                or _lower_compass_before(span)):
            f.take(span, "GPE")
    f.repeated_names()
    f.framed_names()
    f.whole_names()
    f.name_heads()
    speakers = f.speakers()
    f.chosen = [sp for sp in f.chosen if not _lone_article(sp) and sp.text not in speakers
                and not _operation_name(sp) and not _time_zone(sp) and not _person_named(sp)]
    if nested is not None and speakers:
        nested[:] = [sp for sp in nested if sp.text not in speakers]
    f.chosen.sort(key=lambda s: s.start)
    tk = f.tk
    demonyms = [_demonym_span(doc, tk, j, gaz) for j in range(tk.n)
                if tk.cap[j] and not f.taken[j] and not f.blocked[j]
                and gaz.is_demonym(tk.texts[j])]
    return f.chosen, demonyms


def _demonym_span(doc: Doc, tk: Tokens, j: int, gaz: Gazetteer) -> Span:
    """A nationality with the word before it when the two are one: "South Sudanese"
    is South Sudan's, not Sudan's ("North Korean" North Korea's)."""
    if j > 0 and tk.cap[j - 1] and gaz.is_demonym(f"{tk.texts[j - 1]} {tk.texts[j]}"):
        return doc[j - 1:j + 1]
    return doc[j:j + 1]


def _airfield(ent: Span) -> bool:
    """An airfield the model tags ORG ("the Deir Ezzor Military Airport", "Kuweires
    Airbase", "Hmeimim Air Base") or EVENT ("the Baghdad International Airport"): a
    site, located by the town it is named after."""
    last = ent[-1].lower_
    return (ent.label_ == "ORG" or ent.label_ in SOFT_LABELS) and len(ent) > 1 and (
        last in ("airport", "airbase") or last == "base" and ent[-2].lower_ == "air")


def _joined(tk: Tokens, start: int, end: int) -> tuple[int, int]:
    """The whole of a name the NER took only a part of: "Mazar-e-Sharif",
    "Dand-e-Patan", "Qala-i-Naw" are one name each (``Tokens.links``); "Mazar" alone
    is a namesake in Jordan, "Patan" one in India."""
    while start >= 4 and tk.links(start - 3):
        start -= 4
    while tk.links(end):
        end += 4
    return start, end


_OPERATION_BEFORE = frozenset({"operation", "codenamed", "code-named", "dubbed"})


def _operation_name(span: Span) -> bool:
    """A name that follows "Operation" or "codenamed" ("February's Operation Olive
    Branch", "codenamed Euphrates Shield") names a military campaign, not a place: read
    as one it becomes a namesake town (Olive Branch, Mississippi) far from the
    fighting. "the Mosul operation" (the word after the name) still names a place."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None:
        return False
    word = prev.text.lower()
    if word == "operation":
        return prev.text[0].isupper()  # "Operation Olive Branch", not "the operation Afrin"
    if word == "named" and span.start > 1 and doc[span.start - 2].lower_ == "code":
        return True
    return word in _OPERATION_BEFORE


_CLOCK = re.compile(r"\d|^(?:noon|midnight|dawn|dusk|a\.?m\.?|p\.?m\.?|o'clock|hrs?)$",
                    re.IGNORECASE)


def _time_zone(span: Span) -> bool:
    """A city that names a clock ("at 12:30 Moscow time", "at dawn Damascus time",
    "(0900 GMT)") tells the hour, not where anything happened."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "time":
        return False
    return any(_CLOCK.search(t.text) for t in doc[max(0, span.start - 3):span.start])


def _weekday(t: Token) -> bool:
    """A capitalised day of the week, which the NER sometimes joins to the name before
    it ("South Saturday", LOC)."""
    return t.text[:1].isupper() and t.lower_ in WEEKDAYS


def _indefinite_head(span: Span) -> bool:
    """A capitalised word at the head of an indefinite noun phrase ("attacking the main
    Post Office and a cultural Centre") is a common noun written large: a place name
    is never "a ...", though it may qualify a noun that is ("a Baghdad market")."""
    doc, i = span.doc, span.start - 1
    if not doc.has_annotation("POS"):
        return False  # (the windowed geoparse tags no parts of speech: no judging a head)
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    if i < 0 or doc[i].lower_ not in ("a", "an"):
        return False
    return not (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"))


# A name given to an armed group or a movement: "the Sunni militia known also as Sahwa",
# "a group calling itself ...". The name is the group's, no place.
_GROUP_ALIAS = re.compile(
    r"\b(?:" + "|".join(sorted(data.words("places_words.yaml", "group_alias_nouns"),
                               key=len, reverse=True)) + r")\b[^.;]{0,25}?\b"
    r"(?:(?:also\s+)?known\s+(?:also\s+)?as|dubbed|calling\s+(?:itself|themselves))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def _group_alias(span: Span) -> bool:
    """Whether a name is what an armed group or movement is known as ("the anti-al-Qaida
    Sunni militia known also as Sahwa"): the group's name, not a scene."""
    text = doc_text(span.doc)
    start = span.start_char
    return bool(_GROUP_ALIAS.search(text[max(0, start - 60):start]))


def _lone_article(span: Span) -> bool:
    """An Arabic article split from the name after it ("Ash" of "Ash Shairat",
    "El" of "El-Bab") is part of that name, never a place on its own (Ash, England)."""
    if len(span) != 1 or span[0].lower_ not in SPLIT_ARTICLES:
        return False
    doc, j = span.doc, span.end
    if j < len(doc) and doc[j].text == "-":
        j += 1
    return j < len(doc) and doc[j].text[:1].isupper()


# Titles that put a person's name after them: "Mr Warren", "Mrs Madison".
_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})
# Words that end a noun phrase set beside a name ("a spokesman for the rebels").
_PHRASE_ENDS = frozenset({"for", "of", "in", "at", "from", "with", "who", "whose", "which",
                          "that", "and", "or", "to", "on", "by"})


def _person_named(span: Span) -> bool:
    """A name set beside a noun for one person ("Gunmen killed Madison, an opposition
    leader,", "Salem, a spokesman for the rebels, said") or after a title ("Mr Warren")
    names that person, not a town (Madison, Alabama; Salem, India). Not a name after a
    place noun ("the capital, Bujumbura,"), nor after a
    preposition ("in Kunduz, a police spokesman said"), nor one a reporting clause
    follows ("attacked Kunduz, a Taliban spokesman said"): that person speaks of it."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _TITLES:
        return True
    if before in _LOCATIVE or before in CUE_BEFORE or before in _COMPASS_ADJ:
        return False  # "in southern Baghdad": a part of a place, no person
    if before == "," and span.start > 1 and doc[span.start - 2].lower_ in _APPOSED_NOUNS:
        return False  # "outside the capital, Bujumbura, captured one rebel fighter"
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if doc[i].tag_ in ("VBG", "VBN", "VBD") or doc[i].pos_ in ("VERB", "AUX"):
        return False  # "in Baghdad, killing a civilian": a clause, no noun set beside it
    if doc[i].lower_ in ("a", "an", "the"):
        i += 1
    head = None
    for tok in doc[i:i + 4]:
        if not tok.is_alpha or tok.lower_ in _PHRASE_ENDS:
            break
        head = tok
    if head is None or head.lower_ not in data.words("person_nouns.txt"):
        return False
    for tok in doc[head.i + 1:]:
        if tok.text in (",", ";", "."):
            break
        if _SAYS_AFTER.match(" " + tok.lower_):
            return False
    return True


_SAYS = r"(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls|wrote|asked)"
_SAYS_BEFORE = re.compile(r"\b" + _SAYS + r"\s+$")
_SAYS_AFTER = re.compile(r"^\s+" + _SAYS + r"\b")
_PREP_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|for)\s+$", re.IGNORECASE)


class _Finder:
    """The state of one document's recognition: which tokens are taken or blocked."""

    def __init__(self, doc: Doc, gaz: Gazetteer, actor_texts: frozenset[str]) -> None:
        self.doc, self.gaz, self.stops = doc, gaz, stopwords()
        pre = doc.user_data.pop(NGRAMS_KEY, None)
        if pre is not None:
            self.tk, self.ngrams = pre
        else:
            self.tk = Tokens(doc)
            self.ngrams = gazetteer_ngrams(self.tk, gaz, actor_texts)
        n_tok = self.tk.n
        self.blocked = [False] * n_tok
        for e in _protected(doc, actor_texts):
            for i in range(e.start, e.end):
                self.blocked[i] = True
        self.ent_of: list[Span | None] = [None] * n_tok
        for e in doc.ents:
            for i in range(e.start, e.end):
                self.ent_of[i] = e
        # Words of multi-word person names: "Kelly" after "Megyn Kelly" is the person.
        self.person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                             for t in e}
        self.chosen: list[Span] = []
        self.taken = [False] * n_tok

    def after_place(self, span: Span) -> bool:
        """"Regina, Sask.", "Quebec City, Que.": a name right after a place and a comma
        is that place's state or country."""
        i = span.start
        return i >= 2 and self.doc[i - 1].text == "," and self.taken[i - 2]

    def in_container(self, span: Span) -> bool:
        """"including Abu Kamal in eastern Syria" (the name tagged PERSON): a name
        followed by "in" and a country or province that holds one of its readings
        is that place; a person "in Syria" has no reading there."""
        doc, at = self.doc, span.end
        if at < len(doc) and doc[at].text == ",":
            at += 1  # "Tal Rifaat, in northern Syria"
        if at >= len(doc) or doc[at].lower_ != "in":
            return False
        j = at + 1
        while j < len(doc) and doc[j].lower_ in COMPASS:
            j += 1  # "in Eastern Syria", "in northern Aleppo province"
        readings = self.gaz.lookup(span.text)
        for end in range(min(j + 3, len(doc)), j, -1):
            if not all(t.text[:1].isupper() for t in doc[j:end]):
                continue
            units = [c for c in self.gaz.lookup(doc[j:end].text) if c.level >= 2]
            if any(u.cc == c.cc and (u.level == 3 or u.entry[5] == c.entry[5])
                   for u in units for c in readings if c.level < u.level):
                return True
        return False

    def take(self, span: Span, label: str) -> None:
        self.chosen.append(Span(self.doc, span.start, span.end, label=label))
        for i in range(span.start, span.end):
            self.taken[i] = True

    def repeated_names(self) -> None:
        """A one-word name the NER took for a place elsewhere in the story, tagged a
        person here or not at all, is that place when a cue says "place" ("in Khanaser
        and other areas", PERSON, after "took place in Khanaser", GPE): the gazetteer
        step misses it when only its consonant skeleton matches (Khanasir)."""
        places = {sp.text for sp in self.chosen if len(sp) == 1 and sp.label_ == "GPE"}
        if not places:
            return
        for i in range(self.tk.n):
            if self.taken[i] or self.blocked[i] or self.tk.texts[i] not in places:
                continue
            ent = self.ent_of[i]
            if ent is not None and (len(ent) != 1 or ent.label_ not in ("PERSON", "ORG")):
                continue
            span = self.doc[i:i + 1]
            if _has_cue(span):
                self.take(span, "GPE")

    def name_heads(self) -> None:
        """"Kafr Sousah", "Khan Touman": a capitalised head word of a compound name
        right before a chosen name is part of it; the name is the whole (a lookup
        of "Sousah" alone finds Sousa, Brazil)."""
        heads = name_heads()
        out = []
        for sp in self.chosen:
            i = sp.start - 1
            if (i >= 0 and not self.taken[i] and not self.blocked[i] and self.tk.cap[i]
                    and fold(self.tk.texts[i]) in heads):
                sp = Span(self.doc, i, sp.end, label=sp.label_)
                self.taken[i] = True
            out.append(self._head_continued(sp, heads))
        self.chosen = out

    def _head_continued(self, sp: Span, heads: frozenset[str]) -> Span:
        """A head word taken alone ("recapturing the Quarries and Wadi Mousa": the NER
        tags "Wadi" alone) goes on into the capitalised name after it: "Wadi Mousa" is
        one name, and "Wadi" alone read the town of Wadi, India."""
        j = sp.end
        if (len(sp) != 1 or fold(sp.text) not in heads or j >= self.tk.n
                or self.taken[j] or self.blocked[j] or not self.tk.cap[j]
                or not self.doc[j].is_alpha):
            return sp
        self.taken[j] = True
        return Span(self.doc, sp.start, j + 1, label=sp.label_)

    def whole_names(self) -> None:
        """One name per story: a name that begins a longer name the story already has,
        followed by that name's other words, is that longer name ("Bab" of "at Bab
        Touma with the shell" after "Bab Touma neighborhood in Damascus" is not Al-Bab)."""
        longer = {tuple(t.text for t in sp): sp.label_ for sp in self.chosen if len(sp) > 1}
        if not longer:
            return
        doc, out = self.doc, []
        for sp in self.chosen:
            words = next((w for w in longer if len(w) > len(sp) and sp.end - len(sp) + len(w)
                          <= len(doc) and tuple(t.text for t in doc[sp.start:sp.start + len(w)])
                          == w), None)
            if words is None or any(self.taken[i] for i in range(sp.end, sp.start + len(words))):
                out.append(sp)
                continue
            out.append(Span(doc, sp.start, sp.start + len(words), label=longer[words]))
            for i in range(sp.end, sp.start + len(words)):
                self.taken[i] = True
        self.chosen = out

    def ner_places(self) -> None:
        """1. The statistical NER's places (minus a leading article)."""
        for e in self.doc.ents:
            if (e.label_ in PLACE_LABELS or _airfield(e)) and not self.blocked[e.start]:
                # (nor "Rural": "Rural Idlib" is the countryside of Idlib)
                start = e.start + 1 if e[0].lower_ in ("the", "rural") and len(e) > 1 else e.start
                end = e.end - 1 if e.end - start > 1 and self._lost_genitive(e.end - 1) else e.end
                start, end = _joined(self.tk, start, end)
                start = self._whole_name_start(start, end)
                end = self._whole_name_end(start, end)
                while end - start > 1 and _weekday(self.doc[end - 1]):
                    end -= 1  # "in Thailand's restive South Saturday": the day is no name
                if any(self.taken[start:end]):
                    continue  # the rest of a name already taken whole ("ez-Zor")
                span = self.doc[start:end]
                if _indefinite_head(span) or _group_alias(span):
                    continue  # "a cultural Centre"; "the militia known also as Sahwa"
                if fold(span.text) in self.stops and not self.gaz.has(span.text):
                    continue
                if compass_word(span.text):
                    continue  # "Northeastern rebels": a direction the NER took for a GPE
                if not any(ch.isupper() for ch in span.text):
                    continue  # "the metro station blast" (FAC): a common noun, no name
                if self._nisba(span) and not _has_cue(span):
                    continue  # "al-Baghdadi was hardly injured": a man's name
                if self._people(span):
                    continue  # "Yoruba and Hausa youths" (GPE): a people
                self.take(span, "LOC" if e.label_ == "LOC" else "GPE")

    def _whole_name_start(self, start: int, end: int) -> int:
        """Where a place the NER cut short begins: capitalised words right before it,
        outside other entities or in a place just before, that make one gazetteer name
        with it ("General Santos City" tagged "Santos City", whose Santos is a namesake
        in Brazil; "San Jose" + "del Monte City"). A place so joined is dropped."""
        last = end - 1 if end - start > 1 and self.tk.lower[end - 1] in ("'s", "\u2019s") else end
        for i in range(max(0, start - 2), start):
            ents = {self.ent_of[j] for j in range(i, start)} - {None}
            if any(self.blocked[j] or not self.tk.cap[j] or compass_word(self.tk.texts[j])
                   for j in range(i, start)) or any(
                    e.label_ not in PLACE_LABELS or e.start < i for e in ents):
                continue
            if any(i + n == last for n, _c in self.ngrams[i]):
                self.chosen = [sp for sp in self.chosen if sp.end <= i]
                for j in range(i, start):
                    self.taken[j] = False
                return i
        return start

    def _whole_name_end(self, start: int, end: int) -> int:
        """Where a place the NER cut at an Arabic article ends: "Deir" and "ez-Zor" (two
        GPEs) are one gazetteer name, "Deir ez-Zor"; each half alone is a namesake or
        nothing. (Not any longer name: GeoWebNews spans "Kansas" of "Kansas City
        Chiefs" alone.)"""
        if end >= self.tk.n or self.tk.lower[end] not in PARTICLES:
            return end
        for n, _cands in self.ngrams[start]:
            if start + n <= end:
                break
            rest = range(end, start + n)
            if not any(self.blocked[j] for j in rest) and all(
                    self.ent_of[j] is None or self.ent_of[j].label_ in PLACE_LABELS
                    for j in rest):
                return start + n
        return end

    def _people(self, span: Span) -> bool:
        """A people's name (data/places_demonyms.tsv with neither country nor region:
        "Yoruba", "Hausa"): never a place, though the NER tags some GPE."""
        return self.gaz.is_demonym(span.text) and not (
            self.gaz.demonym(span.text) or self.gaz.demonym_place(span.text))

    def _nisba(self, span: Span) -> bool:
        """An Arabic surname of origin ("al-Baghdadi", "al-Tikriti", "al-Halabi": of
        Baghdad, Tikrit, Aleppo): "al-" + a big city's, province's or country's name +
        "i". Without a place cue it names a person (Abu Bakr al-Baghdadi), not a town
        abroad whose spelling it shares (Baghdati, Georgia)."""
        m = _NISBA.match(span.text)
        if m is None:
            return False
        return any(c.level >= 2 or c.population >= BIG_CITY
                   for c in self.gaz.lookup(m.group(1)))

    def speakers(self) -> set[str]:
        """One-word names a story quotes ("said Saratova", "Saratova says") twice, or once
        and with a first name elsewhere ("letters addressed to Kheda Saratova"; a blanked
        sentence may hide it): a person in every mention, unless some reading can speak
        as a government (a country or region, a capital or a city of a million, a
        province by its own name: "Ankara said"). Not "the hospital in Montpellier said"
        nor "Barry, who was from Dewsbury said"."""
        text, quoted = doc_text(self.doc), Counter()
        for sp in self.chosen:
            if len(sp) == 1 and (
                    _SAYS_BEFORE.search(text[max(0, sp.start_char - 25):sp.start_char])
                    or _SAYS_AFTER.match(text[sp.end_char:sp.end_char + 25])
                    and not _PREP_BEFORE.search(text[max(0, sp.start_char - 8):sp.start_char])):
                quoted[sp.text] += 1
        # a one-sentence report quotes its speaker once ("Salem told reporters")
        least = 1 if len(self.doc) <= SHORT_TEXT_TOKENS else SPEAKER_QUOTES
        return {name for name, n in quoted.items()
                if (n >= least or self._full_name(name)) and not any(
                    self._government(c, name) for c in self.gaz.lookup(name))}

    def _full_name(self, name: str) -> bool:
        """Whether the story writes ``name`` after a capitalised word that is neither a
        common word nor taken for a place there ("Kheda Saratova", "Mrs Saratova")."""
        places = {sp.start_char for sp in self.chosen}
        for m in re.finditer(r"\b([A-Z][\w'’-]*)\s+" + re.escape(name) + r"\b",
                             doc_text(self.doc)):
            first = m.group(1)
            if (fold(first) not in self.stops and first.lower() not in COMPASS
                    and m.start(1) not in places):
                return True
        return False

    def _government(self, c: Candidate, name: str) -> bool:
        """Whether a reading of a quoted name can stand for a government."""
        return c.level >= 3 or c.idx in self.gaz.capitals or (
            c.level == 0 and c.population >= STATE_CITY_POP) or (
            c.level == 2 and key(c.entry[1]) == key(name))

    def _next_ngram(self, i: int) -> tuple[Span, list] | None:
        """The longest free gazetteer n-gram starting at token i."""
        for n, cands in self.ngrams[i]:
            if any(self.taken[j] or self.blocked[j] for j in range(i, i + n)):
                continue
            if n == 1 and self.tk.lower[i] in self.person_words and not (
                    i + 1 < self.tk.n and self.tk.lower[i + 1] in CUE_AFTER) and not any(
                    self._possessor(i - k, i, cands) for k in (1, 2)):
                continue  # (but "Daraa province" after a "Daraa al-Balad" PERSON, and
                # "Syrias Aleppo" after a headline's "Aleppo Monitor" PERSON)
            return self.doc[i:i + n], cands
        return None

    def gazetteer_names(self, nested: list[Span] | None
                        ) -> tuple[list[tuple[Span, str]], set[str]]:
        """2. Gazetteer n-grams the NER missed or mislabelled; those that need a cue
        come back pending, with the keys of the names accepted."""
        pending: list[tuple[Span, str]] = []
        accepted: set[str] = {key(s.text) for s in self.chosen}
        i = 0
        while i < self.tk.n:
            found = None
            if self.ngrams[i] and not self.taken[i] and not self.blocked[i]:
                found = self._next_ngram(i)
            if found is None:
                i += 1
                continue
            span, cands = found
            i = span.end
            verdict = self._verdict(span, cands, nested)
            if verdict == "take":
                self.take(span, "GPE")
                accepted.add(key(span.text))
            elif verdict is not None:
                pending.append((span, verdict))
        return pending, accepted

    def _lost_genitive(self, i: int) -> bool:
        """Whether token i is a country's genitive whose apostrophe the copy lost
        ("Deir al-Zor Syrias SANA agency"): the NER ran it into the place before it."""
        word = self.tk.texts[i]
        return (len(word) > 3 and word.endswith("s") and word[:1].isupper()
                and any(c.level == 3 for c in self.gaz.lookup(word[:-1])))

    def _possessor(self, start: int, end: int, cands: list) -> bool:
        """Whether tokens start..end are a country in the genitive ("Syria 's",
        "Syrias" where the copy lost the apostrophe) that holds one of the candidates
        of the name after it: that name is its place, not a longer name."""
        if start < 0:
            return False
        words = [self.tk.texts[i] for i in range(start, end)]
        if len(words) == 2 and words[1] in ("'s", "\u2019s"):
            name = words[0]
        elif len(words) == 1 and words[0].endswith("s") and words[0][:1].isupper():
            name = words[0][:-1]
        else:
            return False
        ccs = {c.cc for c in self.gaz.lookup(name) if c.level == 3}
        return any(c.cc in ccs for c in cands)

    def _persons_genitive(self, span: Span, cands: list) -> bool:
        """A one-word name in the genitive before a person's noun ("Deri's home",
        "Deri's lawyer") is a person's name when no big city or province shares it
        ("Grozny's residents", "Aleppo's governor" stay places)."""
        nxt = span.end
        if len(span) != 1 or nxt + 1 >= len(self.doc):
            return False
        if self.doc[nxt].text not in ("'s", "\u2019s"):
            return False
        if self.doc[nxt + 1].lower_ not in personal_nouns():
            return False
        return all(c.level < 2 and c.population < BIG_CITY for c in cands)

    def _verdict(self, span: Span, cands: list, nested: list[Span] | None) -> str | None:
        """"take", a pending label (a cue decides), or None (not a toponym)."""
        ent = self.ent_of[span.start]
        if (ent is None or ent.end == span.end) and any(
                self._possessor(span.start - n, span.start, cands) for n in (1, 2)):
            return "take"  # "Syria's Aleppo" ("Syrias Aleppo" in stripped copy)
        if self._nisba(span):
            return "nisba"  # a surname unless a cue says "place"
        if self._persons_genitive(span, cands):
            return None  # "outside Deri's home": a politician, not Deri in Wales
        if self._people(span):
            return None  # "Yoruba and Hausa youths": a people, no place
        exact = ent is not None and ent.start == span.start and ent.end == span.end
        soft = exact and ent.label_ in SOFT_LABELS
        if exact and ent.label_ == "DATE" and len(span) == 1 and span.text.isalpha():
            # "on rafts near Mayadeen" (DATE): a place if named so elsewhere; a big
            # city with a place cue is one ("arrested at Manchester airport", DATE), and so
            # is a province ("the village of Umm Batna near Quneitra", DATE)
            big = any(c.level < 2 and c.population >= BIG_CITY or c.level == 2 for c in cands)
            return "dated city" if big else "date"
        if exact and ent.label_ == "LANGUAGE" and any(
                c.level < 2 and c.population >= BIG_CITY for c in cands):
            return "LANGUAGE"  # "in southern Aleppo" (LANGUAGE): a cue decides
        if ent is not None and _framed_entity(ent, span):
            return "take"  # "attacked Bama Town" (PERSON), "the Battle for Shaddadi"
        if ent is not None and not soft and ent.label_ in BLOCK_LABELS:
            return None
        if ent is not None and ent.label_ == "NORP" and ent.start == span.start and all(
                t.lower_ in ("governorate", "province") for t in self.doc[ent.end:span.end]
        ) and ent.end < span.end and not self.gaz.is_demonym(ent.text):
            return "take"  # "the Aleppo Governorate" ("Aleppo" NORP)
        if ent is not None and ent.label_ == "NORP" and (
                not exact or self.gaz.is_demonym(span.text)):
            return None  # "Syrian"; but the model calls some cities NORP ("Aleppo")
        if ent is not None and ent.end == span.end and ent.start < span.start and all(
                t.lower_ in COMPASS for t in self.doc[ent.start:span.start]):
            return "take"  # "Battle in Rural Idlib" (ORG): a part of the province
        if ent is not None and self._place_of_place(ent, span):
            return "take"  # "in Tartuh of Deir Ezzor" (ORG): a village and its province
        if ent is not None and self._route_end(ent, span):
            return "take"  # "on the Abuja-Kaduna highway" (ORG): the towns it joins
        if ent is not None and _genitive_site(ent, span, cands):
            return "take"  # "at Abuja's National Stadium" (ORG): a site of the town
        if ent is not None and (ent.start < span.start or ent.end > span.end):
            # part of a longer name ("Hisham al-Hashemi", "Syrian Observatory")
            if nested is not None and ent.label_ != "PERSON" and _nested_ok(span, cands):
                nested.append(Span(self.doc, span.start, span.end, label="GPE"))
            return None
        if not _admissible(self.tk, self.gaz, len(span), span.start, cands):
            return None  # acronyms (SANA, AFP) are agencies far more often than places
        label = ent.label_ if ent is not None else ""
        if label in ("PERSON", "NORP") or soft or (label == "" and len(span) == 1):
            # One capitalised word the NER did not take for a name at all ("Vice",
            # "Market", a sentence opener) is a place only with a cue or a big city.
            big = max(c.population for c in cands)
            if big >= BIG_CITY and (all(c.level < 2 for c in cands) or (
                    label in ("NORP", "") and _big_city_only(cands)
                    and not _modifies_noun(span))):
                return "big"
            return label
        return "take"

    def _place_of_place(self, ent: Span, span: Span) -> bool:
        """An ORG the model made of "X of Y" right after "in", "at" or "near" ("killed
        two men in Tartuh of Deir Ezzor") whose Y is a place and whose X (one or two
        words) names no body ("the University of Aleppo" has its article, "Governor of
        Idlib" a title): the two names of a village and the province it lies in."""
        of = [t.i for t in ent if t.lower_ == "of"]
        if (ent.label_ != "ORG" or len(of) != 1 or ent.start == 0
                or self.doc[ent.start - 1].lower_ not in _LOCATIVE):
            return False
        head, tail = self.doc[ent.start:of[0]], self.doc[of[0] + 1:ent.end]
        words = [t for t in head if t.is_alpha and t.lower_ not in PARTICLES]
        return ((span.start, span.end) in ((head.start, head.end), (tail.start, tail.end))
                and 0 < len(words) <= 2 and all(t.text[:1].isupper() for t in words)
                and not any(t.lower_ in _BODY_WORDS for t in words)
                and bool(self.gaz.lookup(tail.text)))

    def _route_end(self, ent: Span, span: Span) -> bool:
        """A name of an ORG the model made of names joined by plain hyphens before a
        road or border word ("the Abuja-Kaduna highway", "the Kabul-Jalalabad road"):
        each name is a place the road or border runs from or to, not a body's name."""
        tokens = [t for t in ent if t.lower_ != "the"]
        after = self.doc[ent.end].lower_ if ent.end < len(self.doc) else ""
        if tokens and tokens[-1].lower_ in _ROUTE_HEADS:
            after, tokens = tokens[-1].lower_, tokens[:-1]
        if after not in _ROUTE_HEADS or not any(t.text == "-" for t in tokens):
            return False
        parts: list[list[Token]] = [[]]
        for t in tokens:
            if t.text == "-":
                parts.append([])
            else:
                parts[-1].append(t)
        return len(parts) >= 2 and all(p and p[0].text[:1].isupper() for p in parts) and any(
            p[0].i == span.start and p[-1].i + 1 == span.end for p in parts)

    def framed_names(self) -> None:
        """4. Names the gazetteer lacks, in a frame that says "place": "the village of
        Ashmi", "the al-Tijara neighbourhood" (left unresolved; they locate events)."""
        tk, n_tok = self.tk, self.tk.n
        lower, cap = tk.lower, tk.cap
        # next_frame[j]: the first index >= j of a frame word that may follow a name
        next_frame = [n_tok + MAX_NGRAM + 1] * (n_tok + 1)
        for j in range(n_tok - 1, -1, -1):
            next_frame[j] = j if lower[j] in FRAME_AFTER else next_frame[j + 1]
        for start in range(n_tok):
            if self.taken[start] or self.blocked[start] or start >= 3 and tk.links(start - 3):
                continue  # (not "Patan" of "Dand-e-Patan district": the whole name)
            # Cheap test first: is there a frame before, or a frame word just after?
            # "the village of X", and "(to the) north of X": a direction measures
            # only from a place ("the small villages to the north of Khattab")
            framed_before = (start >= 2 and lower[start - 1] == "of"
                             and (lower[start - 2] in FRAME_BEFORE
                                  or bool(_DIRECTION.fullmatch(lower[start - 2]))))
            one = self.doc[start:start + 1]
            listed = cap[start] and (_listed_in_frame(one) or _listed_plainly(one))
            framed_before = framed_before or listed
            if not framed_before and (start >= 1 and lower[start - 1] == "of"
                                      or next_frame[start + 1] > start + MAX_NGRAM
                                      and next_frame[start + 1] > start + tk.reach(start)):
                continue
            # "al-Tijara": a lower-case article joined by a hyphen to the name
            article = tk.hyphen_article(start)
            if article or cap[start]:
                self._framed_at(start, framed_before, article, listed)

    def _framed_at(self, start: int, framed_before: bool, article: bool,
                   listed: bool = False) -> None:
        tk, n_tok = self.tk, self.tk.n
        for n in range(min(tk.reach(start), n_tok - start), 0, -1):  # hyphens not counted
            after = tk.lower[start + n] if start + n < n_tok else ""
            if not framed_before and after not in FRAME_AFTER:
                continue
            text = tk.span_text(start, start + n)
            if (any(self.taken[j] or self.blocked[j] for j in range(start, start + n))
                    or not (tk.ngram_ok(start, start + n)
                            or (article and n >= 3 and tk.ngram_ok(start + 2, start + n)))
                    or fold(text) in self.stops
                    or self.gaz.is_demonym(text)):
                continue
            if listed and any(t.ent_type_ == "DATE" or not (t.text[:1].isupper() or t.text == "-"
                                                            or t.lower_ in PARTICLES)
                              for t in self.doc[start:start + n]):
                continue  # "and Maarat Harma on Sunday": the name ends at its list
            ent = self.ent_of[start]
            if ent is not None and ent.label_ in BLOCK_LABELS | {"NORP", "PERSON"} and not (
                    _undated_name(ent, framed_before and not listed)) and not (
                    listed and (ent.label_ in {"PERSON", "NORP"} or ent.label_ == "WORK_OF_ART"
                                and any(t.lower_ in _LIST_JOINS for t in ent))):
                continue  # (a name listed in "the villages of X and Y" is a place, as is
                # "Ishaqi" of "attacks in Samarra, Balad and Ishaqi", tagged a people, not
                # a demonym; "Arak and Bardeh", one WORK_OF_ART, is a list run together)
            self.take(self.doc[start:start + n], "LOC")
            break


def _undated_name(ent: Span, framed: bool) -> bool:
    """A DATE or a product the NER made of a name a place frame introduces ("targeting
    the key village of Ma’ardes", "the villages to the north of Khattab") with no
    number and no calendar word in it: the place the frame says it is."""
    feasts = data.words("feast_names.txt")
    return framed and ent.label_ in SOFT_LABELS | {"DATE"} and not any(
        t.like_num or t.lower_ in CALENDAR_WORDS or t.lower_ in feasts
        or not t.text[:1].isupper() and t.is_alpha for t in ent)


@Language.factory("frontlines_places")
def make_places(nlp: Language, name: str) -> PlaceRecogniser:
    return PlaceRecogniser(nlp)


class PlaceRecogniser:
    """Pipeline component: fills doc.spans["toponyms"] / ["demonyms"] and place ents."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._actor_texts: frozenset[str] | None = None

    def actor_texts(self) -> frozenset[str]:
        """Phrases of the actor EntityRuler (so "Islamic State" is never a place)."""
        if self._actor_texts is None:
            texts: set[str] = set()
            if "frontlines_actors" in self.nlp.pipe_names:
                ruler = self.nlp.get_pipe("frontlines_actors")
                for p in getattr(ruler, "patterns", []):
                    pat = p.get("pattern")
                    if isinstance(pat, str):
                        texts.add(fold(pat))
                    elif isinstance(pat, list):
                        parts = [next((str(v) for k, v in d.items()
                                       if k in ("ORTH", "TEXT", "LOWER")), "") for d in pat]
                        texts.add(fold(" ".join(parts)))
            self._actor_texts = frozenset(texts)
        return self._actor_texts

    def __call__(self, doc: Doc) -> Doc:
        gaz = load_gazetteer()
        nested: list[Span] = []
        toponyms, demonyms = find_toponyms(doc, gaz, self.actor_texts(), nested)
        doc.spans["toponyms"] = toponyms
        doc.spans["demonyms"] = demonyms
        doc.spans["nested_toponyms"] = nested
        ents = list(doc.ents)
        keep = []
        for e in ents:
            clash = [t for t in toponyms if t.start < e.end and e.start < t.end]
            if clash and e.label_ not in PLACE_LABELS and not e.ent_id_:
                continue  # an ORG/PERSON the NER gave a place name: the place wins
            keep.append(e)
        occupied = [False] * len(doc)
        for e in keep:
            for i in range(e.start, e.end):
                occupied[i] = True
        for t in toponyms:
            if not any(occupied[i] for i in range(t.start, t.end)):
                keep.append(t)
                for i in range(t.start, t.end):
                    occupied[i] = True
        doc.ents = sorted(keep, key=lambda s: s.start)
        return doc
