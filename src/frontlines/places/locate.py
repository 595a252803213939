"""Event location: which place of a sentence is where its event happened.

"Iraqi forces from Baghdad attacked Rawa" -> Rawa: places introduced by a
locative preposition close to the trigger in the parse win over places of
origin, possessors and far-away mentions.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from frontlines.model import Toponym
from frontlines.places.resolve import ADMIN1_WORDS, ADMIN2_WORDS, CITY_WORDS

PLACE_NOUNS = frozenset({"streets", "street", "outskirts", "centre", "center", "suburbs",
                         "suburb", "neighbourhood", "neighborhood", "neighbourhoods",
                         "neighborhoods", "countryside", "airport", "port", "border",
                         "capital", "districts", "district", "villages", "province",
                         "old", "city", "downtown", "southern", "northern", "eastern",
                         "western"})
# Words for places smaller than a town or parts of one ("the Jumla and Diwan villages").
SUB_PLACE_WORDS = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                             "village", "villages", "towns", "cities", "district", "districts",
                             "area", "camp", "crossing", "checkpoint", "square", "street",
                             "stadium", "school", "market", "settlements", "quarter", "suburb",
                             "outpost", "base", "bridge", "road"})
# Parts of a place: "the edge of Damascus", "the streets of Kampala".
PART_WORDS = frozenset({"edge", "edges", "streets", "street", "outskirts", "centre", "center",
                        "heart", "vicinity", "battlefields", "skies", "parts", "part", "areas",
                        "suburbs", "countryside", "border", "borders", "coast",
                        "shores", "capital", "entrance", "gates", "walls", "periphery"})
# A country or province is the scene only when no town is a good candidate.
COUNTRY_PENALTY = 0.7
MIN_SCORE = 0.6  # below this no place of the sentence is the scene
ADMIN1_PENALTY = 0.35
EDGE_COST = 0.15  # per step in the parse between the place and the trigger
LOC_PREPS = {"in": 3.0, "at": 3.0, "near": 3.0, "around": 3.0, "outside": 3.0, "inside": 3.0,
             "on": 2.0, "into": 2.0, "across": 2.0, "throughout": 2.0, "of": 1.0,
             "off": 2.5, "over": 2.0, "along": 2.0, "through": 2.0, "via": 1.0,
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
    best: tuple[float, Toponym | None, int] = (MIN_SCORE, None, 1)
    for top in toponyms:
        if top.start < sent.start_char or top.end > sent.end_char:
            continue
        span = doc.char_span(top.start, top.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.i < len(doc) - 2 and doc[root.i + 1].tag_ == "POS" and (
                doc[root.i + 2].lower_ not in PLACE_NOUNS):
            continue  # "Syria's army": a possessor, not a scene ("Grozny's streets" is)
        prep, path = _prep_of(root)
        score = LOC_PREPS.get(prep or "", 1.0)
        if prep == "of" and any(w in CITY_WORDS or w in ADMIN1_WORDS or w in ADMIN2_WORDS
                                or w in SUB_PLACE_WORDS or w in PART_WORDS
                                for w in path + [doc[max(0, span.start - 2)].lower_]):
            score = 3.0  # "the town of Bakwa", "the outskirts of Karachi"
        elif root.i < len(doc) - 2 and doc[root.i + 1].tag_ == "POS":
            score = 2.5  # "Grozny's streets" (other possessors were skipped above)
        if root.dep_ in ("dobj", "nsubjpass") and root.head.i == trigger.i:
            score += 1.0  # "Hamas overran Gaza", "Gaza was shelled"
        if root.dep_ == "compound" and root.head.lower_ in SUB_PLACE_WORDS and any(
                c.lower_ == "of" for c in root.head.children):
            score -= 0.5  # "the Baghdad neighbourhood of X": X is the scene
        elif span.end < len(doc) and doc[span.end].lower_ in SUB_PLACE_WORDS:
            score += 0.3  # "in al-Tijara neighbourhood": the most specific place
        dist = _tree_distance(root, trigger)
        score -= EDGE_COST * dist
        score -= 0.02 * abs(root.i - trigger.i)
        level = top.place.level if top.place else "city"
        if level in ("country", "continent"):
            score -= COUNTRY_PENALTY
        elif level == "admin1":
            score -= ADMIN1_PENALTY
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
