"""One event per location and day (ACLED): the other places and days a sentence lists
with a mention's own ("shelled Douma, Harasta and Arbin", "the villages of A, B and C",
"on Monday and Tuesday"), each a copy of the mention, and the sentence's toll shared
among them. Split from pipeline.py, which calls :func:`other_places`,
:func:`other_days` and :func:`share_toll` for each mention."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from frontlines.domain.model import Mention, Place, Toponym
from frontlines.domain.places import below_country
from frontlines.extraction import incidents
from frontlines.extraction import places as places_stage
from frontlines.extraction.context import SentenceInfo
from frontlines.extraction.docs import doc_text
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.time import When, coordinated_days


def other_places(m: Mention, s: SentenceInfo) -> list[Mention]:
    """ACLED codes one event per location: "regime bombardment on Idlib and Aleppo" is
    two events. The towns or provinces coordinated with the mention's own place name
    (its conjuncts, below the country) each give a copy of the mention there; the
    sentence's toll is divided among them (share_toll). A name the
    gazetteer lacks ("Douma, Harasta and Arbin") still lists the towns beside it."""
    if m.place is None or m.place_inherited or not below_country(m.place):
        return []
    doc = s.span.doc
    own = next((t for t in s.toponyms if t.text == m.place_text and (
        t.place is None if m.place_unresolved
        else t.place is not None and t.place.geonames_id == m.place.geonames_id)), None)
    own = own or _own_by_text(m, s)
    span = doc.char_span(own.start, own.end, alignment_mode="expand") if own else None
    if own is None or span is None or places_stage.road_between(own, s.span):
        return []  # the other end of a road is where it leads, not a second scene
    listed = _conjuncts(span.root) | _placed_conjuncts(span.root)
    tops = [*s.toponyms, *([] if own in s.toponyms else [own]), *_listed_names(own, s)]
    beside = _listed_beside(own, tops, doc_text(doc))
    named = _named_after_colon(own, s.toponyms, doc_text(doc))
    if _to_first_named(m, own, named):
        beside = {t.start for t in named[1:]}  # the towns named, each its own event
    copies: list[tuple[int, Mention]] = []
    seen = {fold_name(own.text)}
    for t in tops:
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        if t is own or tok is None or tok.root.i not in listed and t.start not in beside:
            continue
        if fold_name(t.text) in seen:
            continue  # a name written twice in one list is one place
        seen.add(fold_name(t.text))
        if t.place is None:  # "Douma, Harasta, Zamalka and Arbin": a town the gazetteer
            # lacks is still one of the places, at the point its list was given
            copies.append((t.start, _listed_copy(m, m.place, t.text, True)))
            continue
        if not below_country(t.place) or t.place.country_code != m.place.country_code or (
                not m.place_unresolved and t.place.geonames_id == m.place.geonames_id):
            continue
        copies.append((t.start, _listed_copy(m, t.place, t.text, False)))
    _toll_to_first(m, own.start, copies)
    return [c for _, c in copies]


_LIST_GAP = re.compile(r"\s*(,|,?\s+and)\s*")
_PARTICLE = r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?"
_NAME = re.compile(rf"{_PARTICLE}[A-Z][\w'’-]*(?:\s{_PARTICLE}[A-Z][\w'’-]*){{0,3}}")
_NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def fold_name(text: str) -> str:
    """A name without its article or case ("al-Lataminah" is "Lataminah")."""
    return re.sub(rf"^{_PARTICLE}", "", text.strip(), flags=re.I).lower()


def _own_by_text(m: Mention, s: SentenceInfo) -> Toponym | None:
    """The mention's own place name where no toponym of the sentence holds it (a village
    the scene read from "the villages of Tse Akaa, ..." though the model took it for a
    person): its first occurrence in the sentence, so a list beside it is still read."""
    if not m.place_text:
        return None
    text = doc_text(s.span.doc)
    at = text.find(m.place_text, s.span.start_char, s.span.end_char)
    return Toponym(m.place_text, at, at + len(m.place_text)) if at >= 0 else None


def _listed_names(own: Toponym, s: SentenceInfo) -> list[Toponym]:
    """Capitalised names in one list with the mention's own place that no toponym holds
    (a village the gazetteer lacks, one the model took for a person, an organisation or a
    people: "attacked Ungwan Gora, Kutemeshi and Dogon Noma villages"). ACLED codes one
    event per location, so each is one of the places when the list says it lists
    places: a place noun before or after it ("the villages of ...", "... local
    government areas"), or three or more names of which at least two are places."""
    doc, text = s.span.doc, doc_text(s.span.doc)
    taken = [(t.start, t.end) for t in [*s.toponyms, own]]
    names = []
    for g in _NAME.finditer(text, s.span.start_char, s.span.end_char):
        a, b = g.span()
        span = doc.char_span(a, b, alignment_mode="expand")
        if a == s.span.start_char or span is None or any(
                a < e and st < b for st, e in taken) or any(
                t.ent_type_ in _NOT_PLACES or t.ent_id_ for t in span) or (
                load_gazetteer().is_demonym(g.group())):
            continue  # a date, a number, an actor, a nationality ("Iraqi")
        names.append(Toponym(g.group(), a, b))
    tops = sorted([*s.toponyms, *([] if own in s.toponyms else [own]), *names],
                  key=lambda t: t.start)
    beside = _listed_beside(own, tops, text)
    run = [t for t in tops if t.start in beside] + [own]
    extra = [t for t in run if any(t is n for n in names)]
    if not extra:
        return []
    lo, hi = min(t.start for t in run), max(t.end for t in run)
    if len(run) >= 3 and len(run) - len(extra) >= 2 or _place_framed(text, lo, hi):
        return extra
    return []


def _place_framed(text: str, lo: int, hi: int) -> bool:
    """Whether a place noun introduces or follows a list ("the villages of A, B and C",
    "A and B local government areas", data/incidents.yaml list_place_nouns)."""
    before, after = _list_frames()
    return bool(before.search(text[max(0, lo - 40):lo]) or after.match(text[hi:hi + 40]))


@lru_cache(maxsize=1)
def _list_frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The place-noun patterns before and after a list, compiled once."""
    nouns = "|".join(re.escape(w) for w in incidents.incident_words()["list_place_nouns"])
    return (re.compile(rf"\b(?:{nouns}) of\s*$", re.I),
            re.compile(rf"\s*(?:{nouns})\b", re.I))


def _listed_beside(own: Toponym, toponyms: list[Toponym], text: str) -> set[int]:
    """The places written in one list with the mention's own, joined only by commas and
    a final "and" ("attacks in Baghdad, Mosul and Kirkuk", "air strikes on Saraqeb,
    Binnish and Taftanaz"), whatever the parse made of the list (it may hang the later
    names on the event noun or make one the verb's subject): the starts of the others.
    Without an "and" the run is no list ("Ramadi, Anbar": a town and its province); a
    name cut in two ("Deir" and "ez-Zor", one space apart) is no member of its own."""
    tops = sorted(toponyms, key=lambda t: t.start)
    k = next((i for i, t in enumerate(tops) if t is own), None)
    if k is None:
        return set()
    gaps = [_LIST_GAP.fullmatch(text[a.end:b.start]) for a, b in zip(tops, tops[1:],
                                                                    strict=False)]
    lo, hi = _list_ends(gaps, k)
    if not any("and" in g.group(1) for g in gaps[lo:hi] if g):
        return set()
    cut = {b.start for a, b in zip(tops, tops[1:], strict=False)
           if not text[a.end:b.start].strip()}
    cut |= {a.start for a, b in zip(tops, tops[1:], strict=False)
            if not text[a.end:b.start].strip()}
    return {t.start for t in tops[lo:hi + 1] if t is not own and t.start not in cut}


def _list_ends(gaps: list[re.Match[str] | None], k: int) -> tuple[int, int]:
    """The first and last member of the list the k-th name is in: a list has one "and",
    before its last member, so a name after it ("in Maiduguri and Bama, Colonel Sagir
    Musa said") or before an earlier "and" is in no list with the k-th."""
    ands = [g is not None and "and" in g.group(1) for g in gaps]
    lo = hi = k
    while lo > 0 and gaps[lo - 1] and (lo == k or not ands[lo - 1]):
        lo -= 1
    if k > 0 and ands[k - 1]:
        return lo, hi  # the k-th name is the list's last
    while hi < len(gaps) and gaps[hi]:
        hi += 1
        if ands[hi - 1]:
            break
    return lo, hi


def _named_after_colon(own: Toponym, toponyms: list[Toponym], text: str) -> list[Toponym]:
    """The places a colon after the mention's own place lists ("air strikes on three
    towns near Idlib: Saraqeb, Binnish and Taftanaz"): the towns hit, each its own
    event (one event per location); the place before the colon only locates them."""
    tops = sorted(toponyms, key=lambda t: t.start)
    k = next((i for i, t in enumerate(tops) if t is own), None)
    if k is None or k + 1 >= len(tops) or not re.fullmatch(
            r"\s*:\s*", text[own.end:tops[k + 1].start]):
        return []
    first = tops[k + 1]
    beside = _listed_beside(first, tops, text)
    members = [first] + [t for t in tops if t.start in beside]
    return sorted(members, key=lambda t: t.start) if len(members) > 1 else []


def _to_first_named(m: Mention, own: Toponym, named: list[Toponym]) -> bool:
    """Moves the mention from the place before a colon to the first town the colon
    lists ("three towns near Idlib: Saraqeb, ..."): the towns are where it happened."""
    first = named[0].place if named else None
    if first is None or m.place is None or not below_country(first) or (
            first.country_code != m.place.country_code):
        return False
    m.place, m.place_text, m.place_unresolved, m.geo_precision = first, named[0].text, False, 1
    m.explain = {**m.explain, "place": f"{named[0].text} (first of the places listed "
                                       f"after {own.text}: one event per location)"}
    return True


def other_days(listed: list[Mention], s: SentenceInfo, when: When,
                published: date) -> list[Mention]:
    """ACLED codes one event per day and location: "protesters clashed with police in
    Cairo on Monday and Tuesday" is two events, "battles in Basra and Nasiriyah ... on
    Friday and Saturday" four. Each other day listed with the mention's own gives a copy
    of it at each of its places that day; the sentence's toll is divided among them all
    (share_toll)."""
    return [replace(m, event_date=day.date, time_precision=day.precision, date_text=day.text,
                    killed=None, killed_high=None, killed_at_least=False, injured=None,
                    explain={**m.explain, "date": f"{day.text} (one of the days listed with "
                                                  f"{when.text}: one event per day)",
                             "split": f"{m.explain.get('split', '')} {day.text}".strip()})
            for day in coordinated_days(s.span, when, published) for m in listed]


def _toll_to_first(m: Mention, start: int, copies: list[tuple[int, Mention]]) -> None:
    """The parse may head a list with its last name ("in the towns of Tel Hamis and Tel
    Birak": Birak the object, Hamis its modifier), so the mention sits at a later place
    than a copy: the sentence's toll, not told apart, goes to the place named first."""
    first = min(copies, key=lambda c: c[0], default=None)
    if first is None or first[0] > start:
        return
    copy = first[1]
    copy.killed, copy.killed_high, copy.killed_at_least, copy.injured = (
        m.killed, m.killed_high, m.killed_at_least, m.injured)
    m.killed, m.killed_high, m.killed_at_least, m.injured = None, None, False, None


def share_toll(listed: list[Mention]) -> None:
    """ACLED codes one event per location and divides a toll the report gives for all of
    them evenly among the events, the remainder with the place named first ("140
    fatalities reported, divided amongst events"): "street battles in Basra and Nasiriyah
    killed at least 66 people" is 33 and 33, not 66 and a Nasiriyah record with no dead.
    The toll sits with the first-named place (_toll_to_first) when the parse hid it."""
    first = next((x for x in listed if x.killed), None)
    if len(listed) < 2 or first is None:
        return
    copies = [x for x in listed if x is not first]
    share, rest = divmod(first.killed, len(listed))
    high = divmod(first.killed_high, len(listed)) if first.killed_high else None
    if not share:
        return
    first.killed = share + rest
    first.killed_high = high[0] + high[1] if high else first.killed_high
    for c in copies:
        c.killed, c.killed_at_least = share, first.killed_at_least
        c.killed_high = high[0] if high else None
    first.explain = {**first.explain, "fatalities_shared": f"{first.killed} of the toll, "
                     f"shared with {', '.join(c.place_text or '' for c in copies)}"}


def _listed_copy(m: Mention, place: Place, text: str, unresolved: bool) -> Mention:
    """The mention at another place its sentence lists with its own: one event per
    location; the toll is shared among them (share_toll). A place the gazetteer lacks
    takes the point of a town listed with it: a nearby town, ACLED's geo-precision 2
    ("Jumla" at Diwan's point), never the exact place's 1."""
    near = max(m.geo_precision or 1, 2) if unresolved and not m.place_unresolved else None
    return replace(
        m, place=place, place_text=text, place_unresolved=unresolved,
        geo_precision=near or m.geo_precision, killed=None,
        killed_high=None, killed_at_least=False, injured=None,
        explain={**m.explain, "place": f"{text} (one of the places listed with "
                                       f"{m.place_text}: one event per location)",
                 "split": text})


def _placed_conjuncts(root: Token) -> set[int]:
    """The names that place each conjunct of what a name places ("shot a policeman in
    Yala, and another policeman in Pattani"): one victim per place, so one event per
    location, as with the names listed together."""
    anchor = _placed_noun(root)
    if anchor is None:
        return set()
    out = set()
    for other in _conjuncts(anchor):
        tok = anchor.doc[other]
        if anchor.pos_ == "VERB" and tok.pos_ in {"VERB", "AUX"}:
            continue  # a clause of its own: its place is the clause's (events._apart)
        out |= {g.i for c in tok.children if c.dep_ == "prep" and c.lower_ in _AT
                for g in c.children if g.dep_ == "pobj"}
    return out


_AT = {"in", "at"}


def _placed_noun(root: Token) -> Token | None:
    """The noun a name places through "in" or "at" ("a policeman in Yala"), or the verb
    whose gapped conjuncts name their own places ("three soldiers were killed in
    Kandahar and two in Helmand": the number stands for a second "were killed")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _AT:
        return None
    if prep.head.pos_ == "VERB" and any(
            c.dep_ == "conj" and c.pos_ == "NUM" for c in prep.head.children):
        return prep.head
    return prep.head if prep.head.pos_ in {"NOUN", "PROPN"} else None


def _conjuncts(root: Token) -> set[int]:
    """The tokens coordinated with a name ("Idlib and Aleppo", "Latakia, Homs and Hama")."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out, todo = set(), [top]
    while todo:
        tok = todo.pop()
        out.add(tok.i)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return out - {root.i} if len(out) > 1 else set()
