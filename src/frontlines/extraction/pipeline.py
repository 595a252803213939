"""The pipeline: one article in, its events out.

Stages run over one shared spaCy ``Doc`` (spaCy's own design): recognition
(entities, actors, places) happens inside the spaCy pipeline; then for each
sentence the event stage finds mentions, and the time, place, actor,
casualty and source stages fill them in. Mentions of one incident within an
article are merged into one event (``merge_mentions``), with every source's
figures kept as low/best/high.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from unidecode import unidecode

from frontlines import data, settings
from frontlines.domain import codes, taxonomy
from frontlines.domain.fatalities import fatality_spread
from frontlines.domain.geodesy import distance_km
from frontlines.domain.ids import event_id
from frontlines.domain.model import Actor, Article, Event, Evidence, Mention, Place, Toponym
from frontlines.domain.places import below_country, coarseness
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import genre as genre_stage
from frontlines.extraction import incident_model, incidents
from frontlines.extraction import places as places_stage
from frontlines.extraction import prefilter as prefilter_stage
from frontlines.extraction.casualties import SINGLE_PRONOUNS, count_casualties
from frontlines.extraction.context import (
    TERRITORY,
    VIOLENT_TYPES,
    ArticleScan,
    SentenceInfo,
    Where,
)
from frontlines.extraction.docs import doc_text, freeze
from frontlines.extraction.events import PREFILTERED, MentionDraft, find_mentions
from frontlines.extraction.events.flags import clause_tokens, clause_verb
from frontlines.extraction.events.lexicon import load_lexicon
from frontlines.extraction.events.resolvers import (
    clause_apart,
    clause_places,
    main_clause,
)
from frontlines.extraction.events.roles import (
    np_span,
    passive_conjunct,
)
from frontlines.extraction.furniture import blank_furniture, cited_report_date, head_date
from frontlines.extraction.nlp import get_nlp
from frontlines.extraction.places.gazetteer import feature_countries
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.readers import article_id_for, parse_date
from frontlines.extraction.sides import (
    NO_DEAD_OF_ITS_OWN,
    armed_among,
    bare_toll_victims,
    counted_side,
    explain_mention,
    intervening_force,
    losing_side,
    mention_actors,
    mention_casualties,
    named_civilians,
    named_person,
    region_of,
    weapon_user,
)
from frontlines.extraction.sources import source_of
from frontlines.extraction.time import When, goes_on, parse_expression, resolve_when, story_date
from frontlines.extraction.words import reporting_verbs

# event types where whoever a casualty figure counts is the target
ONE_SIDED = {taxonomy.EXPLOSIONS, taxonomy.VIOLENCE_AGAINST_CIVILIANS}
BACKGROUND_WINDOW = settings.BACKGROUND_WINDOW
T = TypeVar("T")  # what travels with a text through parse_batches


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

def _sentence(doc: Doc, sents: list[Span], k: int, scan: ArticleScan) -> SentenceInfo:
    sent = sents[k]
    # Context cues ("suicide", "tear gas") are looked for in the neighbouring sentences.
    window = doc[sents[max(k - 1, 0)].start:sents[min(k + 1, len(sents) - 1)].end]
    tops = [t for t in scan.toponyms if sent.start_char <= t.start < sent.end_char]
    country = next((t.place.country for t in tops if t.place), None)
    source, words = source_of(sent, None, scan.previous_source, country)
    return SentenceInfo(sent, window, tops, country, source, words)


# Event types whose mention across a whole country is a campaign, not an event
# (incidents.nationwide): demonstrations and riots across the country stay with the
# protest rules.
NATIONWIDE_CAMPAIGNS = frozenset({taxonomy.BATTLES, taxonomy.EXPLOSIONS,
                                  taxonomy.VIOLENCE_AGAINST_CIVILIANS,
                                  taxonomy.STRATEGIC_DEVELOPMENTS})


def mentions_of(doc: Doc, article: Article, published: date,
                toponyms: list[Toponym]) -> tuple[list[Mention], list[str]]:
    """Every codable event mention in the document, and the ones set aside (with why)."""
    scan = ArticleScan(actors_stage.ActorContext.from_doc(doc, toponyms=toponyms), toponyms,
                 published)
    mentions: list[Mention] = []
    skipped: list[str] = []
    sents = list(doc.sents)
    timeline = incidents.timeline_sentences(sents, published)
    before: list[Mention] = []  # the mentions of the sentence before
    for k in range(len(sents)):
        s = _sentence(doc, sents, k, scan)
        aside = _not_news(k, s.span, timeline)
        these: list[Mention] = []
        drafts = find_mentions(s.span, s.window)
        s.toll_owner = next((d for d in drafts if d.explain.get("own_place")), None)
        for draft in drafts:
            when = _story_when(_days_apart(resolve_when(s.span, draft.trigger, published),
                                           draft), draft, sents, k, scan)
            past = draft.past_cue is not None or (
                when.explicit and when.date < published - BACKGROUND_WINDOW)
            period = incidents.period_cue(s.span, draft.trigger) or (
                incidents.nationwide(s.span, draft.trigger)
                or incidents.across_countries(draft.trigger, s.countries)
                if draft.event_type in NATIONWIDE_CAMPAIGNS else None)
            if period is None and s.casualties.killed is None and (
                    draft.event_type in NATIONWIDE_CAMPAIGNS):
                course = incidents.campaign_course(
                    draft.trigger, when.precision == 1, when.explicit and when.precision >= 3,
                    when.explicit and not when.year_only and _opened_at(draft, s))
                period = f"the course of a campaign: {course}" if course else None
            by_year = len(sents) <= settings.BRIEF_SENTENCES and _year_dated(draft, when, past)
            why = aside or _set_aside(draft, when, past and not by_year) or _no_incident(
                draft, period)
            if why:
                skipped.append(f"{draft.trigger_text!r} ({draft.sub_event_type}): {why}")
                if not (aside or draft.negated or draft.hypothetical or when.future):
                    _place_told_after(before, draft, s, scan.toponyms)
                continue
            m = _mention(draft, s, scan, when, past)
            if by_year and not _own_town(m):
                skipped.append(f"{draft.trigger_text!r} ({draft.sub_event_type}): background "
                               f"({when.text}) with only a year and no town of its own")
                continue
            listed = [m, *_other_places(m, s)]
            _share_toll(listed)
            for one in listed:
                mentions.append(one)
                these.append(one)
            if m.place is not None and not past and m.disorder_type != taxonomy.STRATEGIC:
                # a statement or an alliance ("joined the US in saying") sets no scene
                scan.last_place = (m.place, m.place_text or m.place.name, m.geo_precision)
        if s.source:
            scan.previous_source = s.source
        _track_story(s.span, k, scan)
        before = these
    _incident_country(mentions, toponyms)
    _place_brief(doc, sents, mentions, scan)
    return mentions, skipped


def _place_brief(doc: Doc, sents: list[Span], mentions: list[Mention], scan: ArticleScan) -> None:
    """Mentions of a short text that nothing placed, not even a later sentence, take
    the country of the text (``_country_of_brief``)."""
    if len(sents) > settings.BRIEF_SENTENCES:
        return
    for m in mentions:
        if m.place is not None:
            continue
        sent = next((x for x in sents if x.start_char <= m.sent_start < x.end_char), None)
        where = _country_of_brief(sent, scan, _home_evidence(m, scan)) if sent else None
        if where is not None:
            m.place, m.place_text, m.geo_precision = where.place, where.text, where.precision
            m.place_inherited = m.place_guessed = True


def _home_evidence(m: Mention, scan: ArticleScan) -> list[Actor | None]:
    """The actors whose home is a clue to where their event happened: not a state's
    aircraft the text names only by their nationality, nor the generic victims named
    after it. Air forces strike across borders ("Russian jets struck the village of
    Kafr Aweed", "Turkish warplanes hit Jinderes", both in Syria): the demonym of the
    jets is no evidence for the scene; a place of the text or a side hit with a home of
    its own is. A state the text names ("Russia launches intense air attacks") stays."""
    a1, a2 = m.actor1, m.actor2
    if a1 is None or m.sub_event_type != taxonomy.AIR_STRIKE or not a1.name.startswith(
            "Military Forces of"):
        return [a1, a2]
    info = actors_stage.lookup(a1.name)
    home = info.country if info is not None else None
    if any(t.place is not None and t.place.country_code == home for t in scan.toponyms):
        return [a1, a2]
    return [None, None if actors_stage.generic_country(a2) == home else a2]


def _opened_at(draft: MentionDraft, s: SentenceInfo) -> bool:
    """A start verb's object or its own prepositions ("launched an offensive against the
    Kurdish enclave of Afrin", "... last month in Afrin") name a town or province below
    the country: where an operation opened (incidents.campaign_course). A purpose
    clause ("to seize control over Raqqa") names its aim, not where it opened."""
    verb = draft.trigger.head
    phrases = [c for head in (draft.trigger, verb) for c in head.children
               if c.dep_ in {"prep", "compound", "nmod"}]
    starts = {t.idx for p in phrases for t in p.subtree}
    return any(t.place is not None and below_country(t.place) and t.start in starts
               for t in s.toponyms)


def _other_places(m: Mention, s: SentenceInfo) -> list[Mention]:
    """ACLED codes one event per location: "regime bombardment on Idlib and Aleppo" is
    two events. The towns or provinces coordinated with the mention's own place name
    (its conjuncts, below the country) each give a copy of the mention there; the
    sentence's toll is divided among them (_share_toll). A name the
    gazetteer lacks ("Douma, Harasta and Arbin") still lists the towns beside it."""
    if m.place is None or m.place_inherited or not below_country(m.place):
        return []
    doc = s.span.doc
    own = next((t for t in s.toponyms if t.text == m.place_text and (
        t.place is None if m.place_unresolved
        else t.place is not None and t.place.geonames_id == m.place.geonames_id)), None)
    span = doc.char_span(own.start, own.end, alignment_mode="expand") if own else None
    if span is None or places_stage.road_between(own, s.span):
        return []  # the other end of a road is where it leads, not a second scene
    listed = _conjuncts(span.root) | _placed_conjuncts(span.root)
    copies: list[tuple[int, Mention]] = []
    for t in s.toponyms:
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        if t is own or tok is None or tok.root.i not in listed:
            continue
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


def _share_toll(listed: list[Mention]) -> None:
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
    location; the toll is shared among them (_share_toll)."""
    return replace(
        m, place=place, place_text=text, place_unresolved=unresolved, killed=None,
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


_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7}
_DAYS_APART = re.compile(r"\b(a|one|two|three|four|five|six|seven|\d) days? (later|earlier)\b"
                         r"|\bthe (next|following|previous) day\b", re.I)


def _days_apart(when: When, draft: MentionDraft) -> When:
    """A mention whose own clause counts days from a date the sentence gives outside it
    ("62 were killed in airstrikes on 26 July, while 15 were killed in the Shammas
    district two days later") happened that many days off: ACLED dates each event by
    its own day, so the two are not one incident."""
    if not when.explicit or when.precision != 1 or not when.text:
        return when
    clause = clause_tokens(clause_verb(draft.trigger), draft.trigger)
    text = " ".join(t.text for t in clause)
    found = _DAYS_APART.search(text)
    if found is None or when.text in text:
        return when  # no count of days, or the date is the clause's own
    if found.group(3):
        days = -1 if found.group(3).lower() == "previous" else 1
    else:
        n = found.group(1).lower()
        days = (int(n) if n.isdigit() else _NUMBERS[n]) * (
            -1 if found.group(2).lower() == "earlier" else 1)
    return replace(when, date=when.date + timedelta(days=days),
                   text=f"{when.text}, {found.group(0)}")


def _story_when(when: When, draft: MentionDraft, sents: list[Span], k: int,
                scan: ArticleScan) -> When:
    """An undated mention that goes on with a story a sentence just before dated
    ("Six weeks ago, Muthana fled Susa. ... She was eventually captured") takes the
    story's date, not the publication day (ACLED dates the event, not the report)."""
    if when.explicit or scan.story is None or k - scan.story[1] > settings.STORY_DATE_SENTENCES:
        return when
    return scan.story[0] if goes_on(draft.trigger, sents[k - 1]) else when


def _track_story(sent: Span, k: int, scan: ArticleScan) -> None:
    """Start a retold story at its dated sentence, whether that sentence sets a scene or
    codes an incident of its own ("In March 2011 gunmen attacked the village. They
    abducted two boys": the abduction is of that story, not of the report's day); any
    other date ends the story."""
    story, dated = story_date(sent, scan.published)
    if story is not None:
        scan.story = (story, k)
    elif dated or story is not None:
        scan.story = None


def _incident_country(mentions: list[Mention], toponyms: list[Toponym]) -> None:
    """A record its own sentence does not place (a scene carried over, the story's
    country, or the region guessed for a name the gazetteer lacks) goes where the
    article's placed incidents are when they all lie in one other country (ACLED codes
    the country of the event, not of the story's talk): a war report naming the US and
    Washington more often than Syria ("Isis members fired a guided missile at a Kurdish
    position", no place in the sentence) is not about a missile in Washington. It goes
    to the one province those incidents share, else their country, at precision 3;
    a capital is no incident's evidence here (it names a government as often as a scene:
    the Baghuz battle "hailed in northern Syria and Washington"). A record at the
    region its own sentence names stays ("retook the final enclave in Baghuz, eastern
    Syria" in a story on Iraq's Isis prisoners)."""
    own = [m for m in mentions if m.place is not None and m.place.country_code
           and not (m.place_inherited or m.place_unresolved)
           and m.disorder_type != taxonomy.STRATEGIC
           and m.place.geonames_id not in _capital_ids()]
    countries = {m.place.country_code for m in own}
    if len(countries) != 1 or len({m.sent_start for m in own}) < settings.INCIDENT_COUNTRY_MIN:
        return
    cc = next(iter(countries))
    target: Place | None = None
    for m in mentions:
        if (m.place is None or m.place.country_code == cc or _named_by(m, toponyms)
                or not (m.place_inherited or m.place_unresolved and not below_country(m.place)
                        or m.place_unresolved and m.place.level == "admin1")):
            continue
        target = target or _shared_unit(own)
        if target is None:
            return
        m.place, m.geo_precision, m.place_inherited = target, 3, True
        if not m.place_unresolved:
            m.place_text = target.name


def _named_by(m: Mention, toponyms: list[Toponym]) -> bool:
    """Whether the mention is a name the gazetteer lacks placed at the region its own
    sentence names ("Baghuz, eastern Syria"); a scene carried over is not."""
    return m.place_unresolved and not m.place_inherited and any(
        m.sent_start <= t.start < m.sent_end and t.place is not None
        and t.place.geonames_id == m.place.geonames_id for t in toponyms)


def _shared_unit(own: list[Mention]) -> Place | None:
    """The one province all these placed mentions lie in, else their country."""
    units = {m.place.admin1 for m in own}
    first = own[0].place
    if len(units) == 1 and first.admin1:
        unit = places_stage.province_of(first) if first.level != "admin1" else first
        if unit is not None:
            return unit
    country = load_gazetteer().country(first.country_code)
    return load_gazetteer().place(country) if country is not None else None


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _holds(coarse: Place, fine: Place) -> bool:
    """A country or province holding a place."""
    return coarse.country_code == fine.country_code and (
        coarse.level == "country" or coarse.level == "admin1" and coarse.admin1 == fine.admin1)


def _place_told_after(before: list[Mention], draft: MentionDraft, s: SentenceInfo,
                      toponyms: list[Toponym]) -> None:
    """An incident told vaguely ("air strikes on a town in eastern Syria") whose next
    sentence names its town while speaking of it ("... did not know whether regime or
    Russian warplanes carried out the strikes on Al-Mayadin"): that sentence is no
    incident of its own, but its definite event noun ("the strikes") is the incident
    before, so the town it names is the incident's place. Only a mention of the same
    event type, with no place, an inherited one or a province or country holding the
    town; a sentence on another incident has no definite noun for it."""
    head = draft.trigger if draft.trigger.dep_ != "compound" else draft.trigger.head
    verb = clause_verb(draft.trigger)
    nouns = [head] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for n in nouns for c in n.children):
        return  # ("warplanes carried out the strikes": the strikes told before)
    top, precision = places_stage.locate_event(s.span, draft.trigger, s.toponyms,
                                               place_like=True)
    place, unresolved = (top.place if top is not None else None), False
    if top is not None and place is None:
        # "the bombing took place near the al-Jafra area, south of the city"
        place, precision, unresolved = _near_town_before(top, s.span, toponyms), 2, True
    if top is None or place is None or not below_country(place):
        return
    for m in before:
        if m.event_type != draft.event_type:
            continue
        if m.place is not None and not m.place_inherited and (
                coarseness(m.place) <= coarseness(place) or not _holds(m.place, place)):
            continue
        m.place, m.place_text, m.geo_precision = place, top.text, precision
        m.place_inherited, m.place_unresolved = False, unresolved


def _not_news(k: int, sent: Span, timeline: set[int]) -> str:
    """Why a whole sentence is not the report's news ("" when it may be): a timeline
    box of past events, or another story's headline (not the page's first line)."""
    if k in timeline:
        return "in a timeline of past events"
    if k > 0 and incidents.headline_like(sent):
        return "a headline-like line (no finite verb, no full stop)"
    return ""


def _set_aside(draft: MentionDraft, when: When, past: bool) -> str:
    """Why a mention is not coded ("" when it is)."""
    if draft.negated:
        return "negated"
    if draft.hypothetical:
        return "hypothetical or future"
    if draft.anaphoric:
        return "refers back to an event already coded"
    if when.future:
        return f"dated after publication ({when.text})"
    running = None if when.explicit else incidents.running_situation(draft.trigger)
    if running:
        return f"a running situation with no date ({running})"
    if draft.past_cue and tuple(draft.past_cue.lower().split()) in set(
            load_lexicon().cues.get("war_spans", [])):
        return f"the length of a war ({draft.past_cue})"
    if past and (not when.explicit or when.year_only):
        return f"background ({draft.past_cue or when.text}) with no date or only a year"
    if _pluperfect_aside(draft, when):
        return "background (a pluperfect relative clause the date is not in)"
    return ""


def _year_dated(draft: MentionDraft, when: When, past: bool) -> bool:
    """"The town, which was captured by IS in 2014", "Israel captured eastern Jerusalem
    in the 1967 war": a past fight, bombing or capture dated by its own year is an
    incident ACLED codes (a dated past incident), once it also names a town of its own
    (``_own_town``); an undated aside, or a past protest, statement or deal, is not. Only
    in a brief (the caller): a long report's history is its background, which the
    Guardian readings judged no incident of the report."""
    return past and when.explicit and when.year_only and not when.future and (
        draft.event_type in incidents.VIOLENT
        or draft.sub_event_type in taxonomy.TERRITORY_BATTLES)


def _own_town(m: Mention) -> bool:
    """The mention's own sentence names the town it happened at (not only near it, "north
    and west of Baghdad", nor a province or country)."""
    return (m.place is not None and not m.place_inherited and not m.place_guessed
            and m.geo_precision == 1 and (m.place_unresolved or below_country(m.place)))


def _pluperfect_aside(draft: MentionDraft, when: When) -> bool:
    """"Troops pushed into the enclave on Wednesday, widening an offensive that had
    previously involved aerial bombings": a pluperfect relative clause tells the history
    of the thing it describes; the sentence's date is the main clause's, not its own."""
    verb = next((a for a in [draft.trigger, *draft.trigger.ancestors] if a.dep_ == "relcl"),
                None)
    if verb is None or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children):
        return False
    return when.text not in " ".join(t.text for t in verb.subtree)


def _no_incident(draft: MentionDraft, period: str | None) -> str:
    """Why a mention is no incident of its own ("" when it is): a period's tally or a
    running situation, or an appeal (see extraction/incidents.py)."""
    if period is not None:
        return f"a period's tally or a running situation ({period})"
    if draft.attributed and incidents.claim_of_responsibility(draft.trigger.sent) and (
            count_casualties(draft.trigger.sent).killed is None):
        # "IS claimed the attack": a statement; "IS claimed responsibility for the
        # suicide bombing that killed 16 people in Manbij" still reports the bombing
        return "a claim of responsibility as such"
    if (draft.event_type in incidents.VIOLENT
            or draft.sub_event_type == taxonomy.DISRUPTED_WEAPONS) and (
            total := incidents.counted_in_thousands(draft.trigger)):
        return f"a running total ({total})"
    return _first_reason(draft.trigger, _FRAMED) or _speech_or_charge(draft)


# Frames that make a trigger no incident, checked in order after the period and the
# claim: (check of extraction/incidents.py, reason; "{}" takes what the check found).
_FRAMED = (
    (incidents.under_appeal, "in an appeal ({})"),
    (incidents.under_future, "in the future ({})"),
    (incidents.among_victims, "a group the casualties belong to (among the ...)"),
    (incidents.in_question, "an open question ({})"),
    (incidents.ended_by, "the fighting a truce ends ({})"),
)
_CHARGED = (
    (incidents.under_charge, "a charge ({})"),
    (incidents.under_mandate, "a mandate ({})"),
)


def _first_reason(trigger: Token, checks: tuple[tuple[Callable[[Token], object], str], ...]
                  ) -> str:
    """The reason of the first check that finds something about the trigger, else ""."""
    for check, why in checks:
        found = check(trigger)
        if found:
            return why.format(found)
    return ""


def _describes_held(draft: MentionDraft) -> str | None:
    """Who the people held are ("nine captured soldiers", "fighters who have been
    captured"), not an arrest or an abduction reported."""
    if draft.sub_event_type == taxonomy.ARRESTS:
        return incidents.participle_of(draft.trigger)
    if draft.sub_event_type == taxonomy.ABDUCTION:
        taken = draft.trigger.lemma_.lower() in ("capture", "seize")  # not "kidnapped"
        return (taken and incidents.participle_of(draft.trigger)) or incidents.held_who(
            draft.trigger)
    return None


def _speech_or_charge(draft: MentionDraft) -> str:
    """Why a mention is talk or a charge, not an incident ("" when it is neither):
    see incidents.speech_act, agreement_talk, under_charge."""
    if draft.sub_event_type == taxonomy.AGREEMENT:
        # "agreed a ceasefire": the agreement is the thing said, judged on its own
        talk = incidents.agreement_talk(draft.trigger)
        if talk:
            return f"no agreement concluded ({talk})"
    elif who := _describes_held(draft):
        # "in exchange for nine captured soldiers": who they are, not an arrest
        return f"describes people ({who})"
    elif draft.sub_event_type == taxonomy.HQ_ESTABLISHED and (
            force := incidents.stationed_of(draft.trigger)):
        return f"describes a force ({force})"
    else:
        speech = incidents.speech_act(draft.trigger, reporting_verbs())
        if speech:
            return f"the topic of a statement ({speech})"
    return _first_reason(draft.trigger, _CHARGED)


def _mention(draft: MentionDraft, s: SentenceInfo, scan: ArticleScan, when: When, past: bool
             ) -> Mention:
    """One coded mention: its place, actors, casualties and source filled in."""
    where = _at_home(_near_city(_where(draft, s, scan, past), s), scan, s)
    cc = where.place.country_code if where.place is not None else None
    actor1, assoc1, actor2, post_target = mention_actors(draft, s, scan, cc)
    one_sided = draft.event_type in ONE_SIDED or draft.agent_pattern == "cause"
    if actor2 is None and one_sided and s.casualties.killed_text + s.casualties.injured_text:
        # "air strikes killed seven people": the people counted are the victims
        actor2 = actors_stage.victims(s.casualties.killed_text or s.casualties.injured_text,
                                      cc or scan.actors.dominant_country())
    if actor2 is None and draft.event_type in VIOLENT_TYPES and (
            draft.sub_event_type != taxonomy.ABDUCTION):  # the taken, not the dead, are its target
        actor2 = counted_side(s, scan.actors, cc, actor1) or bare_toll_victims(
            draft, s, cc or scan.actors.dominant_country())
    if actor2 is not None and actor2.inter == 7 and draft.event_type in VIOLENT_TYPES and (
            draft.sub_event_type not in NO_DEAD_OF_ITS_OWN) and not named_civilians(
                draft.patient):
        actor2 = armed_among(s, scan.actors, cc, actor1) or actor2
    if actor2 is None and draft.sub_event_type == taxonomy.PROTEST_WITH_INTERVENTION and (
            actor1 is None or actor1.inter not in codes.STATE_FORCES):
        # "security forces fired tear gas at demonstrators": the force that intervened
        actor2 = intervening_force(s, scan.actors, cc)
    if actor1 is None and draft.sub_event_type == taxonomy.ARMED_CLASH:
        # "23 ISIS militants were killed, while the SDF lost four fighters": a battle
        # has two sides; the one that lost men besides the one counted is the other
        actor1 = losing_side(s, scan.actors, cc, actor2)
    # "Assane Sanogo, a cab driver, was shot to death by police officers": violence
    # against civilians whose victim is a person no armed side claims targets Civilians
    # of the country where it happened (ACLED's actor2 of such an event: build_event)
    person_hit = actor2 is None and draft.event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS \
        and named_person(draft.patient)
    source, src_words = source_of(s.span, draft.trigger, scan.previous_source, s.country)
    if source is None:
        source, src_words = s.source, s.source_words
    killed, killed_high, injured, at_least = mention_casualties(draft, s)
    sent = s.span
    m = Mention(
        sub_event_type=draft.sub_event_type, event_type=draft.event_type,
        disorder_type=draft.disorder_type, trigger=draft.trigger_text,
        trigger_start=draft.trigger.idx, sent_start=sent.start_char,
        sent_end=sent.start_char + len(sent.text.rstrip()),
        sentence=sent.text.rstrip(), actor1=actor1, actor2=actor2,
        assoc_actor_1=assoc1, place=where.place, place_text=where.text,
        geo_precision=where.precision, event_date=when.date,
        time_precision=when.precision, date_text=when.text, killed=killed,
        killed_high=killed_high, killed_at_least=at_least, injured=injured, source=source,
        past=past, plover_event=draft.plover_event,
        place_unresolved=where.unresolved, place_inherited=where.inherited,
        score=draft.score, civilian_target=draft.civilian_target or person_hit,
        post_target=post_target,
        agent_class=_armed_class(draft, actor1, actor2),
        typed_by=_typed_by(draft),
        weapon_in_passing=incidents.weapon_in_passing(draft.trigger, draft.sub_event_type),
        victim=_victim(draft.patient),
    )
    m.explain = explain_mention(draft, s, where, when, scan.published, src_words, m)
    if (verb := clause_apart(draft.trigger)) is not None and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
            (m.place_text or "").lower() in clause_places(verb)):
        # "Air strikes killed 10 people in Douma, and shelling killed four in Harasta":
        # a clause with its own subject placed at a town of its own is its own event,
        # however near the towns (not a verb sharing the subject, which may be a
        # relative clause the parse coordinated: "killed a Palestinian they say opened
        # fire on them near the Kissufim crossing")
        m.explain["clause_place"] = m.place_text
    return m


def _victim(patient: Span | None) -> str:
    """The patient phrase with its apposition ("reporter Anna Politkovskaya, a Kremlin
    critic who exposed abuses"): who the report says was hit."""
    if patient is None:
        return ""
    said = [t for c in patient.root.children if c.dep_ == "appos" and c.i >= patient.end
            for t in c.subtree]
    return " ".join(t.text for t in [*patient, *said])


def _country_of_brief(sent: Span, scan: ArticleScan, actors: list[Actor | None]
                      ) -> Where | None:
    """Where nothing places an event of a short text (a wire brief or one-sentence
    report without dateline), its country: the one it names as a scene ("the violence
    consuming Iraq"), else the home its actors share (Military Forces of Syria, Jabhat
    al-Nusra; armed groups before foreign state forces), at precision 3. ACLED codes
    the country when it is all that is known; a record without one is lost to the map."""
    doc = sent.doc
    country = places_stage.named_country(scan.toponyms, sent)
    if country is None:
        abroad = {_state_abroad(a) for a in actors if a is not None}
        # "U.S. forces captured four suspected insurgents": the rebels named after the
        # US forces' country are as far from home as the forces
        homes = [(a.inter != 1, cc) for a in actors
                 if a is not None and (cc := _home_of(a)) not in abroad]
        groups = {cc for local, cc in homes if cc and local}
        states = {cc for local, cc in homes if cc and not local}
        ccs = groups or states
        if len(ccs) != 1:
            return None
        across = _neighbours(doc, scan)  # (two walks of the text: only for one home)
        if not _text_countries(doc, scan) - across <= ccs or ccs <= across:
            return None  # "Niger and Chadian army troops, in support of Nigerian forces"
        gaz = load_gazetteer()
        entry = gaz.country(next(iter(ccs)))
        country = gaz.place(entry) if entry is not None else None
    if country is None:
        return None
    return Where(country, country.name, 1 if country.level == "city" else 3, inherited=True)


def _text_countries(doc: Doc, scan: ArticleScan) -> set[str]:
    """Every country a text names or names the people of: an actors' home is where
    their event happened only when the text points nowhere else (armies fight abroad:
    Chadian troops retake a town in Nigeria). A state that acts as a government ("as the
    United States and Britain weighed up plans") points nowhere."""
    gaz = load_gazetteer()
    out = {t.place.country_code for t in scan.toponyms
           if t.place is not None and t.place.country_code
           and not places_stage.acting(t, doc)}
    out |= {cc for tok in doc if tok.text[:1].isupper() and (cc := gaz.demonym(tok.text))}
    return out


def _neighbours(doc: Doc, scan: ArticleScan) -> set[str]:
    """Countries a text names only across a border ("in the border area with
    Thailand", "near the Thai border"): the actors a report calls gunmen there are not
    thereby at home in them, and Myanmar troops attacking rebels "along the Thai
    border" fight on their own side of it."""
    text = doc_text(doc)
    named: dict[str, bool] = {}
    for t in scan.toponyms:
        if t.place is not None and t.place.country_code:
            cc = t.place.country_code
            named[cc] = named.get(cc, True) and places_stage.across_border(text, t.start)
    gaz = load_gazetteer()
    for tok in doc:
        if tok.text[:1].isupper() and (cc := gaz.demonym(tok.text)):
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            over = any(t.lower_ in _OVER_WORDS for t in doc[max(0, tok.i - 2):tok.i])
            named[cc] = named.get(cc, True) and nxt in _BORDER_NOUNS and not over
    return {cc for cc, only in named.items() if only}


_BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers"})
# "bombed positions across the Iraqi border": beyond it, so in that country
_OVER_WORDS = frozenset({"across", "over", "beyond", "cross", "crossed", "crossing"})


def _home_of(actor: Actor) -> str | None:
    """The country of a canonical actor, from the actor table; none for a group that
    fights in several countries (Islamic State) nor for the military of a state whose
    forces serve abroad (data/forces_abroad.txt)."""
    info = actors_stage.lookup(actor.name)
    if info is None or "transnational" in info.tags or _state_abroad(actor):
        return None  # "U.S. forces captured four insurgents": abroad (data/forces_abroad.txt)
    return info.country


def _not_from_forces(actor: Actor | None, other: Actor | None) -> Actor | None:
    """A generic actor of a record no place locates ("Unidentified Armed Group (X)",
    "Civilians (X)") whose country is only that of the other side, the military of a state
    whose forces serve abroad, is dropped: ACLED names the country where it happened, and
    "a US soldier was killed by a roadside bomb" did not happen in the United States."""
    cc = actors_stage.generic_country(actor)
    if cc is not None and other is not None and _state_abroad(other) == cc:
        return None
    return actor


def _state_abroad(actor: Actor) -> str | None:
    """The country of the military of a state whose forces serve abroad
    (data/forces_abroad.txt), else None."""
    if not actor.name.startswith("Military Forces of"):
        return None
    info = actors_stage.lookup(actor.name)
    cc = info.country if info is not None else None
    return cc if cc in places_stage.forces_abroad() else None


def _armed_class(draft: MentionDraft, actor1: Actor | None, actor2: Actor | None
                 ) -> str | None:
    """The armed class the agent's words name when no actor resolves it; for a group's
    own activity, also the passive subject's ("troops were deployed", "special units
    were formed": the group is the one that moves)."""
    if actor1 is not None:
        return None
    armed = incidents.armed_agent_class(draft.agent)
    if armed is None and actor2 is None and draft.sub_event_type in incidents.GROUP_ACTIVITY \
            and draft.patient is not None and draft.patient.root.dep_ == "nsubjpass":
        armed = incidents.armed_agent_class(draft.patient)
    return armed


def _typed_by(draft: MentionDraft) -> str:
    """What decided the draft's type: its own trigger ("clashes"), or the words that
    typed a generic verb; "" for a generic verb's fallback."""
    kind = draft.explain.get("kind", "")
    return draft.explain.get("type", "") or ("" if kind.startswith("@") else kind)


_HOLDER_GAP = re.compile(r"^(?:['\u2019]s\b[^,.;]{0,20},?\s*|,\s*)$")


def _country_holds(where: Where, s: SentenceInfo) -> bool:
    """Whether the sentence names the place's country as its holder: "Yemen's capital,
    Sana'a", "Sana'a, Yemen" (not a country named anywhere else in the sentence)."""
    text = doc_text(s.span.doc)
    tops = [t for t in s.toponyms if t.text == where.text and t.place is not None]
    countries = [c for c in s.toponyms if c.place is not None and c.place.level == "country"
                 and c.place.country_code == where.place.country_code]
    return any(_HOLDER_GAP.match(text[c.end:t.start] if c.end <= t.start else
                                 text[t.end:c.start] if t.end <= c.start else "x")
               for t in tops for c in countries)


def _at_home(where: Where, scan: ArticleScan, s: SentenceInfo) -> Where:
    """A place in a country the report is not about is a misreading ("Kafr Awid" read
    as a town in Ghana, "Ez Zahra" in Tunisia in a report on Aleppo): the mention keeps
    no place rather than a wrong one, and its actors take the report's country. Not
    when its own sentence names that country ("seized Yemen's capital, Sana'a" in an
    essay on many wars)."""
    place = where.place
    if place is None or not place.country_code or _country_put_in(where, s, scan):
        return where
    owner = scan.actors.about(place.country_code) and _owner_abroad(where, scan, s)
    if not _country_holds(where, s) and (owner or not _about(scan, place.country_code, s)):
        # the one town its sentence names in a country the report is about stands in
        # ("entered Iraq from positions along the border, including Abu Kamal in
        # Eastern Syria" in a report on Syria: near Abu Kamal, not nowhere)
        text = doc_text(s.window.doc)
        towns = {(t.place.geonames_id or t.place.name): t for t in s.toponyms
                 if t.place is not None and coarseness(t.place) == 0
                 and t.place.country_code != place.country_code
                 and scan.actors.about(t.place.country_code)
                 and not places_stage.qualifies_actor(text, t.end)}
        if len(towns) == 1:
            town = next(iter(towns.values()))
            return Where(town.place, town.text, 2)
        region = places_stage.story_region(scan.toponyms, text)
        if owner and region is not None and region.country_code != place.country_code:
            # "a US military base near the al-Omar oilfield" in a story on Deir ez-Zor
            return _inherited(region, region.name, 3, s)
        return Where()
    return where


def _about(scan: ArticleScan, cc: str, s: SentenceInfo) -> bool:
    """Whether the report is about a country (``Actors.about``); in a short text
    (settings.SHORT_TEXT_TOKENS), not counting the states whose forces serve abroad
    (data/forces_abroad.txt): "gunmen shot dead an American soldier ... in the nearby
    city of Fallujah, where there has been strong resistance to the U.S. occupation"
    is a report on Iraq."""
    if (scan.actors.about(cc) or cc in places_stage.forces_abroad()
            or len(s.window.doc) > settings.SHORT_TEXT_TOKENS):
        return scan.actors.about(cc)
    named = scan.actors.doc_countries
    rest = {k: v for k, v in named.items() if k not in places_stage.forces_abroad() and v}
    return not rest or 2 * named[cc] >= max(rest.values())


_IN_COUNTRY = re.compile(r"\b(?:in|inside|into|across|throughout)\s+(?:the\s+)?"
                         r"(?:north|south|east|west|central)\w*\s+$", re.IGNORECASE)
_COUNTRY_PART = re.compile(r"^['\u2019]s\s+(?:far[\s-]+)?(?:north|south|east|west)", re.IGNORECASE)


def _country_put_in(where: Where, s: SentenceInfo, scan: ArticleScan) -> bool:
    """Whether the scene is a part of a country its sentence names by the country's own
    name ("detained by Syrian Kurdish fighters in eastern Syria", "in Syria's north-east"
    in a story told from London): a country read as itself is no namesake, and a part
    of it is where something happened, not a country listed in an aside ("as in
    Yemen"), so it stays the scene even when the story's actors are of other countries
    (when the report names it often enough: settings.COUNTRY_PART_SHARE)."""
    if where.place is None or where.place.level != "country":
        return False
    named = scan.actors.doc_countries
    top = max(named.values(), default=0)
    if named[where.place.country_code] < settings.COUNTRY_PART_SHARE * top:
        return False
    text = doc_text(s.span.doc)
    return any(t.text == where.text and t.place is not None and t.place.level == "country"
               and (_IN_COUNTRY.search(text[max(0, t.start - 30):t.start])
                    or _COUNTRY_PART.match(text[t.end:t.end + 20]))
               for t in s.toponyms)


def _owner_abroad(where: Where, scan: ArticleScan, s: SentenceInfo) -> bool:
    """Whether the sentence names the place's country only as the owner of the forces
    or site just before the name ("a US military base near the al-Omar oilfield") in
    a story whose places lie in another country: the nationality pulled the name's
    reading abroad (Omar, West Virginia), so it is no scene; ACLED codes the country
    where the event happened."""
    place, text = where.place, doc_text(s.window.doc)
    story = places_stage.story_country(scan.toponyms, text)
    if place is None or story is None or story.country_code == place.country_code:
        return False
    gaz, cc, sent = load_gazetteer(), place.country_code, s.span.text
    owned: list[int] = []
    for m in _NAME_WORD.finditer(sent):
        word = m.group(0)
        if gaz.demonym(word) == cc or word == place.country or word.replace(".", "") == cc:
            if not places_stage.owner_only(text, s.span.start_char + m.end()):
                return False
            owned.append(m.end())
    at = sent.find(where.text) if where.text else -1
    return at >= 0 and any(0 < at - end <= settings.OWNER_REACH for end in owned)


_NAME_WORD = re.compile(r"\b[A-Z][A-Za-z.]*[A-Za-z]")


def _where(draft: MentionDraft, s: SentenceInfo, scan: ArticleScan, past: bool) -> Where:
    """The mention's place: the one its trigger's words name, the place taken in a
    territory event, a town the gazetteer lacks in its region, or the current scene."""
    top, precision = _located(draft, s)
    if draft.sub_event_type in TERRITORY and draft.patient is not None and (
            top is None or coarseness(top.place) > 0):
        # What changes hands is the place: "the recapture of the town of Rawa" (not a
        # captive's home town: "captured ... Miah, a pharmacist from Birmingham").
        # (not a country: "captured by the US-backed SDF" has the US in a role)
        inside = [t for t in s.toponyms if t.place is not None and below_country(t.place)
                  and draft.patient.start_char <= t.start < draft.patient.end_char
                  and not places_stage.hometown(doc_text(s.window.doc), t.start)]
        if inside:
            top, precision = min(inside, key=lambda t: coarseness(t.place)), 1
        elif top is None and draft.patient.root.pos_ == "PRON":
            # "In the border town of Albu Kamal, ... who had retaken it": the pronoun
            # is the town the sentence named before it.
            before = [t for t in s.toponyms if t.place is not None
                      and below_country(t.place) and t.start < draft.patient.start_char]
            if before:
                top, precision = before[-1], 1
    if top is not None and top.place is not None:
        return _named_where(top, precision, s, scan)
    lead = _leading_place(top, scan, doc_text(s.window.doc)) if top is not None else None
    if lead is not None:  # "the area of Akhtarin Turkmen Bari and Dabiq": near it
        return Where(lead, lead.name, min(precision, 2))
    if top is not None and top.within is not None:
        # "the Adiyat School" in a town the sentence names
        scan.placed.setdefault(top.text, (top.within, precision))
        return Where(top.within, top.text, precision, unresolved=True)
    if top is not None and top.text in scan.placed:
        place, earlier = scan.placed[top.text]
        return Where(place, top.text, earlier, unresolved=True)
    town = _near_town_before(top, s.span, scan.toponyms) if top is not None else None
    if town is not None:
        return Where(town, top.text, 2, unresolved=True)
    if top is not None:
        # A town the gazetteer lacks ("in Baghuz, eastern Syria"): keep its name and
        # use the coordinates of the region around it, at precision 3.
        region = region_of(top, s.toponyms, scan.toponyms, doc_text(s.window.doc),
                            scan.last_place[0] if scan.last_place else None)
        scene = scan.last_place[0] if scan.last_place else None
        city = places_stage.story_city(scan.toponyms, top.text, doc_text(s.window.doc),
                                       region, scene) if region is not None else None
        if city is not None:  # "the Ramussa neighbourhood" of the story's Aleppo
            return Where(city, top.text, min(precision, 2), unresolved=True)
        if region is not None:
            if below_country(region):
                scan.placed.setdefault(top.text, (region, 3))
            return Where(region, top.text, 3, unresolved=True)
        precision = 3
    back = _names_back(s.span)
    own = _town_named_back(s) if back else None
    if own is not None:  # "The town of Hawija ... remains in Isis hands, but hundreds of
        # Isis members from the town are believed to have surrendered"
        return Where(own.place, own.text, 2 if _NEAR.search(s.span.text) else 1)
    town = _town_before(s.span, scan.toponyms) if back else None
    scene = scan.last_place
    if scene is not None and (not past or back) and (
            town is None or below_country(scene[0])):
        # An undated, unplaced follow-up sentence continues the previous scene, and so
        # does one about "the town" it named ("In May ... attacks on the town").
        return _inherited(*scene, s)
    if town is not None:  # "... the Syrian town of Al Tabqah. Another militant was
        # killed in a village to the east of the town." (no scene, or only a country)
        near = 2 if _NEAR.search(s.span.text) else 1
        return Where(town.place, town.text, near, inherited=True)
    region = places_stage.story_region(scan.toponyms, doc_text(s.window.doc))
    if region is not None and not below_country(region):
        region = places_stage.sentence_province(s.toponyms, scan.toponyms, region,
                                                doc_text(s.window.doc))
    if region is not None:
        # Nothing places it: the province the story is about, precision 3 ("ISIL kills
        # 700 people from Syrian tribe" in a story on Deir ez-Zor), else the province
        # its sentence names or the story's country ("a convoy of buses carrying
        # civilians out of two besieged Syrian towns"): a record never lacks the
        # country its story is in.
        return _inherited(region, region.name, 3, s)
    return Where(precision=precision)


def _located(draft: MentionDraft, s: SentenceInfo) -> tuple[Toponym | None, int]:
    """The scene the trigger's words name (places.locate_event) among the places of its
    own clause, else that clause's own scene name."""
    verb = clause_apart(draft.trigger)
    own = {t.idx for t in s.span if main_clause(t).i == verb.i} if verb is not None else set()
    top, precision = places_stage.locate_event(s.span, draft.trigger,
                                               _clause_toponyms(own, s),
                                               place_like=True, nationals=True)
    return (top, precision) if top is not None else (_clause_scene(verb, own, s), precision)


def _clause_toponyms(own: set[int], s: SentenceInfo) -> list[Toponym]:
    """The sentence's places a trigger's scene may be: all of them, or only its own
    clause's (``own``: the clause's character offsets) when coordinated clauses each name
    a place of their own ("a policeman was shot dead in Mosul and a roadside bomb wounded
    two soldiers in Tikrit": the bomb's scene is Tikrit, however near the parse puts
    Mosul to the noun)."""
    if not any(t.start in own for t in s.toponyms):
        return s.toponyms
    return [t for t in s.toponyms
            if t.start in own or not s.span.start_char <= t.start < s.span.end_char]


def _clause_scene(verb: Token | None, own: set[int], s: SentenceInfo) -> Toponym | None:
    """The resolved place a clause of its own puts its event in when the scene reader
    finds none there ("while in Quetta gunmen shot dead a tribal elder", the name parsed
    as the gunmen's): that clause's scene, not the other clause's inherited."""
    if verb is None:
        return None
    names = clause_places(verb)
    return next((t for t in s.toponyms if t.start in own and t.place is not None
                 and t.text.lower() in names), None)


def _named_where(top: Toponym, precision: int, s: SentenceInfo, scan: ArticleScan) -> Where:
    """The place of a resolved scene name: the province of "the area between Aleppo and
    the border", the one town a country scene's sentence names, else the name itself."""
    area = places_stage.province_between(top, s.span)
    if area is not None:  # "the area between Aleppo and the border"
        return Where(area, area.name, 3)
    if places_stage.road_between(top, s.span):  # "on the road between Jalalabad and
        return Where(top.place, top.text, max(precision, 2))  # Kabul": near Jalalabad
    town = None if _NEAR.search(s.span.text) else _town_within(top.place, s)
    if town is not None:  # "invaded an enclave in Syria's north-west, ousting the YPG
        return Where(town.place, town.text, 1)  # from the town of Afrin"
    return Where(_in_story_country(top.place, scan, doc_text(s.window.doc)), top.text,
                  precision)


def _inherited(place: Place, text: str, precision: int, s: SentenceInfo) -> Where:
    """A scene taken from before or from the story, unless it is a country or province
    and the sentence names one town in it ("a convoy heading to Afrin ... was shelled"
    after a scene in Aleppo province): then that town, precision 2."""
    town = _town_within(place, s, origin=False)
    if town is not None:
        return Where(town.place, town.text, 2, inherited=True)
    own = places_stage.sentence_place(s.span, s.toponyms)
    if own is not None and not _holds(own.place, place) and (
            own.place.geonames_id != place.geonames_id):
        # "Idlib has seen an increase in bloodshed as Syrian and Russian jets have
        # bombed rebel-held positions": the one place its own sentence names is nearer
        # the incident than the scene before or the story's (Tehran in an essay on Iran)
        return Where(own.place, own.text, 2 if coarseness(own.place) < 2 else 3,
                      inherited=True)
    return Where(place, text, precision, inherited=True)


def _town_within(area: Place, s: SentenceInfo, origin: bool = True) -> Toponym | None:
    """The one town of its sentence inside a country or province chosen as the scene:
    a record is at country or province level only when nothing finer is said (ACLED),
    so the town the sentence names there is the nearest point. None when the sentence
    names several towns there (which one is unclear) or only a capital that names a
    government (not "bombings in Baghdad", "the Baghdad International Airport");
    without ``origin``, not a town people come from ("displaced families from Deir
    Ezzor" after a car bomb in Deir Ezzor province is still the province)."""
    if coarseness(area) < 2 or not area.country_code:
        return None
    text = doc_text(s.window.doc)
    towns = {(t.place.geonames_id or t.place.name): t for t in s.toponyms
             if t.place is not None and coarseness(t.place) == 0
             and (t.place.geonames_id not in _capital_ids()
                  or places_stage.capital_as_place(text, t))
             and t.place.country_code == area.country_code
             and (area.level == "country" or t.place.admin1 == area.admin1)
             and not places_stage.qualifies_actor(text, t.end)
             and (origin or not _FROM_BEFORE.search(text[max(0, t.start - 40):t.start]))}
    return next(iter(towns.values())) if len(towns) == 1 else None


_FROM_BEFORE = re.compile(r"\bfrom (?:the (?:town|city|village) of )?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[int]:
    """GeoNames ids of the countries' capitals: "the PKK in Turkey, with whom Ankara has
    fought" names a government, not a town of the scene."""
    gaz = load_gazetteer()
    return frozenset(gaz.entry(i)[0] for i in gaz.capitals)


def _near_city(where: Where, s: SentenceInfo) -> Where:
    """An unknown place of "Damascus countryside" goes near Damascus, precision 2,
    not to the label point of the province (``places.countryside_city``)."""
    if (where.place is None or where.place.level != "admin1" or where.precision < 3
            or where.inherited or not where.text):
        return where
    city = places_stage.countryside_city(where.place, where.text, s.toponyms,
                                         doc_text(s.window.doc))
    if city is None:
        return where
    return Where(city, where.text, 2, unresolved=True)


def _in_story_country(place: Place, scan: ArticleScan, text: str) -> Place:
    """A river or lake across borders ("driving across the Euphrates River") lies in
    the story's country when it runs through it: the record never lacks a country."""
    if place.country_code or place.name not in feature_countries():
        return place
    story = places_stage.story_country(scan.toponyms, text)
    if story is None or story.country_code not in feature_countries()[place.name]:
        return place
    return replace(place, country=story.country, country_code=story.country_code,
                   iso3=story.iso3, level="region")


def _leading_place(top: Toponym, scan: ArticleScan, text: str) -> Place | None:
    """The town of the story's country that begins an unknown run-together name."""
    country = places_stage.story_country(scan.toponyms, text)
    return (places_stage.leading_place(top.text, country.country_code)
            if country is not None and country.country_code else None)


_BACK = re.compile(r"\bthe (?:town|city|village|neighbou?rhoods?|district|area)\b(?! of\b)",
                   re.IGNORECASE)


_NEAR = re.compile(r"\b(?:near|outskirts|around|(?:north|south|east|west)\w* of)\b",
                   re.IGNORECASE)


def _town_before(sent: Span, toponyms: list[Toponym]) -> Toponym | None:
    """The town (or district) the story named most often before a sentence, the later
    one of a tie: "the town" of "Al-Bab ... Al-Bab ... regime-held parts of Aleppo.
    In May more than 60 civilians were killed by barrel bomb attacks on the town"."""
    text = doc_text(sent.doc)
    before = [t for t in toponyms if t.end <= sent.start_char and t.place is not None
              and t.place.level in ("city", "admin2")
              and not places_stage.origin_only(text, t.start)]  # "Hussein, 50, from Qaim"
    if not before:
        return None
    named = Counter(t.place.geonames_id or t.place.name for t in before)
    return max(reversed(before), key=lambda t: named[t.place.geonames_id or t.place.name])


_NEAR_BACK = re.compile(r"\b(?:near|outskirts of|around|(?:north|south|east|west)\w* of)"
                        r" the (?:town|city)\b(?! of\b)", re.IGNORECASE)


def _near_town_before(top: Toponym, sent: Span, toponyms: list[Toponym]) -> Place | None:
    """The town an unknown place lies by when its sentence says so without naming it
    ("the al-Jafra area, which is located south of the city"): the town the story
    named before, at precision 2, as "near Y" would be."""
    if top.place is not None or top.within is not None or not _NEAR_BACK.search(sent.text):
        return None
    town = _town_before(sent, toponyms)
    return town.place if town is not None else None


_TOWN_BACK = re.compile(r"\bthe (?:town|city|village)\b(?! of\b)", re.IGNORECASE)


def _town_named_back(s: SentenceInfo) -> Toponym | None:
    """"The town" of a sentence that named one town before it: that town, not the
    previous sentence's scene (None when it named none or several)."""
    m = _TOWN_BACK.search(s.span.text)
    if m is None:
        return None
    at, text = s.span.start_char + m.start(), doc_text(s.window.doc)
    towns = {(t.place.geonames_id or t.place.name): t for t in s.toponyms
             if t.place is not None and t.place.level in ("city", "admin2") and t.end <= at
             and not places_stage.origin_only(text, t.start)  # "Hall, 24, from Portsmouth"
             and not places_stage.qualifies_actor(text, t.end)}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _names_back(sent: Span) -> bool:
    """Whether a sentence speaks of "the town" (or city, village...) without naming it:
    the one the story named before."""
    return bool(_BACK.search(sent.text))


# ---------------------------------------------------------------- merging

def _km(a: Place, b: Place) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _places_compatible(a: Mention, b: Mention) -> bool:
    """Same place, within 25 km, or one place lies inside the other's province/country;
    never two towns one sentence lists apart ("shelled Douma and Harasta": one event per
    location, however near, _other_places)."""
    if a.sent_start == b.sent_start and (a.explain.get("split") or b.explain.get("split")) \
            and a.place_text != b.place_text:
        return False
    if a.sent_start == b.sent_start and a.explain.get("clause_place") and b.explain.get(
            "clause_place") and a.place_text != b.place_text:
        return False  # two clauses, each with its subject and town (_mention)
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.place_guessed or b.place_guessed:
        return True  # (a country guessed for a short text bounds nothing)
    if pa.geonames_id is not None and pa.geonames_id == pb.geonames_id:
        return True
    coarse, fine = (pa, pb) if coarseness(pa) >= coarseness(pb) else (pb, pa)
    if coarse.level == "country" and coarse.country_code == fine.country_code:
        return True
    if coarse.level == "continent":
        return coarse.country_code in (None, fine.country_code)
    if coarse.level == "region" and coarse.country_code in (None, fine.country_code):
        # a valley, a sea, a desert: no boundary to check against, only its point
        return _km(coarse, fine) <= settings.REGION_KM
    if coarse.level == "admin1" and coarse.admin1 and coarse.admin1 == fine.admin1 and (
            coarse.country_code == fine.country_code):
        return True
    return _km(pa, pb) <= settings.SAME_PLACE_KM


def _same_incident(a: Mention, b: Mention) -> bool:
    """Two mentions of one article describe the same incident."""
    if a.event_type != b.event_type:
        return False
    if incidents.own_tolls(a, b) and not (
            a.place is not None and b.place is not None
            and a.place.geonames_id == b.place.geonames_id):
        return False  # 16 across the province, 2 in a nearby town: not one incident
    if incidents.past_apart(a, b):
        return False
    if a.sent_start != b.sent_start and incidents.distinct(a):  # a: the later mention
        return False  # "a second car bomb went off in another district"
    exact = a.time_precision == b.time_precision == 1
    if abs((a.event_date - b.event_date).days) > (
            0 if exact else settings.MENTION_DATE_SLACK_DAYS):
        return False
    if a.sub_event_type != b.sub_event_type:
        return False
    if not _sides_agree(a, b) and not (a.sub_event_type == taxonomy.ARMED_CLASH
                                       and _sides_agree(a, b, swapped=True)):
        return False  # a clash's two sides in either order are one battle (ACLED)
    return _places_compatible(a, b)


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def _sides_agree(a: Mention, b: Mention, swapped: bool = False) -> bool:
    """No named side of one mention contradicts the other's; with ``swapped``, b's
    sides read in the other order."""
    b1, b2 = (_name(b.actor2), _name(b.actor1)) if swapped else (_name(b.actor1),
                                                                   _name(b.actor2))
    a1, a2 = _name(a.actor1), _name(a.actor2)
    if a1 and b1 and a1 != b1 or a2 and b2 and a2 != b2:
        return False
    # roles reversed: who won in one lost in the other
    return not (a1 and b2 and a1 == b2 or b1 and a2 and b1 == a2)


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


# A trigger that names the demonstrators themselves ("Thousands of protesters ...")
# names an actor: ACLED's "Protesters (Country)".
DEMONSTRATOR_WORDS = {"protesters", "protestors", "demonstrators", "rioters", "marchers",
                      "strikers", "picketers", "protester", "demonstrator", "rioter"}


def _codable(m: Mention) -> bool:
    """Enough to code: a named actor, a casualty figure, a place below the country
    named in its own sentence, or the day it happened ("on Tuesday"). "Fighting is far
    from over" alone is commentary, not an incident, and so is "Syria's multifaceted
    war": a country is the war's stage."""
    return bool(m.actor1 or m.actor2 or m.agent_class or m.killed is not None
                or m.injured is not None
                or (m.place is not None and not m.place_inherited
                    and (m.place_unresolved or below_country(m.place)))
                or (m.date_text and m.time_precision == 1 and not m.past)
                or (m.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS)
                    and m.trigger.lower() in DEMONSTRATOR_WORDS))


def _event_id(article_id: str, iso3: str | None, first: Mention) -> str:
    """Per-article id: the article, type, date and first trigger found the event."""
    key = f"{article_id}|{first.sub_event_type}|{first.event_date}|{first.trigger_start}"
    if first.explain.get("split"):  # a copy at another listed place: its own event
        key += f"|{first.explain['split']}"
    return event_id(key, iso3)


def _note(e: Event, year_only: bool = False) -> str:
    """ACLED's notes line. A date the text gives only by its year ("in 2004") is coded
    at the coarsest precision there is (3, the month: ACLED has none for a year) on its
    first day; the note says the year, not "In January 2004"."""
    day = date.fromisoformat(e.event_date)
    when = f"On {day.day} {day.strftime('%B %Y')}" if e.time_precision == 1 else (
        f"Around {day.day} {day.strftime('%B %Y')}" if e.time_precision == 2
        else f"In {day.year}" if year_only else f"In {day.strftime('%B %Y')}")
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


def _evidence(article_id: str, m: Mention) -> Evidence:
    """The mention's sentence as evidence, without the blank run a sentence can start
    with where the prefilter blanked the one before it."""
    lead = len(m.sentence) - len(m.sentence.lstrip())
    return Evidence(article_id, m.sentence[lead:], m.sent_start + lead, m.sent_end)


def _territory_by_taker(sub: str, inter1: int | None, inter2: int | None) -> str:
    """ACLED names a capture after who took the place: Government regains territory is
    for state forces, Non-state actor overtakes territory for a non-state group. A verb
    without its agent ("Raqqa was liberated") guesses the side; the record's actor1 (a
    rebel group such as the SDF, or state forces) decides, unless the other side is a
    state force too (roles read the wrong way round are turned by the control stage)."""
    if inter2 in codes.STATE_FORCES:
        return sub
    if sub == taxonomy.GOVERNMENT_REGAINS and inter1 == codes.REBELS:
        return taxonomy.NON_STATE_OVERTAKES
    if sub == taxonomy.NON_STATE_OVERTAKES and inter1 in codes.STATE_FORCES:
        return taxonomy.GOVERNMENT_REGAINS
    return sub


_BARE_BOMB = frozenset({"bomb", "bombs", "bombing", "bombings", "bombed"})


def _state_bombing(sub: str, inter1: int | None, group: list[Mention]) -> str:
    """ "Russian and Syrian bombs", "the bombing of towns": a bare bomb word with state
    forces as the perpetrator is their air strikes (the codebook's Remote explosive/IED is
    a planted device, which armies do not set off on towns); a car bomb or a mine keeps
    its type."""
    if sub == taxonomy.REMOTE_EXPLOSIVE and inter1 in codes.STATE_FORCES and all(
            m.trigger.lower() in _BARE_BOMB for m in group
            if m.sub_event_type == taxonomy.REMOTE_EXPLOSIVE):
        return taxonomy.AIR_STRIKE
    return sub


def build_event(article: Article, group: list[Mention]) -> Event:
    """One article event from the mentions of one incident."""
    first = group[0]
    placed = _placed(group)
    place = placed.place if placed else None
    dated = next((m for m in group if m.date_text), first)
    # a perpetrator one mention names beats another's "Unidentified Armed Group"
    doers = [m for m in group if m.actor1 and not _the_side_hit(m, first)]
    a1 = next((m.actor1 for m in doers if not m.actor1.name.startswith(
        "Unidentified")), None) or next((m.actor1 for m in doers), None)
    a2, held = _target(group, a1)
    if a2 is None and first.sub_event_type == taxonomy.ARMED_CLASH:
        # a clash told the other way round: the other side is the first actor there
        a2 = next((m.actor1 for m in group if m.actor1 and _name(m.actor1) != _name(a1)),
                  None)
    if a2 is None and not held and first.event_type in VIOLENT_TYPES and any(
            m.civilian_target for m in group) and place is not None:
        # "seven hospitals have been bombed": the civilian site or people an attack was
        # aimed at are its target, ACLED's Civilians of the country where it happened
        a2 = actors_stage.civilians(place.country_code)
    if place is not None:  # civilians, unidentified groups: of the record's country
        a1 = actors_stage.where_it_happened(a1, place.country_code)
        a2 = actors_stage.where_it_happened(a2, place.country_code)
    else:  # "A US soldier was killed by a roadside bomb": not a US armed group
        a1, a2 = _not_from_forces(a1, a2), _not_from_forces(a2, a1)
    if first.event_type == taxonomy.RIOTS or first.event_type in VIOLENT_TYPES or (
            first.sub_event_type == taxonomy.LOOTING):
        a1 = actors_stage.rioting(a1)
    # every Protests sub-type, excessive force too: the demonstrators are actor1
    if first.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS):
        a1 = actors_stage.demonstrating(a1, first.event_type == taxonomy.RIOTS)
    if a2 is None and place is not None and first.sub_event_type == taxonomy.EXCESSIVE_FORCE \
            and not (a1 is not None and a1.name.startswith(("Protesters", "Rioters"))):
        # "fired rubber bullets at protesters, wounding 20": the force is used on
        # protesters (ACLED's actor2 of this sub-type), whoever the toll counts
        a2 = actors_stage.demonstrators(False, place.country_code)
    fatalities, low, high = _fatalities(group)
    inter1, inter2 = _inter(a1, place), _inter(a2, place)
    civilian = (any(m.civilian_target for m in group) and not held) or (
        inter2 == codes.CIVILIANS)
    unresolved = placed is not None and placed.place_unresolved
    event = Event(
        event_id=_event_id(article.id, place.iso3 if place else None, first),
        article_id=article.id,
        event_date=dated.event_date.isoformat(), time_precision=dated.time_precision,
        disorder_type=first.disorder_type, event_type=first.event_type,
        sub_event_type=_state_bombing(_territory_by_taker(first.sub_event_type, inter1, inter2),
                                      inter1, group),
        actor1=a1.name if a1 else "", assoc_actor_1="; ".join(_assoc(group, a1)),
        actor2=a2.name if a2 else "",
        inter1=inter1, inter2=inter2, interaction=codes.interaction(inter1, inter2),
        civilian_targeting="Civilian targeting" if civilian and first.event_type in (
            VIOLENT_TYPES) else "",
        country=place.country if place else None, iso3=place.iso3 if place else None,
        admin1=_ascii(place.admin1 if place else None),
        admin2=_ascii(place.admin2 if place else None),
        location=_ascii(placed.place_text if unresolved else place.name if place else None),
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=_geo_precision(group, placed),
        geonames_id=place.geonames_id if place and not unresolved else None,
        fatalities=fatalities, fatalities_low=low, fatalities_high=high,
        injuries=max((m.injured for m in group if m.injured is not None), default=None),
        sources=_sources(group, article),
        evidence=[_evidence(article.id, m) for m in group],
        ucdp_type_of_violence=codes.ucdp_type(first.event_type, inter1, inter2),
        plover_event=first.plover_event,
        # a place the text does not give is no evidence of an event
        confidence=_confidence(group, place is not None and not (
            placed is not None and placed.place_guessed), a1 is not None, dated),
        explain=_merged_explain(group),
    )
    when = parse_expression(dated.date_text, dated.event_date) if dated.date_text else None
    event.notes = _note(event, year_only=when is not None and when.year_only and (
        dated.time_precision == 3))
    return event


def _the_side_hit(m: Mention, first: Mention) -> bool:
    """"An attack on a military convoy ... killed eight soldiers": the convoy, a movement
    mention (Change to group/activity) whose doer is the side the incident's own mention
    hit, is the target (ACLED's actor2), never the attacker. (Only a movement: a fight the
    victims waged, "killed by an IED while fighting against Islamic State", names a foe.)"""
    return m is not first and m.sub_event_type == taxonomy.CHANGE_TO_GROUP and (
        first.actor2 is not None and _name(m.actor1) == _name(first.actor2))


def _target(group: list[Mention], a1: Actor | None) -> tuple[Actor | None, bool]:
    """actor2 of an incident, and whether it is the side whose post was struck: that
    side beats a bare head count ("killed 45 people"), never civilians named as such."""
    sides = [m for m in group if m.actor2 and _name(m.actor2) != _name(a1)]
    a2 = next((m.actor2 for m in sides if not m.post_target), None)
    post = next((m.actor2 for m in sides if m.post_target), None)
    if post is not None and (a2 is None or _anyone_counted(a2)):
        return post, True
    return a2, False


def _anyone_counted(actor: Actor) -> bool:
    """Civilians read from a bare head count: "at least 45 people"."""
    words = (actor.text or "").lower().split()
    return actor.inter == codes.CIVILIANS and bool(words) and words[-1] in (
        "people", "person", "persons")


def _placed(group: list[Mention]) -> Mention | None:
    """The mention whose place the record takes: the finest place of the group that
    agrees with every town or province its sentences name themselves (a river or a
    country has no bound to check). A place a sentence only
    inherits from the scene before must lie in (or by) those: "8 wounded in al-Foaa in
    Idleb countryside" joined with a sentence continuing the Aleppo scene stays in Idlib."""
    own = [m for m in group if m.place is not None and not m.place_inherited]
    towns = [m for m in own if m.place.level in ("city", "admin2", "admin1")]
    usable = own + [m for m in group if m.place is not None and m.place_inherited
                    and all(_places_compatible(m, o) for o in towns)]
    given = [m for m in usable if not m.place_guessed]  # the text's own places first
    return min(given or usable, key=lambda m: (coarseness(m.place), m.geo_precision),
               default=None)


def _inter(actor: Actor | None, place: Place | None) -> int | None:
    """An actor's inter code in the event's country (8 for state forces abroad);
    None when there is no such actor."""
    if actor is None:
        return None
    info = actors_stage.lookup(actor.name)
    home = info.country if info is not None else None
    return codes.inter_in(actor.inter, home, place.country_code if place else None)


def _geo_precision(group: list[Mention], placed: Mention | None) -> int | None:
    """If any report of the chosen place says only "near" or "around" it, so do we."""
    if placed is None:
        return None
    return max(m.geo_precision for m in group if m.place is not None
               and m.place.geonames_id == placed.place.geonames_id)


def _assoc(group: list[Mention], a1: Actor | None) -> list[str]:
    """Names of the actors associated with actor1, in order of first mention."""
    out: list[str] = []
    for m in group:
        for a in m.assoc_actor_1:
            if a.name not in out and (a1 is None or a.name != a1.name):
                out.append(a.name)
    return out


def _sources(group: list[Mention], article: Article) -> list[str]:
    """The sources the mentions name, then the outlet that published them."""
    out: list[str] = []
    for m in group:
        if m.source and m.source not in out:
            out.append(m.source)
    if article.outlet and article.outlet not in out:
        out.append(article.outlet)
    return out


def _fatalities(group: list[Mention]) -> tuple[int, int | None, int | None]:
    """(best, low, high) from every figure the mentions of the record's own kind give:
    a toll a mention of another kind gives ("nine other civilians were killed in rebel
    shelling" joined to an air strike) counts only when those of its kind give none. An
    "attack" is any kind's word ("the attack on the town killed at least 58")."""
    kind = group[0].sub_event_type
    own = [m for m in group if m.killed is not None and (
        m.sub_event_type in (kind, taxonomy.ATTACK) or kind == taxonomy.ATTACK)]
    figures: list[tuple[int, bool]] = []
    for m in own or group:
        if m.killed is not None:
            figures.append((m.killed, m.killed_at_least))
        if m.killed_high is not None:  # a range: its top is a figure, never a floor
            figures.append((m.killed_high, False))
    return fatality_spread(figures)


def _confidence(group: list[Mention], placed: bool, named: bool, dated: Mention) -> float:
    """How sure the event is: see settings.CONFIDENCE_WEIGHTS."""
    w = settings.CONFIDENCE_WEIGHTS
    score = max(m.score for m in group)
    value = (w["score"] * score + w["place"] * placed + w["actor1"] * named
             + w["date"] * bool(dated.date_text) + w["several_mentions"] * (len(group) > 1)
             + w["base"])
    return round(min(settings.CONFIDENCE_CAP, value), 2)


def _merged_explain(group: list[Mention]) -> dict[str, str]:
    """Per field, the first mention's deciding words that say anything."""
    explain: dict[str, str] = {}
    for m in group:
        for k, v in m.explain.items():
            if v and k not in explain:
                explain[k] = v
    return explain


# ---------------------------------------------------------------- entry points

def _publication_day(article: Article) -> date:
    """The day the report was published: the dateline at the top of the page when it
    has one (the page's own date: a collection's row may be off by days or years, and
    "on Thursday" counts back from the day the page was written), else the given
    date, else today. A text that opens by quoting a dated report ("AP reported on
    09/08/2007 that ...") counts its days from that report."""
    head = head_date(article.text, article.title)
    if head is not None and head <= date.today():
        return head
    latest = article.published or date.today()
    cited = cited_report_date(article.text)
    if cited is not None and cited <= latest:
        return cited
    return latest


def process(doc: Doc, article: Article) -> ArticleResult:
    """Events of an article whose text has already been parsed into ``doc``."""
    published = _publication_day(article)
    blanked = _blanked_sentences(doc, article)
    doc.user_data[PREFILTERED] = blanked > 0
    freeze(doc)  # no component sets entities after the parse
    # "a Bradley armored vehicle", "Mobile phone footage": products, not places
    toponyms = [t for t in places_stage.resolve(doc) if not places_stage.names_a_thing(t, doc)]
    toponyms = places_stage.drop_strays(toponyms, doc_text(doc))
    mentions, skipped = mentions_of(doc, article, published, toponyms)
    war_words = incidents.war_sentences(doc)
    war = incidents.war_report(war_words)
    # A brief (a wire lede of a few sentences) is about its event: the enough-to-code
    # check is for the commentary of long articles.
    brief = (len(war_words) <= settings.BRIEF_SENTENCES
             and len(war_words) + blanked <= settings.BRIEF_SENTENCES)
    non_event, non_count = incidents.non_event_report(doc) if brief else (None, 0)
    kind, lede_end = _genre(article)
    groups = []
    merged = incidents.merge_incidents(merge_mentions(mentions), _places_compatible)
    for g in merged:
        incidents.repair_roles(g)
        if summed := incidents.sum_of_parts(g, merged):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): a sum of incidents "
                           f"told apart ({summed})")
        elif not genre_stage.keeps(kind, g, lede_end):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): background in a "
                           f"{kind} (no date of its own, not in the lede)")
        elif not incidents.political_enough(g, war_words, war, brief):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): no political or armed "
                           f"actor in a report that is not about war or unrest")
        elif not brief and all(incidents.running_process(m) for m in g):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): a campaign with no "
                           f"toll, date or place of its own")
        elif brief and incidents.outweighed(g, non_event, non_count):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): a {non_event} "
                           f"report ({non_count} cue words)")
        elif _troops_marching(g):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): a march by "
                           f"{g[0].actor1.name} (armed forces do not protest)")
        elif any(_codable(m) for m in g) or (brief and incidents.brief_incident(g)):
            groups.append(g)
        else:
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): no actor, casualty or "
                           f"place of its own ({g[0].sentence[:60]}...)")
    chemical = _chemical_perpetrator(merged, doc)
    for g in groups:
        _complete_actors(g, doc, toponyms, war, incidents.group_killing(g, brief))
    kept, text = [], page_text(article)
    for g in groups:
        event = build_event(article, g)
        # the check learnt from long reports' commentary; a brief is about its event
        if brief or incident_model.keeps(event, text):
            if chemical is not None and event.sub_event_type == taxonomy.CHEMICAL_WEAPON \
                    and not event.actor1:  # after the check: it is no evidence of an incident
                g[0].actor1 = chemical
                event = build_event(article, g)
            elif _unnamed_side(g, toponyms, groups):
                event = build_event(article, g)
            kept.append((event, g))
        else:
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): the incident check "
                           f"reads no incident ({g[0].sentence[:60]}...)")
    events = _one_telling(article, kept, skipped)
    events.sort(key=lambda e: (e.evidence[0].start, e.event_date))
    return ArticleResult(article, events, mentions, skipped, toponyms, doc)


def _one_telling(article: Article, kept: list[tuple[Event, list[Mention]]],
                 skipped: list[str]) -> list[Event]:
    """ACLED codes one event per type, location and day. A record dated only to a week or
    a month, of the same sub-event type and location as a record of the article dated to
    the day within that week or month, whose sides and toll do not contradict it, is a
    second telling of that incident ("a suicide bomber blew himself up in the Tebyan
    centre", dated by "last week"; "on Thursday ... the attack on the Tebyan centre"):
    its mentions join the dated record. A telling whose sentence says it is another
    incident ("in another town", "a second bomb") stays apart."""
    hosts: dict[int, list[Mention]] = {}
    vague: set[int] = set()
    for i, (e, g) in enumerate(kept):
        if any(incidents.distinct(m) for m in g):
            continue  # "jets also struck a market in another town": told as another
        host = next((j for j, (h, _) in enumerate(kept)
                     if j != i and j not in vague and _vaguer_telling(e, h)), None)
        if host is not None:
            vague.add(i)
            hosts.setdefault(host, list(kept[host][1])).extend(g)
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): a second telling, "
                           f"less precisely dated, of {kept[host][0].event_id}")
    return [build_event(article, hosts[i]) if i in hosts else e
            for i, (e, _) in enumerate(kept) if i not in vague]


def _vaguer_telling(e: Event, host: Event) -> bool:
    """Whether ``e`` retells ``host`` less precisely (see :func:`_one_telling`)."""
    if host.time_precision != 1 or e.time_precision not in (2, 3) or (
            e.sub_event_type != host.sub_event_type or e.location is None
            or _spot(e) != _spot(host)):
        return False
    if e.actor1 and host.actor1 and e.actor1 != host.actor1:
        return False
    if e.fatalities and host.fatalities and e.fatalities != host.fatalities:
        return False
    day, other = date.fromisoformat(host.event_date), date.fromisoformat(e.event_date)
    if e.time_precision == 3:
        return (day.year, day.month) == (other.year, other.month)
    # a week's date counts in days; one on a month's first day stands for a part of the
    # month ("the first week of August", "late July"), which days cannot place
    return other.day != 1 and abs((day - other).days) <= settings.WEEK_DAYS


def _spot(e: Event) -> tuple:
    """A record's location: its name, province, country and point."""
    return e.location, e.admin1, e.country, e.latitude, e.longitude


def _genre(article: Article) -> tuple[str | None, int]:
    """The article's genre (a report, a column, a letter) and where its lede ends."""
    text = page_text(article)
    spans = prefilter_stage.sentences(text)
    lede = [s for s in spans if not text[s[0]:s[1]].isspace()][:settings.OPINION_LEDE_SENTENCES]
    return genre_stage.genre(text), (lede[-1][1] if lede else 0)


def _blanked_sentences(doc: Doc, article: Article) -> int:
    """How many sentences of the article the prefilter blanked before the parse: a long
    article parsed down to its two cue sentences is no brief (a wire lede) for that."""
    text = page_text(article)
    parsed = doc_text(doc)
    if len(text) != len(parsed) or text == parsed:
        return 0
    return sum(1 for s, e in prefilter_stage.sentences(text)
               if not text[s:e].isspace() and parsed[s:e].isspace())


def _group_country(group: list[Mention], toponyms: list[Toponym]) -> str | None:
    """The country of the incident: its place's, else the one the article names most."""
    cc = next((m.place.country_code for m in group if m.place is not None), None)
    if cc is None:
        counts = Counter(t.place.country_code for t in toponyms
                         if t.place is not None and t.place.country_code)
        cc = counts.most_common(1)[0][0] if counts else None
    return cc


def _complete_actors(g: list[Mention], doc: Doc, toponyms: list[Toponym], war: bool,
                     political: bool = False) -> None:
    """The actors of one incident by ACLED's conventions, once its mentions are merged:
    demonstrators, the air force of a strike, the other side of a battle (from the post
    hit, the purpose, the sentences, the place's holder), the person held, the unnamed
    perpetrator; a rebel group is no air force and civilians are no side of a battle."""
    _crowd_against_force(g, toponyms)
    _name_demonstrators(g, toponyms)
    grounded = _no_air_force(g, doc)
    civilians = _no_civilian_side(g)
    _gassed(g, toponyms)
    if g[0].sub_event_type == taxonomy.AIR_STRIKE and not any(m.actor1 for m in g):
        # the aircraft its own sentence believes, else the one air force the report names
        sents = {s.start_char: s for s in doc.sents}
        g[0].actor1 = next((a for a in (incidents.believed_air_force(sents[m.sent_start])
                                        for m in g if m.sent_start in sents)
                            if a is not None), None) or next(
            (a for a in (actors_stage.weapon_owner(m.sentence) for m in g)
             if a is not None), incidents.air_force(doc, _group_country(g, toponyms)))
    if grounded is not None and not any(m.actor1 for m in g):
        g[0].actor1 = grounded  # no air force named: the reading is left as it was
        g[0].actor2 = None if _name(g[0].actor2) == grounded.name else g[0].actor2
    _state_as_target(g)
    _side_that_left(g, doc, toponyms)
    _target_in_clause(g, doc, toponyms)
    _opponent_in_sentences(g, doc, toponyms)
    _holder_described(g, doc, toponyms)
    if not any(m.actor2 for m in g):
        for m, actor in civilians:  # no armed opponent named: the reading stays
            if not _anyone_counted(actor):  # "dozens of people were killed in fighting"
                m.actor2 = actor  # counts the dead, it names no side
    _person_held(g, doc, toponyms)
    _name_perpetrator(g, toponyms, war or political)


def _chemical_perpetrator(groups: list[list[Mention]], doc: Doc) -> Actor | None:
    """The one side a report holds responsible for chemical attacks ("blamed the Syrian
    regime for the attack", "the regime has used chemical weapons again and again"):
    ACLED codes the reported perpetrator, so the report's chemical attacks with no
    perpetrator of their own take it. Two accused sides (a nerve agent in Salisbury
    beside Douma) give none. The user of a weapon only names the side here: a habit is
    no incident of its own."""
    named = {}
    for m in (m for g in groups for m in g if m.sub_event_type == taxonomy.CHEMICAL_WEAPON):
        actor = m.actor1
        if actor is None and (trig := _trigger_token(doc, m)) is not None and (
                user := weapon_user(trig)) is not None:
            actor = actors_stage.resolve_actor(
                user, None, m.place.country_code if m.place is not None else None)
        if actor is not None and actor.inter in codes.ARMED and not actor.name.startswith(
                "Unidentified"):
            named[actor.name] = actor
    return next(iter(named.values())) if len(named) == 1 else None


def _gassed(group: list[Mention], toponyms: list[Toponym]) -> None:
    """A chemical attack's victims are the civilians its sentences name ("the gassed
    children", "civilians choking"), Civilians (country where it happened), when no
    mention named a target; a gas attack counts no fighters by a word for civilians."""
    if group[0].sub_event_type != taxonomy.CHEMICAL_WEAPON or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    for m in group:
        found = actors_stage.victims(m.sentence, cc)
        if found is not None:
            group[0].actor2 = found
            return


def _no_air_force(group: list[Mention], doc: Doc) -> Actor | None:
    """An air strike is flown by a state or a coalition: a rebel group or militia read as
    its first actor is what the planes hit ("airstrikes thumped into Isis positions"),
    the second actor when the incident names none; the strike's own modifier ("US-led
    air strikes") names who flew it, else the air force is found as for any strike left
    unattributed. A drone may be a group's own weapon, so a drone strike keeps it.
    Returns the group taken off, to give back when no air force is found."""
    if group[0].sub_event_type != taxonomy.AIR_STRIKE:
        return None
    removed = None
    for m in group:
        if m.actor1 is not None and m.actor1.inter in _FIGHTING and (
                "drone" not in m.sentence.lower()):
            removed, m.actor1 = m.actor1, None
            trig = _trigger_token(doc, m)
            modifier = incidents.modifier_agent(trig) if trig is not None else None
            if modifier is not None:
                m.actor1 = actors_stage.resolve_actor(modifier) or actors_stage.state_of(
                    modifier)
    if removed is not None and not any(m.actor2 for m in group):
        group[0].actor2 = removed
    return removed


def _no_civilian_side(group: list[Mention]) -> list[tuple[Mention, Actor]]:
    """A battle is fought between two organised armed sides (ACLED): civilians counted
    among the dead of a clash are not its second side, which is left for the opponent the
    sentences name. Returns what was taken off, to give back when none is named."""
    taken = []
    if group[0].event_type != taxonomy.BATTLES:
        return taken
    for m in group:
        if m.actor2 is not None and m.actor2.inter == codes.CIVILIANS:
            taken.append((m, m.actor2))
            m.actor2 = None
    return taken


def _state_as_target(group: list[Mention]) -> None:
    """A suicide bombing is a non-state group's weapon (ACLED codes no state force as
    its first actor): a state force a mention reads as the first actor is the target
    ("a double suicide bomb attack at an army checkpoint"), the second actor when none
    is named; the perpetrator is then the group the report names, else unidentified."""
    if group[0].sub_event_type != taxonomy.SUICIDE_BOMB:
        return
    for m in group:
        if m.actor1 is not None and _state_force(m.actor1.name):
            if m.actor2 is None:
                m.actor2 = m.actor1
            m.actor1 = None


def _state_force(name: str) -> bool:
    """A state's military or police by the actor table's own inter code (1), not by its
    name; coalitions and contractors, inter 8 in the table, are not."""
    info = actors_stage.lookup(name)
    return info is not None and info.inter == codes.STATE


def _trigger_token(doc: Doc, m: Mention) -> Token | None:
    """The token of a mention's trigger in the article's parse."""
    return next((t for t in doc if t.idx == m.trigger_start), None)


def _target_in_clause(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """The side a strike or an offensive was aimed at, when no mention named it: the
    owner of the post it hit ("Israel bombed an Iranian Revolutionary Guard drone base")
    or the side it set out to drive away ("launched an offensive ... to oust the YPG")."""
    if group[0].event_type not in _TARGETED or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    for m in group:
        trig = _trigger_token(doc, m)
        span = _aimed_at(trig) if trig is not None else None
        actor = actors_stage.resolve_actor(span, None, cc) if span is not None else None
        if actor is not None and (m.actor1 is None or actor.name != m.actor1.name):
            m.actor2 = actor
            return


_TARGETED = {taxonomy.BATTLES, taxonomy.EXPLOSIONS}


def _opponent_in_sentences(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """ACLED codes a battle between two sides: when a battle's mentions name only the
    first, the other is the one named armed group its sentences name besides it ("the
    operation in Afrin was aimed at clearing out the Kurdish militias ruling the
    enclave"). A group inside the first side's own phrase describes that side ("the SDF,
    a confederation dominated by the YPG"); generic names ("Syrian rebel factions") and
    two candidates leave the side empty."""
    first = next((m.actor1 for m in group if m.actor1 is not None), None)
    if group[0].event_type != taxonomy.BATTLES or first is None or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    sides = [(m.sent_start, m.actor1.text) for m in group if m.actor1 is not None]
    allies = {a.name for m in group for a in m.assoc_actor_1 or ()}
    found: set[str] = set()
    starts = {m.sent_start for m in group}
    verbs = {v.i for t in doc if t.idx in {m.trigger_start for m in group}
             for v in (t, t.head) if v.i == t.i or v.pos_ in ("VERB", "AUX")}
    for sent in (s for s in doc.sents if s.start_char in starts):
        own = _side_ranges(sent, [text for start, text in sides if start == sent.start_char])
        for chunk in sent.noun_chunks:
            actor = actors_stage.resolve_actor(chunk, None, cc)
            if actor is not None and actor.name != first.name and actor.name not in allies \
                    and _named_armed_group(actor.name) and not _inside_side(
                        chunk.root, own, first.name) and not _acts_elsewhere(chunk.root, verbs):
                found.add(actor.name)
    if len(found) == 1:
        group[0].actor2 = actors_stage.make_actor(found.pop())


def _holder_described(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """A battle's other side named by how its sentences describe the place: "invading the
    Kurdish stronghold of Afrin", "cleared mines in the former Isis stronghold of Raqqa":
    the side that holds the stronghold or enclave (ACLED's actor2 of a fight or of a change
    of hands there), when no mention named one and it is not the first side or its ally."""
    if group[0].event_type != taxonomy.BATTLES or any(m.actor2 for m in group):
        return
    first = next((m.actor1 for m in group if m.actor1 is not None), None)
    allies = {a.name for m in group for a in m.assoc_actor_1 or ()}
    cc = _group_country(group, toponyms)
    nouns = data.words("type_rules.yaml", "holding_nouns")
    names = {m.place_text for m in group if m.place_text and m.place is not None
             and m.place.level not in ("country", "admin1")}
    ctx = None
    found: set[str] = set()
    for sent in (s for s in doc.sents if s.start_char in {m.sent_start for m in group}
                 or any(n in s.text for n in names)):  # "Raqqa, the group's former capital"
        for tok in (t for t in sent if t.lower_ in nouns):
            start = min((c.left_edge.i for c in tok.children if c.i < tok.i), default=tok.i)
            if start == tok.i:
                continue
            ctx = ctx or actors_stage.ActorContext.from_doc(doc, toponyms=toponyms)
            # the whole phrase ("the Kurdish enclave"), else its possessor ("the group's")
            actor = actors_stage.resolve_actor(doc[start:tok.i + 1], ctx, cc) or next(
                (a for c in tok.children if c.dep_ == "poss"
                 for a in [actors_stage.resolve_actor(np_span(c, keep_preps=False), ctx, cc)]
                 if a is not None), None)
            if actor is not None and actor.inter in codes.ARMED and (
                    first is None or actor.name != first.name) and actor.name not in allies:
                found.add(actor.name)
    if len(found) == 1:
        group[0].actor2 = actors_stage.make_actor(found.pop())


def _person_held(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """An arrest or abduction of a person the text names or describes with no armed side
    ("he was arrested by British police", "police arrested a British former soldier",
    "kidnapped Bafrin"): ACLED's "Civilians (Country)", the country where it happened."""
    if group[0].sub_event_type not in (taxonomy.ARRESTS, taxonomy.ABDUCTION) or any(
            m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    for m in group:
        trig = _trigger_token(doc, m)
        held = next((c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}), None) \
            or passive_conjunct(trig) if trig is not None else None
        if held is not None and _a_civilian(held, cc):
            group[0].actor2 = actors_stage.victims("civilian", cc)
            return
        crowd = _crowd_held(held) if held is not None else None
        if crowd is not None:
            # "police arrested dozens of protesters": ACLED names them Protesters (Country)
            group[0].actor2 = actors_stage.demonstrators(
                any(t.lower_.startswith("rioter") for t in crowd), cc)
            return


def _crowd_held(held: Token) -> Span | None:
    """The demonstrators an arrest holds ("dozens of protesters", "20 rioters"), else
    None: the phrase itself or the body its count is of."""
    doc = held.doc
    own = doc[held.left_edge.i:held.i + 1]
    body = actors_stage.counted_body(doc[held.left_edge.i:held.right_edge.i + 1]) or own
    return body if actors_stage.names_crowd(body) else None


def _a_civilian(held: Token, cc: str | None) -> bool:
    """A person held who is no fighter: a pronoun, a name, a civilian noun, or someone
    who no longer serves ("a British former soldier")."""
    return held.lower_ in SINGLE_PRONOUNS or held.ent_type_ == "PERSON" or (
        actors_stage.victims(held.text, cc) is not None) or any(
        c.lower_ in _FORMER for c in held.children)


_FORMER = {"former", "ex", "retired"}


_FIGHTING = (codes.REBELS, codes.POLITICAL_MILITIA, codes.IDENTITY_MILITIA)


def _named_armed_group(name: str) -> bool:
    """A group of the actor table that fights (rebels, militias), not a generic name."""
    info = actors_stage.lookup(name)
    return info is not None and info.inter in _FIGHTING and not name.endswith(")")


def _acts_elsewhere(tok: Token, verbs: set[int]) -> bool:
    """A group that is the subject of another clause's deed ("Kurdish militias swept
    through Raqqa province, while Turkish-backed rebels reclaimed towns") is the side of
    that deed, not this battle's other side; the subject of a report ("US-backed fighters
    said they had pushed further") may be. A noun the parser made the root of the sentence
    is read as such a subject (the small model often parses "X swept through" so)."""
    head = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "ROOT"} and head.i not in verbs and (
        head.lemma_ not in reporting_verbs())


def _side_ranges(sent: Span, texts: list[str]) -> list[range]:
    """Character ranges of the first side's phrases in a sentence."""
    out = []
    for text in (t for t in texts if len(t) > 3):  # not "it": found inside any word
        at = sent.text.find(text)
        if at >= 0:
            out.append(range(sent.start_char + at, sent.start_char + at + len(text)))
    return out


def _inside_side(tok: Token, ranges: list[range], name: str) -> bool:
    """Whether a word is in, or hangs within four steps on, the first side's phrase or
    name ("Turkish troops and their FSA allies", "the SDF, a confederation dominated by
    the YPG"): it describes that side, it is not the other."""
    doc = tok.doc
    start = next(t.i for t in tok.subtree)
    before = {t.lower_ for t in doc[max(start - 10, tok.sent.start):start]}
    return bool(before & data.words("type_rules.yaml", "member_words")) or any(
        t.ent_id_ == name or any(t.idx in r for r in ranges)
        for t in [tok, *list(tok.ancestors)[:4]])


def _aimed_at(trig: Token) -> Span | None:
    """The words naming whom a trigger was aimed at: the modifiers of the post it hit, or
    the object of its purpose clause."""
    posts = data.words("type_rules.yaml", "target_posts")
    objs = [c for c in trig.children if c.dep_ == "dobj"] + [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
        for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        mods = [c for c in obj.children if c.i < obj.i and c.dep_ in {"compound", "amod", "poss"}]
        if obj.lemma_.lower() in posts and mods:
            start = min(t.i for c in mods for t in c.subtree)
            # the owner, not the kind of post: "Revolutionary Guard" of "a ... drone base"
            return next((trig.doc[start:end] for end in range(obj.i, start, -1)
                         if actors_stage.resolve_actor(trig.doc[start:end]) is not None), None)
    # "launched an offensive ... to oust the YPG": the clause hangs on the light verb
    verbs = [trig, trig.head] if trig.dep_ == "dobj" else [trig]
    for c in (c for v in verbs for c in _purpose_clauses(v)):
        if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in data.words(
                "type_rules.yaml", "oust_verbs"):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return np_span(obj)
    return None


def _purpose_clauses(verb: Token) -> list[Token]:
    """A verb's dependants, with the clause of its "in order to"."""
    return [*verb.children, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                              for o in c.children if o.lower_ == "order" for g in o.children)]


def _side_that_left(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """ACLED codes a transfer of territory between the side that took the place and the
    side that gave it up: in "rebels entered the town after Kurdish forces pulled out"
    the forces that pulled out are the second actor."""
    if group[0].sub_event_type != taxonomy.NON_VIOLENT_TRANSFER or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    leaving = data.words("type_rules.yaml", "withdraw_words")
    for m in group:
        trig = _trigger_token(doc, m)
        if trig is None:
            continue
        for t in trig.subtree:
            if t.i == trig.i or not ({t.lower_, t.lemma_.lower()} & leaving):
                continue
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
                or next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
            actor = actors_stage.resolve_actor(np_span(subj), None, cc) if subj is not None \
                else None
            if actor is not None and (m.actor1 is None or actor.name != m.actor1.name):
                m.actor2 = actor
                return


def _name_perpetrator(group: list[Mention], toponyms: list[Toponym], war: bool) -> None:
    """An explosion, or an attack in a report of war (or a political killing,
    incidents.political_killing), whose perpetrator no mention names: ACLED's
    "Unidentified Armed Group (Country)", the country where it happened."""
    first = group[0]
    if first.sub_event_type not in incidents.UNNAMED_PERPETRATOR or any(
            m.actor1 for m in group):
        return
    if not war and first.sub_event_type not in incidents.ALWAYS_POLITICAL:
        return  # a stabbing in a city report: no armed group to name
    first.actor1 = actors_stage.unidentified_group(_group_country(group, toponyms))


def _unnamed_side(group: list[Mention], toponyms: list[Toponym],
                  groups: list[list[Mention]]) -> bool:
    """A battle whose one armed side the report counts and whose other it does not name
    ("A British soldier has been shot dead while on patrol", "One riot police officer was
    shot dead outside ... Grozny"), or shelling by no one named ("A civilian was killed
    by a mortar in ... Damascus"): ACLED codes the unnamed side "Unidentified Armed Group
    (Country)", the country where it happened. Given after the incident check, as the
    demonstrators are: a generic actor is no evidence that an incident happened."""
    first = group[0]
    if first.sub_event_type not in (taxonomy.ARMED_CLASH, taxonomy.SHELLING) or any(
            m.actor1 and not _the_side_hit(m, first) for m in group):
        return False
    side = next((m.actor2 for m in group if m.actor2 is not None), None)
    if first.sub_event_type == taxonomy.ARMED_CLASH and not _counted_alone(side, group) \
            and not (side is None and _ambushed(group)):
        return False
    if side is not None and _fights_named(side, groups):
        return False  # the report names whom this side fights elsewhere: not unidentified
    place = next((m.place for m in group if m.place is not None), None)
    cc = place.country_code if place is not None else None
    if place is not None and place.level == "country" and cc in places_stage.forces_abroad():
        return False  # "a US-Kurdish operation" placed in the US: the forces' home, not where
    if side is not None and cc is not None and _state_abroad(side) == cc:
        return False  # forces that serve abroad fight abroad: a place at home is an origin
    if cc is None and side is not None:  # no place: only the named side's own land
        fallback = _group_country(group, toponyms)
        cc = fallback if fallback == actors_stage.country_iso(side.country) else None
    first.actor1 = actors_stage.unidentified_group(cc) if cc else None
    return first.actor1 is not None


def _ambushed(group: list[Mention]) -> bool:
    """A battle told as an ambush with neither side named ("A Polish officer was shot in an
    ambush north of Karbala"): an ambush is an attack from hiding, so it has a
    perpetrator the report does not name, which ACLED codes "Unidentified Armed Group
    (Country)"; plain fighting with no side named has none to code."""
    words = data.words("type_rules.yaml", "hidden_attack_words")
    return any(set(m.trigger.lower().split()) & words for m in group)


def _fights_named(side: Actor, groups: list[list[Mention]]) -> bool:
    """Another incident of the report pairs this side with a named foe ("Turkey fired on
    Qamishli" beside the YPG's dead in Afrin): its unnamed foe is likely that one."""
    for g in groups:
        sides = [a for m in g for a in (m.actor1, m.actor2) if a is not None]
        if any(a.name == side.name for a in sides) and any(
                a.name != side.name and a.inter in codes.ARMED
                and not a.name.startswith("Unidentified") for a in sides):
            return True
    return False


def _counted_alone(side: Actor | None, group: list[Mention]) -> bool:
    """An armed side named as the one hit, not as the one fought ("killed while fighting
    against the Islamic State", "killed fighting Isis", "in clashes with ..." name the
    other side's foe)."""
    if side is None or side.inter not in codes.ARMED or side.name.startswith("Unidentified"):
        return False
    foe = re.compile(r"\b(?:against|with|fighting|fought|battling|battled)\s+"
                     + re.escape(side.text), re.I)
    return not any(foe.search(m.sentence) for m in group)


def _troops_marching(group: list[Mention]) -> bool:
    """ "Watch the Americans march away": a march whose agent is a state's military is
    troops on the move; ACLED's protesters are never armed forces. Only "march": the
    force named beside other protest words is the one that met the protest."""
    first = group[0]
    return (first.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS)
            and first.trigger.lower().startswith("march")
            and first.actor1 is not None
            and first.actor1.name.startswith("Military Forces of"))


def _crowd_against_force(group: list[Mention], toponyms: list[Toponym]) -> None:
    """A riot whose sentence also told a clash of a force with the crowd ("riot police
    clashed with thousands of demonstrators"), folded into the riot
    (incidents._crowd_in_clash): ACLED codes the rioters as the first actor and the force
    they fought as the second, never the force as a rioter."""
    first = group[0]
    if first.event_type != taxonomy.RIOTS:
        return
    force = next((a for m in group[1:] if m.sub_event_type == taxonomy.ARMED_CLASH
                  and m.sent_start == first.sent_start for a in (m.actor1, m.actor2)
                  if a is not None and a.inter not in incidents.CROWD_INTER | {7}), None)
    if force is None:
        return
    if first.actor1 is None or first.actor1.inter not in incidents.CROWD_INTER:
        first.actor1 = actors_stage.demonstrators(True, _group_country(group, toponyms))
    if first.actor2 is None or first.actor2.inter in incidents.CROWD_INTER | {7}:
        first.actor2 = force


def _name_demonstrators(group: list[Mention], toponyms: list[Toponym]) -> None:
    """ACLED codes every demonstration with its demonstrators: "Protesters (Country)",
    "Rioters (Country)" when the report names no one (the country of the place, else
    the one the article names most). Given after the enough-to-code check: a generic
    actor is no evidence that an incident happened."""
    first = group[0]
    if first.event_type not in (taxonomy.PROTESTS, taxonomy.RIOTS) or any(
            m.actor1 for m in group):
        return
    cc = _group_country(group, toponyms)
    first.actor1 = actors_stage.demonstrators(first.event_type == taxonomy.RIOTS, cc)


def extract_articles(articles: Iterable[Article],
                     batch_size: int = settings.PARSE_BATCH_ARTICLES
                     ) -> Iterator[tuple[Article, list[Event]]]:
    """Stream (article, events) pairs; spaCy parses in batches bounded by words
    (parse_batches: speed without the memory peak of many long articles at once)."""
    for result in process_articles(articles, batch_size):
        yield result.article, result.events


def process_articles(articles: Iterable[Article],
                     batch_size: int = settings.PARSE_BATCH_ARTICLES,
                     prefilter: bool = True) -> Iterator[ArticleResult]:
    """Parse and process articles; with `prefilter`, sentences far from any conflict cue
    are blanked before the parse (offsets unchanged; see extraction/prefilter.py)."""
    nlp = get_nlp()
    pairs = ((text_to_parse(a, prefilter), a) for a in articles)
    for batch in parse_batches(pairs, batch_size):
        words = [(text, a) for text, a in batch if _has_words(text)]
        docs = iter(nlp.pipe(words, as_tuples=True, batch_size=max(len(words), 1)))
        for text, article in batch:
            if _has_words(text):
                yield process(*next(docs))
            else:  # nothing left to parse: general news with no conflict cue
                yield ArticleResult(article, [], doc=_unparsed(nlp, text))


def _has_words(text: str) -> bool:
    """Whether the prefilter left anything to parse (a blanked text is all spaces)."""
    return bool(text) and not text.isspace()


def _unparsed(nlp: Language, text: str) -> Doc:
    """The doc of a text with no word (every sentence blanked by the prefilter), made
    without the pipeline: no component finds anything in blanks, and each costs a pass
    per doc (58 of GeoWebNews's 200 articles). One sentence, so that it reads as a
    parsed doc does."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0
    return doc


def parse_batches(pairs: Iterable[tuple[str, T]],
                  max_items: int = settings.PARSE_BATCH_ARTICLES,
                  max_words: int = settings.PARSE_BATCH_WORDS
                  ) -> Iterator[list[tuple[str, T]]]:
    """(text, item) pairs grouped for one nlp.pipe batch each: up to `max_words` words
    to parse (a prefiltered article's blanks are no words) and `max_items` pairs. spaCy
    pays a set-up per batch and component, so mostly blank general news goes many
    articles a batch; a long text still goes alone (settings.PARSE_BATCH_WORDS)."""
    batch: list[tuple[str, T]] = []
    words = 0
    for text, item in pairs:
        n = len(text.split())
        if batch and (words + n > max_words or len(batch) >= max_items):
            yield batch
            batch, words = [], 0
        batch.append((text, item))
        words += n
    if batch:
        yield batch


def text_to_parse(article: Article, prefilter: bool = True) -> str:
    """The article's text with page furniture blanked and, with `prefilter`, the
    sentences far from any conflict cue too (same length: offsets unchanged)."""
    text = page_text(article)
    return prefilter_stage.mask(text) if prefilter else text


def page_text(article: Article) -> str:
    """The article's text with page furniture blanked (same length)."""
    return _page_text(article.text, article.title)


@lru_cache(maxsize=64)
def _page_text(text: str, title: str | None) -> str:
    # Cached: the text to parse and the count of blanked sentences (process) both
    # start from it, a batch apart.
    return blank_furniture(text, title)


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
