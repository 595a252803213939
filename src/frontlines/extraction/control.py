"""Statements of territorial control in an article's text ("Isis-held Raqqa").

The NLP half of control: cue phrases (data/control_cues.yaml) found in the
parsed article become control *observations*, emitted with the article's event
records; aggregate/control.py turns observations of many articles into
timelines without reading text. :class:`Observation` itself is a
record type in domain/control.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from frontlines.domain.control import TERRITORY_CHANGE, Observation, can_hold, place_key
from frontlines.domain.model import Article, Event
from frontlines.extraction.docs import doc_text

# ------------------------------------------------------------------ statements

_CTRL = (r"(?P<ctrl>(?:[Tt]he )?(?:US-backed |U\.S\.-backed |Kurdish-led |Turkish-backed )?"
         r"[A-Z](?:[\w'’]|\.(?=\w))*(?:[ -](?:of|al|the|and|[A-Z](?:[\w'’]|\.(?=\w))*))*"
         r"(?: group| fighters| forces| militants| jihadists| militia)?"
         r"|[Tt]he (?:terror |terrorist |jihadist |militant )?group|[Tt]he jihadists"
         r"|[Tt]he militants|[Tt]he extremists|(?:British |foreign )?jihadists|militants)")
# Words allowed between a place name and the cue ("Baghuz, the last town held by").
_GAP_TEXT = (
    "the last final only town city village hamlet stronghold bastion enclave pocket is are was"
    " remains remain still now currently which that firmly largely in of country has have been"
    " long a small border key strategic strategically important further north south east west"
    " northern southern eastern western nearby neighbouring neighboring far")
_GAP_WORDS = frozenset(_GAP_TEXT.split())


@dataclass
class _Cue:
    id: str
    regex: re.Pattern[str]
    place: str


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    raw = yaml.safe_load(resources.files("frontlines.data").joinpath(
        "control_cues.yaml").read_text(encoding="utf-8"))
    cues = [_Cue(c["id"], re.compile(c["regex"].replace("{CTRL}", _CTRL)), c["place"])
            for c in raw["cues"]]
    aliases = {a.casefold(): name for name, al in raw["fallback_aliases"].items() for a in al}
    return {"cues": cues, "partial": re.compile(raw["partial"], re.I),
            "negation": re.compile(raw["negation"], re.I),
            "generic": {g.casefold() for g in raw["generic_controllers"]},
            "aliases": aliases}


def _resolve_alias(text: str) -> str | None:
    """Fallback resolution; drops leading words ("Last IS" -> "IS") until a name fits."""
    aliases = _lexicon()["aliases"]
    words = text.casefold().replace("’", "'").split()
    for i in range(len(words)):
        t = " ".join(words[i:])
        for cand in (t, re.sub(r" (?:group|fighters|forces|militants)$", "", t)):
            if cand in aliases:
                return aliases[cand]
    return None


def _salient_actor(text: str) -> str | None:
    """The non-state actor an article names most: what "the group" refers to."""
    counts: dict[str, int] = {}
    for alias, name in _lexicon()["aliases"].items():
        if name.startswith("Military Forces"):
            continue
        pat = re.escape(alias) if alias.islower() and len(alias) > 3 else re.escape(alias)
        flags = 0 if len(alias) <= 4 else re.I
        if len(alias) <= 4:  # acronyms only in capitals ("IS", not "is")
            pat = re.escape(alias.upper())
        n = len(re.findall(rf"\b{pat}\b", text, flags))
        if alias == "isis":
            n = len(re.findall(r"\b(?:ISIS|Isis)\b", text))
        counts[name] = counts.get(name, 0) + n
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] else None


def _resolve_controller(text: str, doc: Any, start: int, end: int, article_text: str,
                        cc: str | None) -> str | None:
    low = text.casefold().strip()
    if low in _lexicon()["generic"] or low.startswith(("british ", "foreign ")):
        return _salient_actor(article_text)
    from frontlines.extraction import actors

    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            actor = actors.resolve_actor(span, actors.ActorContext.from_doc(doc), country_code=cc)
            if actor is not None and getattr(actor, "name", None):
                return actor.name
    return _resolve_alias(text)


@dataclass
class _Top:
    text: str
    start: int
    end: int
    name: str
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    level: str = "city"


def _toponyms(doc: Any) -> list[_Top]:
    """Place names of the doc, as the places stage resolves them."""
    from frontlines.extraction import places

    out = []
    for t in places.resolve(doc):
        p = t.place
        out.append(_Top(t.text, t.start, t.end, p.name if p else t.text,
                        p.geonames_id if p else None, p.latitude if p else None,
                        p.longitude if p else None, p.country if p else None,
                        p.level if p else "city"))
    return out


def _proper_nouns(doc: Any, tops: list[_Top]) -> list[_Top]:
    """Proper-noun runs the places stage did not resolve (small villages: Baghuz).

    Used only right next to a cue, where the grammar says a place must be.
    """
    out: list[_Top] = []
    known = {t.text for t in tops}  # already resolved (countries included): not a fallback
    run: list[Any] = []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ not in (
                "ORG", "PERSON", "NORP") and tok.text not in known:
            run.append(tok)
            continue
        if run:
            a, b = run[0].idx, run[-1].idx + len(run[-1])
            out.append(_Top(doc_text(doc)[a:b], a, b, doc_text(doc)[a:b]))
            run = []
    return out


def _gap_ok(gap: str) -> bool:
    for w in re.findall(r"[\w'’-]+", gap):
        if w.casefold() not in _GAP_WORDS and not w[:1].isupper():
            return False
    return len(gap) <= 80 and ";" not in gap


def _past(doc: Any, start: int) -> bool:
    """True when the clause around the cue is in the past tense ("was held", "took")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN" or tok.head.i == tok.i:
            break
        if tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            break
        tok = tok.head
    if tok.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def control_statements(doc_or_text: Any, article: Article | None = None,
                       events: list[Event] | None = None,
                       published: date | None = None) -> list[Observation]:
    """Statements of control in an article ("Isis-held Raqqa", "still held by X").

    doc_or_text is a parsed spaCy Doc or plain text (parsed here only when a
    cue phrase occurs in it). A statement is dated by the publication date;
    one inside a sentence reporting that its controller lost the place (AFP:
    "retook the last town ... still held by the Islamic State group") says the
    controller held it *until* that event.
    """
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    published = published or (article.published if article else None)
    lex = _lexicon()
    if published is None or not any(c.regex.search(text) for c in lex["cues"]):
        return []
    changes = [e for e in (events or []) if e.sub_event_type in TERRITORY_CHANGE
               and e.location and (e.geo_precision or 1) == 1]
    outlet = article.outlet if article else None
    out: list[Observation] = []
    seen: set[tuple] = set()
    for doc, base in _parsed_parts(doc_or_text, text):
        tops = _toponyms(doc)
        for sent in doc.sents:
            for cue in lex["cues"]:
                for m in cue.regex.finditer(sent.text):
                    obs = _statement(m, cue, doc, sent, tops, changes, text, base, published,
                                     outlet, article)
                    if obs is None:
                        continue
                    k = (obs.place_key, obs.controller, obs.start, obs.role)
                    if k not in seen:
                        seen.add(k)
                        out.append(obs)
    return out


_ROUGH_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"’']?|\n|$)")


def _parsed_parts(doc_or_text: Any, text: str) -> list[tuple[Any, int]]:
    """(doc, offset) pairs to read: the given Doc, or only the cue-bearing passages.

    Parsing a whole article to read three sentences would double ingest time,
    so plain text is cut roughly into sentences and only those with a cue
    (plus the one before, for context) go through spaCy.
    """
    if not isinstance(doc_or_text, str):
        return [(doc_or_text, 0)]
    from frontlines.extraction.nlp import get_nlp

    cues = _lexicon()["cues"]
    rough = [(m.start(), m.end()) for m in _ROUGH_SENT.finditer(text) if m.group().strip()]
    spans: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(rough):
        if any(c.regex.search(text[a:b]) for c in cues):
            start = rough[i - 1][0] if i else a
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((start, b))
    nlp = get_nlp()
    docs = nlp.pipe([text[a:b] for a, b in spans])
    return [(d, a) for d, (a, _b) in zip(docs, spans, strict=True)]


def _adjacent_place(cue: _Cue, m: re.Match[str], tops: list[_Top], s0: int, s1: int,
                    text: str, strict: bool = False) -> _Top | None:
    """The place the cue's grammar points at: nearest name before/after, little between.

    strict (for names the gazetteer does not know): no verb in between, since
    "Cantlie is still held by Isis" is about a hostage, not a town.
    """
    lex = _lexicon()
    c0, c1 = s0 + m.start(), s0 + m.end()
    ctrl = range(s0 + m.start("ctrl"), s0 + m.end("ctrl"))
    cands = [t for t in tops if s0 <= t.start < s1 and t.level != "country"
             and t.start not in ctrl]
    if cue.place == "before":
        before = [t for t in cands if t.end <= c0]
        t = before[-1] if before else None
        gap = text[t.end:c0] if t else ""
    else:
        after = [t for t in cands if t.start >= c1]
        t = after[0] if after else None
        gap = text[c1:t.start] if t else ""
    if t is None or not _gap_ok(gap) or lex["partial"].search(gap):
        return None
    if strict and re.search(r"\b(?:is|are|was|were|remains?|has|have|been)\b", gap):
        return None
    return t


def _statement(m: re.Match[str], cue: _Cue, doc: Any, sent: Any, tops: list[_Top],
               changes: list[Event], full_text: str, base: int, published: date,
               outlet: str | None, article: Article | None) -> Observation | None:
    """One statement from one cue match (offsets relative to doc; base shifts them)."""
    lex = _lexicon()
    stext, text = sent.text, doc_text(doc)
    s0, s1 = sent.start_char, sent.end_char
    c0 = m.start()
    before = stext[max(0, c0 - 40):c0]
    still = bool(m.groupdict().get("still"))
    if lex["negation"].search(before + " " + m.group(0)):
        return None
    if not still and _past(doc, s0 + m.start("ctrl")):
        return None
    ctrl_text = m.group("ctrl")
    cc = None
    controller = _resolve_controller(ctrl_text, doc, s0 + m.start("ctrl"),
                                     s0 + m.end("ctrl"), full_text, cc)
    if not controller:
        return None
    place = _adjacent_place(cue, m, tops, s0, s1, text)
    if place is None:
        place = _adjacent_place(cue, m, _proper_nouns(sent.as_doc(), tops), 0, s1 - s0, stext,
                                strict=True)
        if place is not None:
            place.start += s0
            place.end += s0
    role = "holds"
    event = None
    for e in changes:
        if any(ev.start < base + s1 and ev.end > base + s0 for ev in e.evidence) and (
                place is None or place_key(place.name) == place_key(e.location or "")):
            event = e
            break
    if place is None and event is None:
        return None
    if event is not None:
        if controller == event.actor1:
            return None  # the change itself already says so
        if controller == event.actor2 or not can_hold(event.actor2):
            role = "until"
    d = published
    if event is not None and role == "until":
        try:
            d = date.fromisoformat(event.event_date)
        except ValueError:
            d = published
    name = place.name if place is not None else event.location  # type: ignore[union-attr]
    return Observation(
        place_name=name, controller=controller, role=role, date=d, time_precision=1,
        sources=[outlet] if outlet else [], sentence=stext, start=base + s0, end=base + s1,
        cue=cue.id,
        article_id=article.id if article else None,
        geonames_id=place.geonames_id if place is not None else event.geonames_id,  # type: ignore[union-attr]
        latitude=place.latitude if place is not None else event.latitude,  # type: ignore[union-attr]
        longitude=place.longitude if place is not None else event.longitude,  # type: ignore[union-attr]
        country=place.country if place is not None else event.country)  # type: ignore[union-attr]
