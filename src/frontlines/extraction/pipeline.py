"""The pipeline: one article in, its events out.

Stages run over one shared spaCy ``Doc`` (spaCy's own design): recognition
(entities, actors, places) happens inside the spaCy pipeline; then for each
sentence the event stage finds mentions, and the time, place, actor,
casualty and source stages fill them in. Mentions of one incident within an
article are merged into one event (``merge_mentions``), with every source's
figures kept as low/best/high.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token
from unidecode import unidecode

from frontlines.domain.geodesy import distance_km
from frontlines.domain.model import Actor, Article, Event, Evidence, Mention, Place, Toponym
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import places as places_stage
from frontlines.extraction import prefilter as prefilter_stage
from frontlines.extraction.casualties import count_casualties
from frontlines.extraction.events import find_mentions
from frontlines.extraction.nlp import get_nlp
from frontlines.extraction.readers import article_id_for, parse_date
from frontlines.extraction.sources import source_of
from frontlines.extraction.time import resolve_when

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory",
             "Non-violent transfer of territory", "Headquarters or base established"}
BACKGROUND_WINDOW = timedelta(days=3)  # explicit dates older than this are background


@dataclass
class ArticleResult:
    """Everything the pipeline decided about one article (events plus the why)."""

    article: Article
    events: list[Event]
    mentions: list[Mention] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # mentions not coded, and why
    toponyms: list[Toponym] = field(default_factory=list)
    doc: Doc | None = None  # the parse, for later stages (control statements) to reuse


# ---------------------------------------------------------------- mentions

def _sent_toponyms(sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    return [t for t in toponyms if sent.start_char <= t.start < sent.end_char]


def _country_of(place: Place | None) -> str | None:
    return place.country_code if place is not None else None


def _actor_list(spans: Iterable[Span], ctx, cc: str | None) -> list[Actor]:  # noqa: ANN001
    out: list[Actor] = []
    for span in spans:
        actor = actors_stage.resolve_actor(span, ctx, country_code=cc)
        if actor is not None and all(a.name != actor.name for a in out):
            out.append(actor)
    return out


def mentions_of(doc: Doc, article: Article, published: date,
                toponyms: list[Toponym]) -> tuple[list[Mention], list[str]]:
    """Every codable event mention in the document, and the ones set aside (with why)."""
    ctx = actors_stage.ActorContext.from_doc(doc, toponyms=toponyms)
    mentions: list[Mention] = []
    skipped: list[str] = []
    previous_source: str | None = None
    last_place: tuple[Place, str, int] | None = None
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        # Context cues ("suicide", "tear gas") are looked for in the neighbouring sentences.
        window = doc[sents[max(k - 1, 0)].start:sents[min(k + 1, len(sents) - 1)].end]
        sent_tops = _sent_toponyms(sent, toponyms)
        casualties = count_casualties(sent)
        casualty_used = False
        sent_country = next((t.place.country for t in sent_tops if t.place), None)
        sent_source, source_words = source_of(sent, None, previous_source, sent_country)
        for draft in find_mentions(sent, window):
            label = f"{draft.trigger_text!r} ({draft.sub_event_type})"
            if draft.negated:
                skipped.append(f"{label}: negated")
                continue
            if draft.hypothetical:
                skipped.append(f"{label}: hypothetical or future")
                continue
            if getattr(draft, "anaphoric", False):
                skipped.append(f"{label}: refers back to an event already coded")
                continue
            when = resolve_when(sent, draft.trigger, published)
            if when.future:
                skipped.append(f"{label}: dated after publication ({when.text})")
                continue
            past = draft.past_cue is not None or (
                when.explicit and when.date < published - BACKGROUND_WINDOW)
            if past and (not when.explicit or when.year_only):
                skipped.append(f"{label}: background ({draft.past_cue or when.text}) "
                               f"with no date or only a year")
                continue
            top, precision = places_stage.locate_event(sent, draft.trigger, sent_tops,
                                                       place_like=True)
            if draft.sub_event_type in TERRITORY and draft.patient is not None and (
                    top is None or _rank(top.place) > 0):
                # What changes hands is the place: "the recapture of the town of Rawa".
                # (not a country: "captured by the US-backed SDF" has the US in a role)
                inside = [t for t in sent_tops if t.place is not None and _rank(t.place) < 3
                          and draft.patient.start_char <= t.start < draft.patient.end_char]
                if inside:
                    top, precision = min(inside, key=lambda t: _rank(t.place)), 1
            place = top.place if top is not None else None
            place_text = top.text if top is not None else None
            unresolved = top is not None and top.place is None
            if unresolved and top.within is not None:
                place = top.within  # "the Adiyat School" in a town the sentence names
            elif unresolved:
                # A town the gazetteer lacks ("in Baghuz, eastern Syria"): keep its name and
                # use the coordinates of the region around it, at precision 3.
                place = _region_of(top, sent_tops, toponyms)
                precision = 3
                if place is None:
                    unresolved, place_text = False, None
            inherited = False
            if place is None and last_place is not None and not past:
                # An undated, unplaced follow-up sentence continues the previous scene.
                place, place_text, precision = last_place
                inherited = True
            cc = _country_of(place)
            claimant = _claimant(draft.trigger) if draft.agent is None else None
            if claimant is not None:
                draft.agent, draft.agent_pattern = claimant, "claimed-by"
            actor1, assoc1 = (actors_stage.resolve_actors(draft.agent, ctx, country_code=cc)
                              if draft.agent is not None else (None, []))
            actor2 = (actors_stage.resolve_actor(draft.patient, ctx, country_code=cc)
                      if draft.patient is not None else None)
            assoc1 += [a for a in _actor_list(draft.backers, ctx, cc)
                       if (actor1 is None or a.name != actor1.name)
                       and all(a.name != b.name for b in assoc1)]
            if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
                actor2 = None
            if actor2 is None and draft.sub_event_type in TERRITORY:
                actor2 = _former_holder(sent, draft.trigger.i, actor1, ctx, cc)
            source, src_words = source_of(sent, draft.trigger, previous_source, sent_country)
            if source is None:
                source, src_words = sent_source, source_words
            killed = killed_high = injured = None
            if not casualty_used and draft.event_type in VIOLENT_TYPES | {"Riots", "Protests"}:
                killed, injured = casualties.killed, casualties.injured
                killed_high = casualties.killed_high
                casualty_used = killed is not None or injured is not None
            m = Mention(
                sub_event_type=draft.sub_event_type, event_type=draft.event_type,
                disorder_type=draft.disorder_type, trigger=draft.trigger_text,
                trigger_start=draft.trigger.idx, sent_start=sent.start_char,
                sent_end=sent.start_char + len(sent.text.rstrip()),
                sentence=sent.text.rstrip(), actor1=actor1, actor2=actor2,
                assoc_actor_1=assoc1, place=place, place_text=place_text,
                geo_precision=precision, event_date=when.date,
                time_precision=when.precision, date_text=when.text, killed=killed,
                killed_high=killed_high, injured=injured, source=source, past=past,
                plover_event=draft.plover_event,
                place_unresolved=unresolved, place_inherited=inherited,
                score=draft.score, civilian_target=draft.civilian_target,
            )
            m.explain = {
                "sub_event_type": f"{draft.trigger_text} [{draft.agent_pattern}]",
                "event_date": when.text or f"no date in the sentence: published {published}",
                "location": (f"{place_text} (not in the gazetteer: coordinates of "
                             f"{place.name})" if unresolved and place else place_text or ""),
                "actor1": draft.agent.text if draft.agent is not None else "",
                "actor2": draft.patient.text if draft.patient is not None else "",
                "fatalities": casualties.killed_text if killed is not None else "",
                "injuries": casualties.injured_text if injured is not None else "",
                "sources": src_words,
            }
            mentions.append(m)
            if place is not None and not past:
                last_place = (place, place_text or place.name, precision)
        if sent_source:
            previous_source = sent_source
    return mentions, skipped


CLAIM_LEMMAS = {"claim", "take", "accept", "admit", "announce"}


def _claimant(trigger: Token) -> Span | None:
    """Who claimed the event: "IS claimed responsibility for the bombing" -> IS."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_ in CLAIM_LEMMAS and node.pos_ == "VERB" and any(
                c.lemma_ in ("responsibility", "credit") for c in node.children):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                return None
            return trigger.doc[subj.left_edge.i:subj.i + 1]
    return None


def _region_of(top: Toponym, sent_tops: list[Toponym], doc_tops: list[Toponym]
               ) -> Place | None:
    """The region around an unresolved place: the province or country named nearest
    to it in its sentence ("Baghuz, eastern Syria"), else the document's main country."""
    regional = [t for t in sent_tops if t.place is not None
                and t.place.level in ("admin1", "country")]
    if regional:
        return min(regional, key=lambda t: (abs(t.start - top.end), _rank(t.place))).place
    counts: dict[str, tuple[int, Place]] = {}
    for t in doc_tops:
        if t.place is not None and t.place.level == "country" and t.place.country_code:
            n, _ = counts.get(t.place.country_code, (0, t.place))
            counts[t.place.country_code] = (n + 1, t.place)
    return max(counts.values(), key=lambda v: v[0])[1] if counts else None


def _former_holder(sent: Span, after: int, winner: Actor | None, ctx, cc: str | None
                   ) -> Actor | None:  # noqa: ANN001 - actors.ActorContext
    """Who lost the territory: the first other named armed actor after the trigger
    ("retook the last town still held by the Islamic State group")."""
    for ent in sent.ents:
        if ent.start <= after or not ent.ent_id_:
            continue
        actor = actors_stage.resolve_actor(ent, ctx, country_code=cc)
        if actor is not None and actor.inter in (1, 2, 3, 4, 8) and (
                winner is None or actor.name != winner.name):
            return actor
    return None


# ---------------------------------------------------------------- merging

def _km(a: Place, b: Place) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


_LEVEL_RANK = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 3, "continent": 4}


def _rank(place: Place | None) -> int:
    """How coarse a place is: 0 a town, 3 a whole country (5 when unknown)."""
    return 5 if place is None else _LEVEL_RANK.get(place.level, 0)


def _places_compatible(a: Mention, b: Mention) -> bool:
    """Same place, within 25 km, or one place lies inside the other's province/country."""
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return True
    if pa.geonames_id is not None and pa.geonames_id == pb.geonames_id:
        return True
    coarse, fine = (pa, pb) if _rank(pa) >= _rank(pb) else (pb, pa)
    if coarse.level == "country" and coarse.country_code == fine.country_code:
        return True
    if coarse.level in ("region", "continent") and coarse.country_code in (
            None, fine.country_code):
        return True  # a valley, a sea, a desert: no boundary to check against
    if coarse.level == "admin1" and coarse.admin1 and coarse.admin1 == fine.admin1 and (
            coarse.country_code == fine.country_code):
        return True
    return _km(pa, pb) <= 25.0


def _same_incident(a: Mention, b: Mention) -> bool:
    """Two mentions of one article describe the same incident."""
    if a.event_type != b.event_type:
        return False
    if a.past != b.past:
        return False
    if abs((a.event_date - b.event_date).days) > (0 if a.time_precision == b.time_precision == 1
                                                   else 2):
        return False
    if a.actor1 and b.actor1 and a.actor1.name != b.actor1.name:
        return False
    if a.actor2 and b.actor2 and a.actor2.name != b.actor2.name:
        return False
    if a.sub_event_type != b.sub_event_type:
        return False
    for x, y in ((a, b), (b, a)):  # roles reversed: who won in one lost in the other
        if x.actor1 and y.actor2 and x.actor1.name == y.actor2.name:
            return False
    return _places_compatible(a, b)


def merge_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions into incidents (first-fit, in text order)."""
    groups: list[list[Mention]] = []
    for m in mentions:
        for g in groups:
            if all(_same_incident(m, other) for other in g):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


def _codable(m: Mention) -> bool:
    """Enough to code: a named actor, a casualty figure, or a place below the country
    named in its own sentence. "Fighting is far from over" alone is commentary, not an
    incident, and so is "Syria's multifaceted war": a country is the war's stage."""
    return bool(m.actor1 or m.actor2 or m.killed is not None or m.injured is not None
                or (m.place is not None and not m.place_inherited
                    and (m.place_unresolved or _below_country(m.place))))


def _below_country(p: Place) -> bool:
    """A town, district, province or a region inside one country ("eastern Ghouta")."""
    if p.level in {"country", "continent"}:
        return False
    return p.level != "region" or p.country_code is not None


def fatality_spread(figures: list[tuple[int, bool]]) -> tuple[int, int, int]:
    """(best, low, high) from (figure, stated-as-a-floor) pairs of several sources.

    Rule: low and high are the smallest and largest figures; the best estimate
    is the largest figure a source gives as a floor ("at least 26"), since a
    floor is a claim that at least that many died; with no floor, the smallest
    figure (ACLED's conservative choice).
    """
    values = [f for f, _ in figures]
    floors = [f for f, floor in figures if floor]
    best = max(floors) if floors else min(values)
    return best, min(values), max(values)


def _event_id(article_id: str, iso3: str | None, first: Mention) -> str:
    key = f"{article_id}|{first.sub_event_type}|{first.event_date}|{first.trigger_start}"
    return f"{iso3 or 'XXX'}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    return actors_stage.interaction(inter1, inter2) if inter1 is not None else None


def _ucdp_type(event_type: str, a1: Actor | None, a2: Actor | None) -> int | None:
    if event_type not in VIOLENT_TYPES:
        return None
    if a2 is not None and a2.inter == 7:
        return 3
    if event_type == "Violence against civilians":
        return 3
    inters = {a.inter for a in (a1, a2) if a is not None}
    if 1 in inters:
        return 1
    return 2 if len(inters) >= 1 and a1 is not None and a2 is not None else None


def _note(e: Event) -> str:
    day = date.fromisoformat(e.event_date)
    when = f"On {day.day} {day.strftime('%B %Y')}" if e.time_precision == 1 else (
        f"Around {day.day} {day.strftime('%B %Y')}" if e.time_precision == 2
        else f"In {day.strftime('%B %Y')}")
    where = e.location or "an unknown location"
    if e.admin1 and e.admin1 != e.location:
        where += f" ({e.admin1})"
    prep = "near" if e.geo_precision == 2 else "in"
    who = f" by {e.actor1}" if e.actor1 else ""
    whom = f" against {e.actor2}" if e.actor2 else ""
    text = f"{when}: {e.sub_event_type}{who}{whom} {prep} {where}."
    if e.fatalities_low is not None and e.fatalities_low != e.fatalities_high:
        text += f" Fatalities reported {e.fatalities_low}-{e.fatalities_high}."
    elif e.fatalities:
        text += f" {e.fatalities} reported killed."
    return text


def _ascii(name: str | None) -> str | None:
    """Place names as ACLED writes them: GeoNames names without diacritics (Rāwah -> Rawah)."""
    return unidecode(name) if name else name


def build_event(article: Article, group: list[Mention]) -> Event:
    """One article event from the mentions of one incident."""
    first = group[0]
    placed = min((m for m in group if m.place is not None),
                 key=lambda m: (_rank(m.place), m.geo_precision), default=None)
    geo_precision = None
    if placed is not None:
        # If any report of this place says only "near" or "around" it, so do we.
        geo_precision = max(m.geo_precision for m in group if m.place is not None
                            and m.place.geonames_id == placed.place.geonames_id)
    dated = next((m for m in group if m.date_text), first)
    a1 = next((m.actor1 for m in group if m.actor1), None)
    a2 = next((m.actor2 for m in group if m.actor2), None)
    assoc1: list[str] = []
    for m in group:
        for a in m.assoc_actor_1:
            if a.name not in assoc1 and (a1 is None or a.name != a1.name):
                assoc1.append(a.name)
    sources: list[str] = []
    for m in group:
        if m.source and m.source not in sources:
            sources.append(m.source)
    if article.outlet and article.outlet not in sources:
        sources.append(article.outlet)
    figures: list[tuple[int, bool]] = []
    for m in group:
        if m.killed is not None:
            figures.append((m.killed, "at least" in m.explain.get("fatalities", "")))
        if m.killed_high is not None:  # a range: its top is a figure, never a floor
            figures.append((m.killed_high, False))
    fatalities, low, high = (0, None, None)
    if figures:
        fatalities, low, high = fatality_spread(figures)
    injuries = max((m.injured for m in group if m.injured is not None), default=None)
    place = placed.place if placed else None
    civilian = any(m.civilian_target for m in group) or (
        a2 is not None and a2.inter == 7)
    explain: dict[str, str] = {}
    for m in group:
        for k, v in m.explain.items():
            if v and k not in explain:
                explain[k] = v
    score = max(m.score for m in group)
    confidence = min(0.95, 0.4 * score + 0.2 * (place is not None) + 0.15 * (a1 is not None)
                     + 0.1 * bool(dated.date_text) + 0.1 * (len(group) > 1) + 0.05)
    event = Event(
        event_id=_event_id(article.id, place.iso3 if place else None, first),
        article_id=article.id,
        event_date=dated.event_date.isoformat(), time_precision=dated.time_precision,
        disorder_type=first.disorder_type, event_type=first.event_type,
        sub_event_type=first.sub_event_type,
        actor1=a1.name if a1 else "", assoc_actor_1="; ".join(assoc1),
        actor2=a2.name if a2 else "",
        inter1=a1.inter if a1 else None, inter2=a2.inter if a2 else None,
        interaction=_interaction(a1.inter if a1 else None, a2.inter if a2 else None),
        civilian_targeting="Civilian targeting" if civilian and first.event_type in (
            VIOLENT_TYPES) else "",
        country=place.country if place else None, iso3=place.iso3 if place else None,
        admin1=_ascii(place.admin1 if place else None),
        admin2=_ascii(place.admin2 if place else None),
        location=_ascii(placed.place_text if placed and placed.place_unresolved
                        else place.name if place else None),
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=geo_precision,
        geonames_id=(place.geonames_id if place and not (placed and placed.place_unresolved)
                     else None),
        fatalities=fatalities, fatalities_low=low, fatalities_high=high, injuries=injuries,
        sources=sources,
        evidence=[Evidence(article.id, m.sentence, m.sent_start, m.sent_end) for m in group],
        ucdp_type_of_violence=_ucdp_type(first.event_type, a1, a2),
        plover_event=first.plover_event, confidence=round(confidence, 2),
        explain=explain,
    )
    event.notes = _note(event)
    return event


# ---------------------------------------------------------------- entry points

def process(doc: Doc, article: Article) -> ArticleResult:
    """Events of an article whose text has already been parsed into ``doc``."""
    published = article.published or date.today()
    toponyms = places_stage.resolve(doc)
    mentions, skipped = mentions_of(doc, article, published, toponyms)
    groups = []
    for g in merge_mentions(mentions):
        if any(_codable(m) for m in g):
            groups.append(g)
        else:
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): no actor, casualty or "
                           f"place of its own ({g[0].sentence[:60]}...)")
    events = [build_event(article, g) for g in groups]
    events.sort(key=lambda e: (e.evidence[0].start, e.event_date))
    return ArticleResult(article, events, mentions, skipped, toponyms, doc)


def extract_articles(articles: Iterable[Article], batch_size: int = 4
                     ) -> Iterator[tuple[Article, list[Event]]]:
    """Stream (article, events) pairs; spaCy parses in small batches (speed without
    the memory peak of many long articles at once)."""
    for result in process_articles(articles, batch_size):
        yield result.article, result.events


def process_articles(articles: Iterable[Article], batch_size: int = 4,
                     prefilter: bool = True) -> Iterator[ArticleResult]:
    """Parse and process articles; with `prefilter`, sentences far from any conflict cue
    are blanked before the parse (offsets unchanged; see extraction/prefilter.py)."""
    nlp = get_nlp()
    pairs = ((prefilter_stage.mask(a.text) if prefilter else a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield process(doc, article)


def extract_article(article: Article) -> list[Event]:
    """Per-article events of one :class:`Article`."""
    return next(process_articles([article])).events


def extract(text: str, published: str | date | None = None, article_id: str | None = None,
            title: str | None = None, outlet: str | None = None) -> list[Event]:
    """Events of one article's text: the Python API the CLI wraps."""
    article = Article(id=article_id_for(text, article_id), text=text, title=title,
                      published=parse_date(published, "published"), outlet=outlet)
    return extract_article(article)


def explain_text(article: Article, events: list[Event]) -> str:
    """Human-readable reasons: per event and field, the words that decided it."""
    lines = [f"== {article.id}: {len(events)} events"]
    for e in events:
        lines.append(f"-- {e.event_id} {e.event_date} {e.sub_event_type} @ {e.location}")
        for k, v in e.explain.items():
            if v:
                lines.append(f"   {k:<15} <- {v}")
    return "\n".join(lines)
