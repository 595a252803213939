"""Finding place names: spaCy's GPE/LOC/FAC plus gazetteer matches it misses.

The small English model tags many small towns as ORG or PERSON (Rawa, Albu
Kamal, Al-Qaim), so capitalised token n-grams that are GeoNames names are
places too, unless they are common words (a stop-list), parts of person or
organisation names, or actor names placed by the actor EntityRuler.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.places.gazetteer import Gazetteer
from frontlines.places.gazetteer import load as load_gazetteer
from frontlines.places.normalize import PARTICLES, fold, key

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
})
# "the village of X" / "the X neighbourhood": frames that make an unknown name a place.
FRAME_BEFORE = frozenset({"village", "villages", "town", "towns", "city", "cities",
                          "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                          "district", "districts", "suburb", "settlement", "settlements",
                          "camp", "area", "region", "province", "governorate"})
FRAME_AFTER = frozenset({"neighbourhood", "neighborhood", "village", "villages", "district",
                         "camp", "crossing", "checkpoint", "refugee", "suburb", "quarter",
                         "area", "areas", "township", "municipality"})
# Labels the small model gives some towns ("Manbij" PRODUCT): a doubt, not a veto.
SOFT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
BIG_CITY = 100_000  # a person-tagged name this big is the city ("Grozny's streets")
_INNER_LOWER = PARTICLES | {"-", "'", "de", "du", "la", "le", "del", "di", "da", "do", "dos",
                            "das", "bin", "ibn", "upon", "on", "sur", "en"}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded words that are never places on their own (common words, titles, days)."""
    path = Path(str(resources.files("frontlines") / "data" / "places_stopwords.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _protected(doc: Doc, actor_texts: frozenset[str]) -> list[Span]:
    """Entities from the actor ruler: never turned into places."""
    return [e for e in doc.ents
            if e.label_ not in PLACE_LABELS
            and (e.ent_id_ or fold(e.text) in actor_texts)]


def _ngram_ok(span: Span) -> bool:
    toks = list(span)
    if not _cap(toks[0]) or not _cap(toks[-1]):
        return False
    for t in toks[1:-1]:
        if not _cap(t) and t.lower_ not in _INNER_LOWER:
            return False
    return all(not t.like_num for t in toks)


def _has_cue(span: Span) -> bool:
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in (",",):
        i -= 1
    return i >= 0 and doc[i].lower_ in CUE_BEFORE


def _nested_ok(span: Span, cands: list) -> bool:
    """A place name inside an organisation's name worth reporting ("Kidney Foundation
    of Canada", "US Special Forces"): a country, province, region or big city."""
    return any(c.level >= 2 or c.population >= BIG_CITY for c in cands)


def find_toponyms(doc: Doc, gaz: Gazetteer,
                  actor_texts: frozenset[str] = frozenset(),
                  nested: list[Span] | None = None) -> tuple[list[Span], list[Span]]:
    """(toponym spans, demonym spans) of a parsed doc, without overlaps.

    Place names inside longer organisation/other names are not toponyms of the
    text (they locate nothing), but when ``nested`` is given they are appended
    to it: a geoparser reporting every place name (GeoWebNews) wants them."""
    stops = stopwords()
    protected = _protected(doc, actor_texts)
    blocked = [False] * len(doc)
    for e in protected:
        for i in range(e.start, e.end):
            blocked[i] = True
    ent_of: list[Span | None] = [None] * len(doc)
    for e in doc.ents:
        for i in range(e.start, e.end):
            ent_of[i] = e
    # Words of multi-word person names: "Kelly" after "Megyn Kelly" is the person.
    person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                    for t in e}
    chosen: list[Span] = []
    taken = [False] * len(doc)

    def take(span: Span, label: str) -> None:
        chosen.append(Span(doc, span.start, span.end, label=label))
        for i in range(span.start, span.end):
            taken[i] = True

    # 1. The statistical NER's places (minus a leading article).
    for e in doc.ents:
        if e.label_ in PLACE_LABELS and not blocked[e.start]:
            start = e.start + 1 if e[0].lower_ == "the" and len(e) > 1 else e.start
            span = doc[start:e.end]
            if fold(span.text) in stops and not gaz.has(span.text):
                continue
            take(span, "LOC" if e.label_ == "LOC" else "GPE")
    # 2. Gazetteer n-grams the NER missed or mislabelled.
    pending: list[tuple[Span, str]] = []
    accepted_keys: set[str] = {key(s.text) for s in chosen}
    i = 0
    while i < len(doc):
        if taken[i] or blocked[i] or not _cap(doc[i]):
            i += 1
            continue
        found = None
        for n in range(min(MAX_NGRAM, len(doc) - i), 0, -1):
            span = doc[i:i + n]
            if any(taken[j] or blocked[j] or doc[j].is_space for j in range(i, i + n)):
                continue
            folded = fold(span.text)
            if not _ngram_ok(span) or folded in stops or folded in actor_texts:
                continue
            if n == 1 and (gaz.is_demonym(span.text) or span[0].is_stop
                           or span[0].lower_ in person_words):
                continue
            cands = gaz.lookup(span.text)
            if not cands:
                continue
            found = (span, cands)
            break
        if found is None:
            i += 1
            continue
        span, cands = found
        i = span.end
        ent = ent_of[span.start]
        exact = ent is not None and ent.start == span.start and ent.end == span.end
        soft = exact and ent.label_ in SOFT_LABELS
        if ent is not None and not soft and (ent.label_ in BLOCK_LABELS
                                             or ent.label_ == "NORP"):
            continue
        if ent is not None and (ent.start < span.start or ent.end > span.end):
            # part of a longer name ("Hisham al-Hashemi", "Syrian Observatory")
            if nested is not None and ent.label_ != "PERSON" and _nested_ok(span, cands):
                nested.append(Span(doc, span.start, span.end, label="GPE"))
            continue
        if len(span) == 1 and span.text.isupper() and len(span.text) <= 5 and (
                span.text not in gaz.acronyms):
            continue  # acronyms (SANA, AFP) are agencies far more often than places
        big = max(c.population for c in cands)
        admin = any(c.level >= 2 for c in cands)
        if len(span) == 1 and big < MIN_POP_SINGLE and not admin:
            continue
        label = ent.label_ if ent is not None else ""
        if label == "PERSON" or soft or (label == "" and len(span) == 1):
            # One capitalised word the NER did not take for a name at all ("Vice",
            # "Market", a sentence opener) is a place only with a cue or a big city.
            city_only = all(c.level < 2 for c in cands)
            pending.append((span, "big" if city_only and big >= BIG_CITY else label))
            continue
        take(span, "GPE")
        accepted_keys.add(key(span.text))
    # 3. Person-tagged matches count when a cue or another mention says "place".
    for span, label in pending:
        if label == "big" or key(span.text) in accepted_keys or _has_cue(span):
            take(span, "GPE")
    # 4. Names the gazetteer lacks, in a frame that says "place": "the village of
    # Ashmi", "the al-Tijara neighbourhood" (left unresolved; they locate events).
    lower = [t.lower_ for t in doc]
    for start in range(len(doc)):
        if taken[start] or blocked[start]:
            continue
        # Cheap test first: is there a frame before, or a frame word just after?
        framed_before = (start >= 2 and lower[start - 1] == "of"
                         and lower[start - 2] in FRAME_BEFORE)
        if not framed_before and (start >= 1 and lower[start - 1] == "of" or not any(
                lower[j] in FRAME_AFTER
                for j in range(start + 1, min(len(doc), start + MAX_NGRAM + 1)))):
            continue
        # "al-Tijara": a lower-case article joined by a hyphen to the name
        article = (lower[start] in PARTICLES and start + 2 < len(doc)
                   and doc[start + 1].text == "-" and _cap(doc[start + 2]))
        if not article and not _cap(doc[start]):
            continue
        for n in range(min(MAX_NGRAM, len(doc) - start), 0, -1):
            after = lower[start + n] if start + n < len(doc) else ""
            if not framed_before and after not in FRAME_AFTER:
                continue
            span = doc[start:start + n]
            if (any(taken[j] or blocked[j] for j in range(start, start + n))
                    or not (_ngram_ok(span) or (article and n >= 3
                                                 and _ngram_ok(span[2:])))
                    or fold(span.text) in stops
                    or gaz.is_demonym(span.text)):
                continue
            ent = ent_of[start]
            if ent is not None and ent.label_ in BLOCK_LABELS | {"NORP", "PERSON"}:
                continue
            take(span, "LOC")
            break
    chosen.sort(key=lambda s: s.start)
    demonyms = [doc[t.i:t.i + 1] for t in doc
                if not taken[t.i] and not blocked[t.i] and _cap(t) and gaz.is_demonym(t.text)]
    return chosen, demonyms


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
