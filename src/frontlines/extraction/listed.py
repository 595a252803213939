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

from spacy.tokens import Doc, Token

from frontlines.domain import taxonomy
from frontlines.domain.model import Mention, Place, Toponym
from frontlines.domain.places import below_country, coarseness
from frontlines.extraction import incidents
from frontlines.extraction import places as places_stage
from frontlines.extraction.casualties import number_value
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
    if m.place is None or not below_country(m.place) and not m.place_unresolved:
        return []
    doc = s.span.doc
    own = next((t for t in s.toponyms if t.text == m.place_text and (
        t.place is None if m.place_unresolved
        else t.place is not None and t.place.geonames_id == m.place.geonames_id)), None)
    own = own or _own_by_text(m, s)
    span = doc.char_span(own.start, own.end, alignment_mode="expand") if own else None
    if own is None or span is None or places_stage.road_between(own, s.span) or (
            not below_country(m.place) and not _in_clause_of(m, own, s)):
        return []  # the other end of a road is where it leads, not a second scene; a
        # village the gazetteer lacks lists others only where the trigger governs it
    text = doc_text(doc)
    names = _sentence_names(own, s)
    tops = [*_with_own(own, s), *_listed_names(own, s, names)]
    listed = _conjuncts(span.root) | _placed_conjuncts(span.root)
    beside = _listed_beside(own, tops, text)
    lo = min([own.start, *beside])
    if _BETWEEN.search(text[max(0, lo - 40):lo]):
        listed, beside = set(), set()  # "between the villages of A and B": one place
    named = _named_after_colon(own, s.toponyms, text) or _unit_list(m, own, s, names)
    moved = _to_first_named(m, own, named)
    if moved:
        tops = sorted({t.start: t for t in [*tops, *named]}.values(), key=lambda t: t.start)
        listed, beside = set(), {t.start for t in named[1:]}  # each place named, an event
    elif m.place_inherited:
        return []
    tolls = _own_tolls(m, [t for t in _with_own(own, s) if t.place is not None], doc)
    beside |= set(tolls) - {own.start}
    framed = _run_framed(own, tops, beside | {t.start for t in named}, text)
    copies = [c for t in tops if (c := _copy_at(m, own, t, doc, listed, beside, framed))]
    copies = list({fold_name(c[1].place_text or ""): c for c in reversed(copies)}.values())
    first = named[0].start if moved else own.start  # where the mention itself now is
    _toll_to_first(m, first, copies)
    each = max((c.killed or 0 for c in [m, *(c for _, c in copies)]), default=0)
    if copies and each and _EACH.search(text[max(0, lo - 80):lo]):
        # "one was killed in each of the cities of A and B": the toll is every place's
        tolls = dict.fromkeys([first, *(start for start, _ in copies)], each)
    for start, c in [(first, m), *copies] if tolls else []:
        c.killed, c.killed_high, c.killed_at_least = tolls.get(start), None, False
        c.explain = {**c.explain, "fatalities": f"{c.killed} (the toll the sentence gives "
                                                f"for {c.place_text})"}
    return [c for _, c in sorted(copies, key=lambda c: c[0])]


def _own_tolls(m: Mention, tops: list[Toponym], doc: Doc) -> dict[int, int]:
    """The toll the sentence gives each place ("security forces shot dead six people in
    Damascus province, six in the central city of Hama, five in Idlib province and four
    more in Homs"): one event per location, each with its own dead, not the sum shared.
    Read where two or more places have a number of their own (the number "in" the place
    is written after) and the numbers add up to the mention's toll; else none."""
    tolls = {}
    for t in tops:
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        node = tok.root if tok is not None else None
        while node is not None and node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head  # "the central city of Hama"
        prep = node.head if node is not None and node.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in _AT or prep.i == prep.head.i:
            continue
        head = prep.head if prep.head.pos_ != "VERB" else next(  # "three were killed in"
            (c for d in ("dobj", "nsubjpass", "nsubj") for c in prep.head.children
             if c.dep_ == d), prep.head)
        num = head if head.like_num else next(
            (c for c in head.children if c.dep_ == "nummod"), None)
        value = number_value(num)[0] if num is not None else None
        if value:
            tolls[t.start] = value
    if len(tolls) < 2 or not m.killed or sum(tolls.values()) != m.killed:
        return {}
    return tolls


def _copy_at(m: Mention, own: Toponym, t: Toponym, doc: Doc, listed: set[int],
             beside: set[int], framed: bool) -> tuple[int, Mention] | None:
    """The mention's copy at a place listed with its own, if t is one: a name written
    twice in one list is one place (the caller keeps one copy per name)."""
    tok = doc.char_span(t.start, t.end, alignment_mode="expand")
    if t is own or tok is None or tok.root.i not in listed and t.start not in beside or (
            fold_name(t.text) == fold_name(own.text) or fold_name(t.text) == fold_name(
                m.place_text or "")):
        return None
    if t.place is None or framed and t.start in beside and _misplaced(m, t):
        # "Douma, Harasta, Zamalka and Arbin": a town the gazetteer lacks, or puts in a
        # country the list is not in, is still one of the places, at its list's point
        return t.start, _listed_copy(m, m.place, t.text, True)
    if not below_country(t.place) or t.place.country_code != m.place.country_code or (
            not m.place_unresolved and t.place.geonames_id == m.place.geonames_id):
        return None
    return t.start, _listed_copy(m, t.place, t.text, False)


def _misplaced(m: Mention, t: Toponym) -> bool:
    """A name of a list a place noun frames that the gazetteer puts in another country
    than the mention's own place ("the villages of Ariha, Kafr Bateekh, Al-Mansoura" of
    Idlib: Kafr Bateekh and Al-Mansoura taken for Egypt's towns): the villages of one
    list lie in one country, so the name is a place of the mention's."""
    return bool(t.place and m.place and t.place.country_code != m.place.country_code
                and t.place.level == "city")


def _run_framed(own: Toponym, tops: list[Toponym], beside: set[int], text: str) -> bool:
    """Whether a place noun frames the list of the mention's own place ("the villages
    of A, B and C", "A and B towns")."""
    run = [own, *(t for t in tops if t.start in beside)]
    return len(run) > 1 and _place_framed(text, min(t.start for t in run),
                                          max(t.end for t in run))


_LIST_GAP = re.compile(r"(?:/[\w'’-]+)?\s*(?:\([^()]{1,40}\)\s*)?(,|,?\s+and)\s*"
                       r"(?:(?:north|south|east|west|central)[a-z-]*\s+)?")
_PARTICLE = r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?"
_NAME = re.compile(rf"{_PARTICLE}[A-Z][\w'’-]*(?:\s{_PARTICLE}[A-Z][\w'’-]*){{0,3}}")
_NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
_EACH = re.compile(r"\b(?:in|at) each of\s[^.;:]*$")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[a-z-]+\s+of\s+)?$")
_UNIT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,4}?(?:of|in|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")


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


def _with_own(own: Toponym, s: SentenceInfo) -> list[Toponym]:
    """The sentence's toponyms with the mention's own place name in place of the one
    written at the same point (the scene may have read "Katsina" apart from the
    toponym the gazetteer resolved): one name, one member of a list."""
    return [*(t for t in s.toponyms if t is own or t.end <= own.start or t.start >= own.end),
            *([] if own in s.toponyms else [own])]


def _sentence_names(own: Toponym, s: SentenceInfo) -> list[Toponym]:
    """Capitalised names of the sentence that no toponym holds (a village the gazetteer
    lacks, one the model took for a person, an organisation or a people). Dates,
    numbers, actors of the actor table and nationalities are none, nor the second half of
    a name written with a slash ("Katsina/Ala"); a place noun written after a name with
    a capital ("Logo LGAs") is no part of it."""
    doc, text = s.span.doc, doc_text(s.span.doc)
    taken = [(t.start, t.end) for t in [*s.toponyms, own]]
    names = []
    for g in _NAME.finditer(text, s.span.start_char, s.span.end_char):
        a, b = g.span()
        b = a + len(_list_frames()[2].sub("", g.group()))
        span = doc.char_span(a, b, alignment_mode="expand")
        if a == s.span.start_char or span is None or b <= a or text[a - 1] == "/" or any(
                a < e and st < b for st, e in taken) or any(
                t.ent_type_ in _NOT_PLACES or t.ent_id_ for t in span) or (
                load_gazetteer().is_demonym(text[a:b])):
            continue  # a date, a number, an actor, a nationality ("Iraqi")
        names.append(Toponym(text[a:b], a, b))
    return names


def _listed_names(own: Toponym, s: SentenceInfo, names: list[Toponym]) -> list[Toponym]:
    """The names in one list with the mention's own place ("attacked Ungwan Gora,
    Kutemeshi and Dogon Noma villages"). ACLED codes one event per location, so each is
    one of the places when the list says it lists places: a place noun before or after
    it ("the villages of ...", "... local government areas"), or three or more names
    of which at least two are places."""
    text = doc_text(s.span.doc)
    tops = sorted([*_with_own(own, s), *names], key=lambda t: t.start)
    beside = _listed_beside(own, tops, text)
    run = [t for t in tops if t.start in beside] + [own]
    extra = [t for t in run if any(t is n for n in names)]
    if not extra:
        return []
    lo, hi = min(t.start for t in run), max(t.end for t in run)
    if len(run) >= 3 and len(run) - len(extra) >= 2 or _place_framed(text, lo, hi):
        return extra
    return []


def _unit_list(m: Mention, own: Toponym, s: SentenceInfo,
               names: list[Toponym]) -> list[Toponym]:
    """The places a list framed by a place noun names inside the unit the mention sits
    at ("in the Agatu and Logo LGAs of Benue State", "In the province of Damascus,
    terrorists shelled the settlements of Jobar, Harasta al-Qantra and Arbin"): each is
    a scene (one event per location); the unit only locates them. "Between the
    villages of A and B" names one place, not two. A town is such a
    unit only where the list is written right before it ("Arbeen and Nashabiya towns
    near Damascus"); a district or larger, for the sentence's first such list."""
    text = doc_text(s.span.doc)
    tops = sorted([*s.toponyms, *names], key=lambda t: t.start)
    if m.place_unresolved:
        return []  # a place of its own the gazetteer lacks ("the city of Arbin"), no unit
    for t in tops:
        beside = _listed_beside(t, tops, text)
        run = sorted([t, *(x for x in tops if x.start in beside)], key=lambda x: x.start)
        lo, hi = run[0].start, run[-1].end
        if len(run) < 2 or own.start <= hi and own.end >= lo or not _place_framed(
                text, lo, hi) or any(coarseness(x.place) >= coarseness(m.place)
                                     for x in run if x.place is not None) or (
                _BETWEEN.search(text[max(0, lo - 40):lo])):
            continue  # no list, the mention's own, units as large, one place between
        if _UNIT_AFTER.fullmatch(text[hi:own.start]) or coarseness(m.place) >= 1 and (
                _in_clause_of(m, run[0], s)):
            return run
    return []


_ASIDE_DEPS = frozenset({"advcl", "ccomp", "parataxis"})
_TIME_PREPS = frozenset({"after", "before", "since", "following", "until"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "mark"})


def _in_clause_of(m: Mention, member: Toponym, s: SentenceInfo) -> bool:
    """Whether a listed place is one the mention's own trigger governs ("terrorists
    shelled the settlements of ...", "killed in separate attacks ... in Dikwa, ..."),
    not one of another clause or time ("killed three in Kaduna State, a week after
    attacks on the Kajuru and Kachia local government areas", "while rebels captured
    the villages of ..."): the trigger (or the verb that governs it: "launched a
    counter-offensive against the villages of") is above it, through no clause with a subject
    or conjunction of its own ("targeting the army's positions at the villages of A and
    B" continues the assault), nor through its subject ("terrorist groups positioned in
    the villages of A and B fired rocket shells": where the shooters were)."""
    doc = s.span.doc
    trigger = next((t for t in s.span if t.idx == m.trigger_start), None)
    tok = doc.char_span(member.start, member.end, alignment_mode="expand")
    if trigger is None or tok is None:
        return False
    above = {trigger.i, *(a.i for a in trigger.ancestors)}  # "launched an assault"
    node = tok.root
    while node.i not in above:
        if node.lower_ in _TIME_PREPS or node.head.i == node.i or node.dep_ in {
                "nsubj", "nsubjpass"} or node.dep_ in _ASIDE_DEPS and any(
                c.dep_ in _OWN_CLAUSE for c in node.children):
            return False  # a clause of its own, or the subject's own place
        node = node.head
    return True


def _place_framed(text: str, lo: int, hi: int) -> bool:
    """Whether a place noun introduces or follows a list ("the villages of A, B and C",
    "A and B local government areas", data/incidents.yaml list_place_nouns); a noun
    of which a place is named after ("the Kurdish and Turkoman village of Amerli")
    frames that place, not the words before it."""
    before, after = _list_frames()[:2]
    noun = after.match(text[hi:hi + 40])
    if noun and not noun.group().endswith("s") and text[hi + noun.end():].startswith(" of "):
        noun = None  # "the Kurdish and Turkoman village of Amerli": Amerli is the place
    return bool(before.search(text[max(0, lo - 40):lo]) or noun)


@lru_cache(maxsize=1)
def _list_frames() -> tuple[re.Pattern[str], ...]:
    """The place-noun patterns before and after a list, at the end of a name ("Logo
    LGAs") and opening a second frame in one list ("and the villages of"), compiled
    once."""
    nouns = "|".join(re.escape(w) for w in incidents.incident_words()["list_place_nouns"])
    return (re.compile(rf"\b(?:{nouns}) of\s*$", re.I),
            re.compile(rf"\s*(?:{nouns})\b", re.I),
            re.compile(rf"(?:\s+(?:{nouns}))+$", re.I),
            re.compile(rf",?\s+and\s+(?:the\s+)?(?:[a-z]+\s+)?(?:{nouns})\s+of\s+", re.I))


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
    gaps = [_gap(text[a.end:b.start]) for a, b in zip(tops, tops[1:], strict=False)]
    lo, hi = _list_ends(gaps, k)
    if "and" not in gaps[lo:hi]:
        return set()
    cut = {b.start for a, b in zip(tops, tops[1:], strict=False)
           if not text[a.end:b.start].strip()}
    cut |= {a.start for a, b in zip(tops, tops[1:], strict=False)
            if not text[a.end:b.start].strip()}
    return {t.start for t in tops[lo:hi + 1] if t is not own and t.start not in cut}


def _gap(between: str) -> str | None:
    """What joins two names of a list: "and" (before its last member), "," (a comma, or
    "and" opening a second frame: "the city of X and the villages of A, B and C"), or
    nothing that lists them (None)."""
    g = _LIST_GAP.fullmatch(between)
    if g is not None:
        return "and" if "and" in g.group(1) else ","
    return "," if _list_frames()[3].fullmatch(between) else None


def _list_ends(gaps: list[str | None], k: int) -> tuple[int, int]:
    """The first and last member of the list the k-th name is in: a list has one "and",
    before its last member, so a name after it ("in Maiduguri and Bama, Colonel Sagir
    Musa said") or before an earlier "and" is in no list with the k-th."""
    ands = [g == "and" for g in gaps]
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
    """Moves the mention from the place that locates a list to the first place it lists
    ("three towns near Idlib: Saraqeb, ...", "the Agatu and Logo LGAs of Benue"): the
    places listed are where it happened. One the gazetteer lacks (or puts abroad) is
    written at the unit's point, a nearby place (geo-precision 2 or the unit's)."""
    first = named[0] if named else None
    if first is None or m.place is None:
        return False
    if first.place is not None and below_country(first.place) and (
            first.place.country_code == m.place.country_code):
        m.place, m.place_unresolved = first.place, False
        m.geo_precision = 1 if first.place.level == "city" else m.geo_precision
    elif first.place is None or _misplaced(m, first):
        m.place_unresolved, m.geo_precision = True, max(m.geo_precision or 1, 2)
    else:
        return False
    m.place_text = first.text
    m.explain = {**m.explain, "place": f"{first.text} (first of the places listed "
                                       f"in {own.text}: one event per location)"}
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
    if len(listed) < 2 or first is None or sum(1 for x in listed if x.killed) > 1:
        return  # each place has a toll of its own (listed._own_tolls)
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
    if not unresolved and m.place is not None and place.level != m.place.level:
        near = _PRECISION.get(place.level, 3)  # a district listed with a town: its own
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
_PRECISION = {"city": 1, "admin2": 2}


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


# "two separate attacks", "three separate raids": the report counts incidents apart
SEPARATE_WORDS = {"separate"}


def separate_ones(listed: list[Mention], trigger: Token) -> list[Mention]:
    """ACLED codes each attack as an event: "nine civilians were killed in two separate
    attacks by a Sudanese air force fighter plane" is two events, even where the report
    gives one place and day for both. A plural noun of the trigger's phrase that "two" (up
    to five) and "separate" modify gives a copy of the mention for each such incident the
    places listed with it (one per place) do not already give; the toll is shared among
    them (share_toll). Demonstrations are the exception: ACLED codes the rallies of one
    place and day as one event ("demonstrated in two separate rallies in Corsica")."""
    if not listed or listed[0].event_type in (taxonomy.PROTESTS, taxonomy.RIOTS):
        return []
    near = [*trigger.subtree, *list(trigger.ancestors)[:3]]  # "attacks by the air force"
    count = next((number_value(c)[0] for t in near
                  if t.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in SEPARATE_WORDS
                                             for c in t.children)
                  for c in t.children if c.dep_ == "nummod"), None)
    if not count or not 2 <= count <= 5 or count <= len(listed):
        return []
    m = listed[0]
    return [replace(m, killed=None, killed_high=None, killed_at_least=False, injured=None,
                    explain={**m.explain, "separate": f"{k + 1} of {count} separate"})
            for k in range(len(listed), count)]
