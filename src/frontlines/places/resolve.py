"""Resolving toponyms to GeoNames places from document context, and event location.

Each candidate is scored by population and admin level (priors), by whether
its country or province is mentioned in the document (demonyms count:
"the Syrian border town of X"), by nearby words ("X province" asks for the
province, "the town of X" for a town), and by its distance to the other
places of the document. Scores become a confidence by a softmax.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from frontlines.model import Place, Toponym
from frontlines.places.gazetteer import ADM1, CC, LAT, LEVEL, LON, NAME, Candidate, Gazetteer
from frontlines.places.gazetteer import load as load_gazetteer
from frontlines.places.normalize import key

ADMIN1_WORDS = frozenset({"province", "governorate", "state", "region", "oblast", "prefecture",
                          "provinces", "governorates", "department"})
ADMIN2_WORDS = frozenset({"district", "county", "municipality", "countryside"})
CITY_WORDS = frozenset({"town", "city", "village", "capital", "suburb", "neighbourhood",
                        "neighborhood", "hamlet", "port", "outskirts"})
_STRIP_WORDS = ADMIN1_WORDS | ADMIN2_WORDS | {"city", "the", "town"}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def candidates(gaz: Gazetteer, text: str) -> tuple[list[Candidate], bool]:
    """Gazetteer candidates for a surface form, and whether they came from a fuzzy key."""
    cc = gaz.demonym(text)
    if cc:  # "Canadian" is Canada, not Canadian (Texas)
        c = gaz.country(cc)
        return ([c] if c else []), False
    cands = gaz.lookup(text)
    if cands and text.isupper() and len(text.replace(".", "")) <= 4:
        # Acronyms name countries and states (US, UK, SA), not hamlets (Eu, Saa).
        cands = [c for c in cands if c.level >= 2 or c.population >= 100_000]
    if cands:
        return cands, False
    words = text.replace("'s", "").split()
    trimmed = [w for w in words if w.lower() not in _STRIP_WORDS]
    if trimmed and trimmed != words:
        cands = gaz.lookup(" ".join(trimmed))
        if cands:
            return cands, False
    k = key(text)
    cands = [c for c in gaz.lookup(text, fuzzy=True)
             if abs(len(key(c.entry[NAME])) - len(k)) <= 3]
    return cands, bool(cands)


def _cue(doc: Doc, start: int, end: int) -> str | None:
    """"admin1", "admin2" or "city" when the words around a name say which it is."""
    nxt = doc[end].lower_ if end < len(doc) else ""
    if nxt in ADMIN1_WORDS:
        return "admin1"
    if nxt in ADMIN2_WORDS:
        return "admin2"
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    if len(before) >= 2 and before[-1] == "of":
        if before[-2] in ADMIN1_WORDS:
            return "admin1"
        if before[-2] in ADMIN2_WORDS:
            return "admin2"
        if before[-2] in CITY_WORDS:
            return "city"
    if before and before[-1] in CITY_WORDS:
        return "city"
    return None


def _local_country(doc: Doc, start: int, gaz: Gazetteer) -> str | None:
    """Country named by a demonym just before ("the Syrian border town of X")."""
    for t in doc[max(0, start - 6):start]:
        if t.text[:1].isupper():
            cc = gaz.demonym(t.text)
            if cc:
                return cc
    return None


def _score(c: Candidate, text: str, cue: str | None, local_cc: str | None,
           countries: dict[str, float], admins: set[tuple[str, str]], fuzzy: bool,
           city_in: dict[str, int]) -> float:
    e = c.entry
    s = 0.5 * math.log10(c.population + 10)
    level = e[LEVEL]
    if level == 3:
        s += 1.0
    elif level == 2:
        s += {"admin1": 2.0, "admin2": 0.3, "city": -1.0}.get(cue or "", -0.25)
        if cue != "admin1" and city_in.get(e[CC], 0) >= 10_000:
            s -= 1.0  # "Homs", "New York": the city unless the text says province
    elif level == 1:
        s += {"admin2": 2.0, "admin1": 0.5, "city": -1.0}.get(cue or "", -0.6)
    elif cue in ("admin1", "admin2"):
        s -= 0.8
    if key(e[NAME]) == key(text):
        s += 0.3
    if countries:
        s += 1.2 * countries.get(e[CC], 0.0)
    if local_cc and e[CC] == local_cc:
        s += 2.0
    if level < 2 and e[ADM1] and (e[CC], e[ADM1]) in admins:
        s += 1.0
    if fuzzy:
        s -= 0.5
    return s


def _context(doc: Doc, items: list[tuple[int, int, list[Candidate]]],
             demonyms: list[Span], gaz: Gazetteer) -> tuple[dict[str, float], set]:
    """Countries (weighted, max 1) and provinces the document mentions unambiguously."""
    weight: Counter[str] = Counter()
    admins: set[tuple[str, str]] = set()
    for start, end, cands in items:
        if not cands:
            continue
        top = cands[0]
        if top.level == 3:
            weight[top.cc] += 1.0
        elif top.level == 2 and (_cue(doc, start, end) == "admin1" or len(cands) == 1):
            admins.add((top.cc, top.entry[ADM1]))
            weight[top.cc] += 0.5
        elif len({c.cc for c in cands}) == 1:
            weight[top.cc] += 0.3
    for d in demonyms:
        cc = gaz.demonym(d.text)
        if cc:
            weight[cc] += 0.5
    best = max(weight.values(), default=0.0)
    return ({cc: w / best for cc, w in weight.items()} if best else {}), admins


def resolve_spans(doc: Doc, spans: list[tuple[int, int]],
                  context_spans: list[Span] | None = None,
                  demonyms: list[Span] | None = None) -> list[Toponym]:
    """Resolve the token spans ``spans`` of ``doc`` using the document as context."""
    gaz = load_gazetteer()
    items = [(s, e, *candidates(gaz, doc[s:e].text)) for s, e in spans]
    ctx_items = [(s, e, c) for s, e, c, _ in items]
    for sp in context_spans or []:
        if (sp.start, sp.end) not in spans:
            ctx_items.append((sp.start, sp.end, candidates(gaz, sp.text)[0]))
    countries, admins = _context(doc, ctx_items, demonyms or [], gaz)
    # Pass 1: priors and document context.
    chosen: list[tuple[Candidate | None, list[float], list[Candidate]]] = []
    for s, e, cands, fuzzy in items:
        text = doc[s:e].text
        cue, local_cc = _cue(doc, s, e), _local_country(doc, s, gaz)
        city_in: dict[str, int] = {}
        for c in cands:
            if c.level == 0:
                city_in[c.cc] = max(city_in.get(c.cc, 0), c.population)
        scores = [_score(c, text, cue, local_cc, countries, admins, fuzzy, city_in)
                  for c in cands]
        best = max(range(len(cands)), key=scores.__getitem__) if cands else None
        chosen.append((cands[best] if best is not None else None, scores, cands))
    # Pass 2: closeness to the other places (cities and districts) of the document.
    seen: set[tuple[float, float]] = set()
    anchors: list[tuple[float, float, int]] = []
    for i, (c, _sc, _cs) in enumerate(chosen):
        if c is not None and c.level <= 1 and len(anchors) < 40:
            pt = (c.entry[LAT], c.entry[LON])
            if pt not in seen:
                seen.add(pt)
                anchors.append((*pt, i))
    out: list[Toponym] = []
    for i, ((s, e, _cands, _fz), (best, scores, cands)) in enumerate(zip(items, chosen,
                                                                       strict=True)):
        if best is not None and len(cands) > 1 and anchors:
            for j, c in enumerate(cands[:25]):
                if c.level >= 2:
                    continue
                near = min((distance_km(c.entry[LAT], c.entry[LON], la, lo)
                            for la, lo, k in anchors if k != i), default=1e9)
                scores[j] += 0.6 if near < 100 else 0.3 if near < 300 else 0.0
            best = cands[max(range(len(cands)), key=scores.__getitem__)]
        place: Place | None = None
        if best is not None:
            top = max(scores)
            z = sum(math.exp(2.0 * (x - top)) for x in scores)
            place = gaz.place(best, confidence=1.0 / z)
        span = doc[s:e]
        out.append(Toponym(text=span.text, start=span.start_char, end=span.end_char,
                           place=place))
    return out


def resolve(doc: Doc) -> list[Toponym]:
    """Resolve every toponym the ``frontlines_places`` component put in doc.spans."""
    if "toponyms" not in doc.spans:
        from frontlines.places.recognize import find_toponyms

        doc.spans["toponyms"], doc.spans["demonyms"] = find_toponyms(doc, load_gazetteer())
    spans = list(doc.spans["toponyms"])
    demonyms = list(doc.spans.get("demonyms", []))
    return resolve_spans(doc, [(s.start, s.end) for s in spans], spans, demonyms)


def _nlp():
    from frontlines.nlp import get_nlp

    return get_nlp()


def geoparse(text: str, spans: list[tuple[int, int]] | None = None,
             demonyms: bool = True) -> list[Toponym]:
    """Find and resolve the place names of ``text``.

    With ``spans`` (character offsets), resolve exactly those spans (toponym
    resolution only; the other places found still serve as context). With
    ``demonyms`` (default), country adjectives such as "Syrian" are returned as
    toponyms of their country, as GeoWebNews annotates them.
    """
    nlp = _nlp()
    # The parse is not needed to find places; the actor ruler is slow and the
    # place component checks actor phrases itself.
    skip = ("parser", "lemmatizer", "frontlines_actors")
    with nlp.select_pipes(disable=[p for p in skip if p in nlp.pipe_names]):
        doc = nlp(text)
    found = list(doc.spans.get("toponyms", []))
    dem = list(doc.spans.get("demonyms", []))
    if spans is not None:
        token_spans = []
        for a, b in spans:
            sp = doc.char_span(a, b, alignment_mode="expand")
            token_spans.append((sp.start, sp.end) if sp is not None else None)
        good = [t for t in token_spans if t is not None]
        resolved = iter(resolve_spans(doc, good, found, dem))
        out = []
        for (a, b), t in zip(spans, token_spans, strict=True):
            top = next(resolved) if t is not None else Toponym(text[a:b], a, b, None)
            out.append(Toponym(text=text[a:b], start=a, end=b, place=top.place))
        return out
    wanted = [(s.start, s.end) for s in found]
    if demonyms:
        wanted += [(s.start, s.end) for s in dem]
        wanted.sort()
    return resolve_spans(doc, wanted, found, dem)


LOC_PREPS = {"in": 3.0, "at": 3.0, "near": 3.0, "around": 3.0, "outside": 3.0, "inside": 3.0,
             "on": 2.0, "into": 2.0, "across": 2.0, "throughout": 2.0, "of": 1.0,
             "towards": 0.5, "toward": 0.5, "to": 0.5, "between": 2.0, "within": 2.0,
             "from": -2.5, "by": -1.0, "for": -1.0, "against": -1.5, "with": -1.5}
APPROX = frozenset({"near", "around", "outside", "outskirts", "countryside", "vicinity",
                    "north", "south", "east", "west", "northeast", "northwest", "southeast",
                    "southwest", "northern", "southern", "eastern", "western", "km", "kilometres",
                    "kilometers", "miles", "close", "periphery", "suburbs"})


def _prep_of(tok: Token) -> tuple[str | None, list[str]]:
    """The preposition governing a place name and the words on the way up to it."""
    path: list[str] = []
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ == "pobj" and head.dep_ in ("prep", "agent") or head.pos_ == "ADP":
            return head.lower_, path
        if cur.dep_ in ("compound", "appos", "conj", "nmod", "amod") or head.pos_ in (
                "NOUN", "PROPN"):
            path.append(head.lower_)
            cur = head
            continue
        break
    return None, path


def _tree_distance(a: Token, b: Token) -> int:
    up_a = {}
    cur, d = a, 0
    while True:
        up_a[cur.i] = d
        if cur.head.i == cur.i:
            break
        cur, d = cur.head, d + 1
    cur, d = b, 0
    while cur.i not in up_a:
        if cur.head.i == cur.i:
            return 20
        cur, d = cur.head, d + 1
    return d + up_a[cur.i]


def locate_event(sent: Span, trigger: Token,
                 toponyms: list[Toponym]) -> tuple[Toponym | None, int]:
    """The toponym where the event of ``trigger`` happened, and its geo_precision.

    Places introduced by a locative preposition ("in", "at", "near") close to
    the trigger in the parse win over places of origin ("forces from Baghdad"),
    possessors ("Syria's army") and far-away mentions. Precision: 1 the place
    itself, 2 around or near it (or a district), 3 only a province or country.
    """
    doc = sent.doc
    best: tuple[float, Toponym | None, int] = (0.6, None, 1)
    for top in toponyms:
        if top.start < sent.start_char or top.end > sent.end_char:
            continue
        span = doc.char_span(top.start, top.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.i < len(doc) - 1 and doc[root.i + 1].tag_ == "POS":
            continue  # "Syria's army": a possessor, not a scene
        prep, path = _prep_of(root)
        score = LOC_PREPS.get(prep or "", 1.0)
        if prep == "of" and any(w in CITY_WORDS or w in ADMIN1_WORDS or w in ADMIN2_WORDS
                                for w in path + [doc[max(0, span.start - 2)].lower_]):
            score = 3.0  # "the town of Bakwa", "the outskirts of Karachi"
        if root.dep_ in ("dobj", "nsubjpass") and root.head.i == trigger.i:
            score += 1.0  # "Hamas overran Gaza", "Gaza was shelled"
        dist = _tree_distance(root, trigger)
        score -= 0.15 * dist
        score -= 0.02 * abs(root.i - trigger.i)
        level = top.place.level if top.place else "city"
        if level in ("country", "continent"):
            score -= 0.4
        elif level == "admin1":
            score -= 0.2
        if score > best[0]:
            near = prep in APPROX or any(w in APPROX for w in path) or any(
                t.lower_ in APPROX for t in doc[max(sent.start, span.start - 3):span.start])
            if level in ("admin1", "country"):
                precision = 3
            elif near or level == "admin2":
                precision = 2
            else:
                precision = 1
            best = (score, top, precision)
    return best[1], best[2]


def group_by_sentence(doc: Doc, toponyms: list[Toponym]) -> dict[int, list[Toponym]]:
    """Toponyms keyed by the start token of their sentence (for event location)."""
    out: dict[int, list[Toponym]] = defaultdict(list)
    for t in toponyms:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            out[span.sent.start].append(t)
    return out
