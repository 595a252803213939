"""Territorial control: who held which place, from when, according to whom.

Two kinds of evidence become control *observations* of one place:

* territory-change events (Government regains territory, Non-state actor
  overtakes territory, Non-violent transfer of territory: actor1 holds the
  place from the event date, actor2 held it until then; Headquarters or base
  established: actor1 holds it);
* statements of control in the text ("still held by X", "X-held Y", "in the
  hands of X", ...; cue lexicon in data/control_cues.yaml), dated by the
  article's publication date.

A place's observations, in date order, become a *timeline* of segments
(controller, since, until) with the reports behind each; reports that name
different controllers for the same days mark the segment contested. See
docs/consolidation.md for the rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from frontlines.domain.model import Article, Event

if TYPE_CHECKING:
    from frontlines.store import Store

TERRITORY_CHANGE = {"Government regains territory", "Non-state actor overtakes territory",
                    "Non-violent transfer of territory"}
BASE = "Headquarters or base established"
# A segment whose start is unknown answers for this many days before its first report.
LOOKBACK_DAYS = 180
# The last known controller is answered up to this many days after the last report.
STALE_DAYS = 365
# A previous holder's claim this soon after a dated handover is a contest, not a reversal.
CONTEST_DAYS = 30
# 'since' reports this close together describe one handover (see _episodes).
EPISODE_DAYS = 7
_WINDOW = {1: 0, 2: 7, 3: 31}
_ROLE_RANK = {"until": 0, "holds": 1, "since": 2}

def place_key(name: str) -> str:
    """Case- and transliteration-insensitive key of a place name (Raqa = Raqqa).

    The places stage's key (imported lazily: frontlines.extraction.places loads spaCy);
    a plain alphanumeric fold when that stage is absent.
    """
    try:
        from frontlines.extraction.places.normalize import key
    except ImportError:  # pragma: no cover - fallback while places is absent
        return re.sub(r"[^a-z0-9]", "", name.casefold()) or name.casefold()
    return key(name) or name.casefold()


@dataclass
class Observation:
    """One report that a controller held a place at (or until/from) a date."""

    place_name: str
    controller: str
    role: str  # "since" (took it that day), "until" (held it until then), "holds"
    date: date
    time_precision: int = 1
    sources: list[str] = field(default_factory=list)
    sentence: str = ""
    start: int = 0
    end: int = 0
    cue: str = ""  # the event sub-type or the statement cue id
    article_id: str | None = None
    article_event_id: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None

    @property
    def place_key(self) -> str:
        return place_key(self.place_name)


# ------------------------------------------------------------------ from events

_UNARMED = ("Civilians", "Protesters", "Rioters", "Government of")


def _known(actor: str, inter: int | None = None) -> bool:
    """A named armed actor: only those hold territory (not civilians, protesters...)."""
    return (bool(actor) and not actor.startswith(("Unidentified", *_UNARMED))
            and inter not in (5, 6, 7))


def _evidence_naming(ev: Event):  # noqa: ANN202 - Evidence | None
    """The event's evidence sentence that names its place (else the first)."""
    k = place_key(ev.location or "")
    for e in ev.evidence:
        words = re.findall(r"[\w'’-]+", e.sentence)
        grams = words + [" ".join(p) for p in zip(words, words[1:], strict=False)]
        if any(place_key(g) == k for g in grams):
            return e
    return ev.evidence[0] if ev.evidence else None


def _named_outside_gazetteer(ev: Event) -> bool:
    """A town the text names but the gazetteer lacks: its coordinates are regional
    (precision 3) but the event is still about the town itself."""
    return ev.geonames_id is None and ev.location not in (ev.admin1, ev.country, None)


def observations_from_events(article: Article | None,
                             keyed: list[tuple[str, Event]]) -> list[Observation]:
    """Control observations implied by an article's territory-change events.

    Only events located at the place itself (geo_precision 1, or a named town the
    gazetteer lacks) count: a battle "near" a town says nothing about who holds it.
    """
    out: list[Observation] = []
    for key, ev in keyed:
        if ev.sub_event_type not in TERRITORY_CHANGE | {BASE} or not ev.location:
            continue
        if (ev.geo_precision or 1) != 1 and not _named_outside_gazetteer(ev):
            continue
        try:
            d = date.fromisoformat(ev.event_date)
        except (TypeError, ValueError):
            continue
        sources = list(ev.sources)
        if article is not None and article.outlet and article.outlet not in sources:
            sources.append(article.outlet)
        evid = _evidence_naming(ev)
        common = dict(place_name=ev.location, date=d, time_precision=ev.time_precision or 1,
                      sources=sources, sentence=evid.sentence if evid else "",
                      start=evid.start if evid else 0, end=evid.end if evid else 0,
                      cue=ev.sub_event_type, article_id=ev.article_id or (
                          article.id if article else None),
                      article_event_id=key, geonames_id=ev.geonames_id,
                      latitude=ev.latitude, longitude=ev.longitude, country=ev.country)
        winner, w_inter, loser, l_inter = ev.actor1, ev.inter1, ev.actor2, ev.inter2
        if (ev.sub_event_type == "Government regains territory" and w_inter != 1
                and l_inter == 1):
            # ACLED: the government is the winner; the roles were read the wrong way round.
            winner, w_inter, loser, l_inter = loser, l_inter, winner, w_inter
        if ev.sub_event_type == BASE:
            if _known(winner, w_inter):
                out.append(Observation(controller=winner, role="holds", **common))
            continue
        if _known(loser, l_inter) and loser != winner:
            out.append(Observation(controller=loser, role="until", **common))
        if _known(winner, w_inter) and loser != winner:
            out.append(Observation(controller=winner, role="since", **common))
    return out


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


def _resolver():  # noqa: ANN202 - the actors stage's resolver when it exists
    try:
        from frontlines.extraction import actors

        return actors.resolve_actor, actors.ActorContext
    except (ImportError, AttributeError):
        return None


def _resolve_controller(text: str, doc: Any, start: int, end: int, article_text: str,
                        cc: str | None) -> str | None:
    low = text.casefold().strip()
    if low in _lexicon()["generic"] or low.startswith(("british ", "foreign ")):
        return _salient_actor(article_text)
    res = _resolver()
    if res is not None and doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            try:
                actor = res[0](span, res[1].from_doc(doc), country_code=cc)
            except Exception:  # noqa: BLE001 - another stage's failure must not stop ingest
                actor = None
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
    """Place names of the doc: the places stage's resolution, else NER entities."""
    try:
        from frontlines.extraction import places

        tops = places.resolve(doc)
        out = []
        for t in tops:
            p = t.place
            out.append(_Top(t.text, t.start, t.end, p.name if p else t.text,
                            p.geonames_id if p else None, p.latitude if p else None,
                            p.longitude if p else None, p.country if p else None,
                            p.level if p else "city"))
        return out
    except (ImportError, AttributeError):
        pass
    spans = list(doc.spans["toponyms"]) if "toponyms" in doc.spans else [
        e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    return [_Top(s.text, s.start_char, s.end_char, s.text) for s in spans]


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
            out.append(_Top(doc.text[a:b], a, b, doc.text[a:b]))
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
    stext, text = sent.text, doc.text
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
        if controller == event.actor2 or not _known(event.actor2):
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


# ------------------------------------------------------------------ timeline

@dataclass
class Segment:
    """One controller's tenure of a place, with the reports that support it."""

    controller: str
    since: date | None = None  # start; the first report when since_known is False
    since_known: bool = False  # True when a dated change of hands starts it
    until: date | None = None  # exclusive end: the next controller's start
    first_seen: date | None = None
    last_seen: date | None = None
    contested: bool = False
    alternatives: list[str] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)

    def covers(self, at: date) -> bool:
        """Within the segment; an open last segment only up to STALE_DAYS after its last report."""
        start = self.since if self.since_known else (
            (self.first_seen - timedelta(days=LOOKBACK_DAYS)) if self.first_seen else None)
        end = self.until or (self.last_seen + timedelta(days=STALE_DAYS + 1)
                             if self.last_seen else None)
        return (start is None or start <= at) and (end is None or at < end)


def _effective_dates(obs: list[Observation]) -> dict[int, date]:
    """Move coarse-dated changes after the loser's last report inside their window.

    "Declared liberated last month" (month precision) with the loser still
    reported holding the place mid-month: the handover is after that report.
    """
    eff = {id(o): o.date for o in obs}
    by_change: dict[tuple, list[Observation]] = {}
    for o in obs:
        if o.role in ("since", "until") and o.cue in TERRITORY_CHANGE:
            by_change.setdefault((o.article_event_id, o.date), []).append(o)
    for (_k, d), group in by_change.items():
        prec = max(o.time_precision for o in group)
        w = _WINDOW.get(prec, 31)
        if not w:
            continue
        winner = next((o.controller for o in group if o.role == "since"), None)
        late = [o.date for o in obs if o.role == "holds" and o.controller != winner
                and d < o.date <= d + timedelta(days=w)]
        if late:
            new = max(late) + timedelta(days=1)
            for o in group:
                eff[id(o)] = new
    return eff


def _episodes(obs: list[Observation], eff: dict[int, date]
              ) -> tuple[set[int], dict[int, list[str]]]:
    """Settle competing reports of one handover.

    'since' reports within EPISODE_DAYS of each other describe one change of
    hands; the controller most reports name as the winner (minus the reports
    naming it as the loser) takes it, the others are demoted to alternatives.
    Returns the demoted observations and, per kept winner observation, the
    alternatives when the runner-up has at least half the winner's support.
    """
    since = sorted((o for o in obs if o.role == "since"), key=lambda o: (eff[id(o)], o.controller))
    demoted: set[int] = set()
    contest: dict[int, list[str]] = {}
    i = 0
    while i < len(since):
        start = eff[id(since[i])]
        ep = [since[i]]
        for o in since[i + 1:]:  # chained: each report within EPISODE_DAYS of the last
            if (eff[id(o)] - eff[id(ep[-1])]).days > EPISODE_DAYS:
                break
            ep.append(o)
        i += len(ep)
        end = max(eff[id(o)] for o in ep)
        support: dict[str, set[str | None]] = {}
        for o in ep:
            support.setdefault(o.controller, set()).add(o.article_id)
        score = {c: float(len(arts)) for c, arts in support.items()}
        for o in obs:
            if o.role == "until" and o.controller in score and start <= eff[id(o)] <= end + \
                    timedelta(days=EPISODE_DAYS):
                score[o.controller] -= 1.0
        ranked = sorted(score, key=lambda c: (-score[c], min(eff[id(o)] for o in ep
                                                              if o.controller == c)))
        winner = ranked[0]
        for o in ep:
            if o.controller != winner:
                demoted.add(id(o))
        runners = [c for c in ranked[1:] if score[c] > 0 and score[c] >= score[winner] / 2]
        if runners:
            first = min((o for o in ep if o.controller == winner), key=lambda o: eff[id(o)])
            contest[id(first)] = runners
    return demoted, contest


def build_timeline(obs: list[Observation]) -> list[Segment]:
    """Segments of one place's control, oldest first."""
    eff = _effective_dates(obs)
    demoted, contest = _episodes(obs, eff)
    pts = sorted((o for o in obs if id(o) not in demoted),
                 key=lambda o: (eff[id(o)], _ROLE_RANK[o.role], o.controller,
                                o.article_id or "", o.start))
    segs: list[Segment] = []
    for o in pts:
        d = eff[id(o)]
        cur = segs[-1] if segs else None
        if cur is None:
            segs.append(Segment(o.controller, since=d, since_known=o.role == "since",
                                first_seen=d, last_seen=d, observations=[o]))
            continue
        if o.controller == cur.controller:
            cur.observations.append(o)
            cur.last_seen = max(cur.last_seen or d, d)
            continue
        prev = segs[-2] if len(segs) > 1 else None
        if o.role == "since" and not (
                cur.since_known and cur.since is not None and prev is not None
                and prev.controller == o.controller and (d - cur.since).days <= CONTEST_DAYS):
            cur.until = d
            alts = contest.get(id(o), [])
            segs.append(Segment(o.controller, since=d, since_known=True, first_seen=d,
                                last_seen=d, observations=[o], contested=bool(alts),
                                alternatives=list(alts)))
            continue
        if o.role == "until" and prev is not None and prev.controller == o.controller:
            # "X held it until d" after X's tenure ended: X lost it by d, consistent.
            prev.observations.append(o)
            continue
        same_day = cur.last_seen is not None and (d - cur.last_seen).days <= _WINDOW.get(
            o.time_precision, 0)
        stale = (cur.since_known and cur.since is not None and prev is not None
                 and prev.controller == o.controller
                 and (d - cur.since).days <= CONTEST_DAYS)
        if o.role == "until" or same_day or stale:
            cur.contested = True
            if o.controller not in cur.alternatives:
                cur.alternatives.append(o.controller)
            cur.observations.append(o)
            continue
        cur.until = d
        segs.append(Segment(o.controller, since=d, since_known=False, first_seen=d,
                            last_seen=d, observations=[o]))
    for seg in segs:  # "held it until d" with no later report of holding it ends the tenure
        own = [o for o in seg.observations if o.controller == seg.controller]
        ends = [eff[id(o)] for o in own if o.role == "until"]
        if ends and max(ends) >= max(eff[id(o)] for o in own) and (
                seg.until is None or max(ends) < seg.until):
            seg.until = max(ends)
    for o in obs:  # demoted claims stay visible as evidence of the segment they dispute
        if id(o) in demoted and segs:
            d = eff[id(o)]
            seg = next((s for s in segs if s.covers(d)), segs[-1])
            seg.observations.append(o)
            if o.controller not in seg.alternatives and o.controller != seg.controller:
                seg.alternatives.append(o.controller)
    return segs


def _obs_from_row(r: Any) -> Observation:
    return Observation(
        place_name=r["place_name"], controller=r["controller"], role=r["role"],
        date=date.fromisoformat(r["obs_date"]), time_precision=r["time_precision"] or 1,
        sources=json.loads(r["sources"] or "[]"), sentence=r["sentence"] or "",
        start=r["start"] or 0, end=r["end"] or 0, cue=r["cue"] or "",
        article_id=r["article_id"], article_event_id=r["article_event_id"],
        geonames_id=r["geonames_id"], latitude=r["latitude"], longitude=r["longitude"],
        country=r["country"])


def _most_common(values: list) -> Any:
    vals = [v for v in values if v is not None]
    return max(vals, key=vals.count) if vals else None


def rebuild_timeline(store: Store, key: str) -> list[Segment]:
    """Recompute and store the timeline of one place (called inside a batch)."""
    rows = store.conn.execute("SELECT * FROM control_observations WHERE place_key=?",
                              (key,)).fetchall()
    obs = [_obs_from_row(r) for r in rows]
    store.conn.execute("DELETE FROM control_timeline WHERE place_key=?", (key,))
    segs = build_timeline(obs)
    if not obs:
        return segs
    name = _most_common([o.place_name for o in obs])
    gid = _most_common([o.geonames_id for o in obs])
    at = next((o for o in obs if o.geonames_id == gid and o.latitude is not None), None) or \
        next((o for o in obs if o.latitude is not None), obs[0])
    country = _most_common([o.country for o in obs])
    for i, s in enumerate(segs):
        store.conn.execute(
            "INSERT INTO control_timeline VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, i, name, gid, at.latitude, at.longitude, country, s.controller,
             _iso(s.since), int(s.since_known), _iso(s.until), _iso(s.first_seen),
             _iso(s.last_seen), int(s.contested), json.dumps(_seg_json(s), ensure_ascii=False)))
    return segs


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _seg_json(s: Segment) -> dict[str, Any]:
    return {"alternatives": s.alternatives,
            "observations": [{**asdict(o), "date": o.date.isoformat()} for o in s.observations]}


# ------------------------------------------------------------------ queries

@dataclass
class ControlAnswer:
    """Who controlled a place at a date, since when, and which reports say so."""

    place: str
    at: str
    controller: str
    since: str | None
    since_known: bool
    until: str | None
    first_seen: str | None
    last_seen: str | None
    contested: bool
    alternatives: list[str]
    sources: list[str]
    articles: list[str]
    evidence: list[dict[str, Any]]
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_feature(self) -> dict[str, Any]:
        """A GeoJSON Point feature (geometry null when the place has no coordinates)."""
        geom = None if self.latitude is None or self.longitude is None else {
            "type": "Point", "coordinates": [self.longitude, self.latitude]}
        props = {k: v for k, v in self.to_dict().items() if k not in ("latitude", "longitude")}
        return {"type": "Feature", "geometry": geom, "properties": props}

    def describe(self) -> str:
        since = (f"since {self.since}" if self.since_known else
                 f"reported from {self.first_seen}")
        lines = [f"{self.place} at {self.at}: {self.controller} ({since}"
                 + (f", until {self.until}" if self.until else "") + ")"
                 + (f" — CONTESTED with {', '.join(self.alternatives)}" if self.contested
                    else "")]
        lines.append(f"  sources: {', '.join(self.sources) or 'none named'}")
        for e in self.evidence:
            lines.append(f"  [{e['article_id']} {e['date']} {e['role']} {e['cue']}] "
                         f"{e['sentence'].strip()}")
        return "\n".join(lines)


def _answer(row: Any, at: date) -> ControlAnswer:
    data = json.loads(row["json"])
    obs = data["observations"]
    sources: list[str] = []
    for o in obs:
        for s in o["sources"]:
            if s and s not in sources:
                sources.append(s)
    articles = list(dict.fromkeys(o["article_id"] for o in obs if o["article_id"]))
    evidence = [{k: o[k] for k in ("article_id", "sentence", "start", "end", "date", "role",
                                   "cue", "controller")} for o in obs]
    return ControlAnswer(
        place=row["place_name"], at=at.isoformat(), controller=row["controller"],
        since=row["since"], since_known=bool(row["since_known"]), until=row["until"],
        first_seen=row["first_seen"], last_seen=row["last_seen"],
        contested=bool(row["contested"]), alternatives=data["alternatives"], sources=sources,
        articles=articles, evidence=evidence, geonames_id=row["geonames_id"],
        latitude=row["latitude"], longitude=row["longitude"], country=row["country"])


def _covers(row: Any, at: date) -> bool:
    since = date.fromisoformat(row["since"]) if row["since"] else None
    first = date.fromisoformat(row["first_seen"]) if row["first_seen"] else None
    seg = Segment(row["controller"], since=since, since_known=bool(row["since_known"]),
                  until=date.fromisoformat(row["until"]) if row["until"] else None,
                  first_seen=first,
                  last_seen=date.fromisoformat(row["last_seen"]) if row["last_seen"] else None)
    return seg.covers(at)


def _keys_for(store: Store, place_query: str) -> list[str]:
    k = place_key(place_query)
    rows = store.conn.execute("SELECT DISTINCT place_key FROM control_timeline WHERE"
                              " place_key=?", (k,)).fetchall()
    if rows:
        return [r[0] for r in rows]
    try:
        from frontlines.extraction.places.normalize import skeleton
    except ImportError:  # pragma: no cover
        return []
    sk = skeleton(k)
    return [r[0] for r in store.conn.execute("SELECT DISTINCT place_key FROM control_timeline")
            if skeleton(r[0]) == sk]


def control_at(store: Store, place_query: str, at: date) -> ControlAnswer | None:
    """Who controlled the named place on that date, or None when no report says."""
    for k in _keys_for(store, place_query):
        for row in store.conn.execute("SELECT * FROM control_timeline WHERE place_key=?"
                                      " ORDER BY seq", (k,)):
            if _covers(row, at):
                return _answer(row, at)
    return None


def timeline(store: Store, place_query: str) -> list[ControlAnswer]:
    """Every segment of the place's timeline (each answered at its own start)."""
    out = []
    for k in _keys_for(store, place_query):
        for row in store.conn.execute("SELECT * FROM control_timeline WHERE place_key=?"
                                      " ORDER BY seq", (k,)):
            at = row["since"] or row["first_seen"]
            out.append(_answer(row, date.fromisoformat(at)))
    return out


def control_map(store: Store, at: date) -> list[ControlAnswer]:
    """Control of every known place at a date (for a GeoJSON map)."""
    out = []
    keys = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT place_key FROM control_timeline ORDER BY place_key")]
    for k in keys:
        for row in store.conn.execute("SELECT * FROM control_timeline WHERE place_key=?"
                                      " ORDER BY seq", (k,)):
            if _covers(row, at):
                out.append(_answer(row, at))
                break
    return out
