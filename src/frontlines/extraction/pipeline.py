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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines import settings
from frontlines.domain import codes, taxonomy
from frontlines.domain.model import Actor, Article, Event, Mention, Place, Toponym
from frontlines.domain.places import below_country, coarseness, holds
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import genre as genre_stage
from frontlines.extraction import incident_model, incidents, one_incident
from frontlines.extraction import places as places_stage
from frontlines.extraction import prefilter as prefilter_stage
from frontlines.extraction.assemble import (
    build_event,
    codable,
    merge_mentions,
    places_compatible,
)
from frontlines.extraction.casualties import count_casualties
from frontlines.extraction.completion import (
    arresting_force,
    chemical_perpetrator,
    complete_actors,
    troops_marching,
    unnamed_side,
)
from frontlines.extraction.context import (
    VIOLENT_TYPES,
    ArticleScan,
    SentenceInfo,
)
from frontlines.extraction.docs import doc_text, freeze
from frontlines.extraction.events import PREFILTERED, MentionDraft, find_mentions
from frontlines.extraction.events.flags import calendar_dated, clause_tokens, clause_verb
from frontlines.extraction.events.lexicon import load_lexicon
from frontlines.extraction.events.resolvers import (
    clause_apart,
    clause_scenes,
)
from frontlines.extraction.furniture import (
    blank_furniture,
    cited_report_date,
    head_date,
    opening_dateline,
)
from frontlines.extraction.listed import other_days, other_places, separate_ones, share_toll
from frontlines.extraction.nlp import get_nlp
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.readers import article_id_for, parse_date
from frontlines.extraction.scene import (
    at_home,
    capital_ids,
    compass_province,
    country_of_brief,
    measured_point,
    near_city,
    near_town_before,
    not_the_person,
    provincial_capital,
    scene_of,
)
from frontlines.extraction.sides import (
    NO_DEAD_OF_ITS_OWN,
    armed_among,
    bare_toll_victims,
    counted_people,
    counted_side,
    explain_mention,
    intervening_force,
    losing_side,
    mention_actors,
    mention_casualties,
    named_civilians,
    named_person,
    victim_by_name,
)
from frontlines.extraction.sources import source_of
from frontlines.extraction.time import (
    When,
    goes_on,
    names_a_year,
    resolve_when,
    story_date,
)
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


def _dateline_town(article: Article) -> Place | None:
    """The town the report's opening dateline names (blanked as furniture before the
    parse, so read from the article's own text)."""
    found = opening_dateline(article.text or "")
    return places_stage.dateline_place(*found) if found is not None else None


def mentions_of(doc: Doc, article: Article, published: date,
                toponyms: list[Toponym]) -> tuple[list[Mention], list[str]]:
    """Every codable event mention in the document, and the ones set aside (with why)."""
    scan = ArticleScan(actors_stage.ActorContext.from_doc(doc, toponyms=toponyms), toponyms,
                       published, dateline=_dateline_town(article))
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
            listed = [m, *other_places(m, s)]
            listed += other_days(listed, s, when, published)
            listed += separate_ones(listed, draft.trigger)
            share_toll(listed)
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
    the country of the text (``country_of_brief``)."""
    if len(sents) > settings.BRIEF_SENTENCES:
        return
    for m in mentions:
        if m.place is not None:
            continue
        sent = next((x for x in sents if x.start_char <= m.sent_start < x.end_char), None)
        where = country_of_brief(sent, scan, _home_evidence(m, scan)) if sent else None
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




_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7}
# "the day before" closing its clause ("after seizing the airport the day before"), not
# "the day before the vote", which names a day of its own.
_DAYS_APART = re.compile(r"\b(a|one|two|three|four|five|six|seven|\d) days? (later|earlier)\b"
                         r"|\bthe (next|following|previous) day\b"
                         r"|\bthe day (before|earlier)(?=\s*(?:$|[,.;:)]))", re.I)


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
    if found.group(4):
        days = -1
    elif found.group(3):
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
           and m.place.geonames_id not in capital_ids()]
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
        place, precision, unresolved = near_town_before(top, s.span, toponyms), 2, True
    if top is None or place is None or not below_country(place):
        return
    for m in before:
        if m.event_type != draft.event_type:
            continue
        if m.place is not None and not m.place_inherited and (
                coarseness(m.place) <= coarseness(place) or not holds(m.place, place)):
            continue
        m.place, m.place_text, m.geo_precision = place, top.text, precision
        m.place_inherited, m.place_unresolved = False, unresolved


def _not_news(k: int, sent: Span, timeline: set[int]) -> str:
    """Why a whole sentence is not the report's news ("" when it may be): a timeline
    box of past events, another story's headline (not the page's first line), or a
    headline fragment that stops at its verb."""
    if k in timeline:
        return "in a timeline of past events"
    if k > 0 and incidents.headline_like(sent):
        return "a headline-like line (no finite verb, no full stop)"
    if incidents.cut_headline(sent):
        return "a headline fragment cut off at its verb"
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
            and (m.geo_precision == 1 or _next_to_town(m))
            and (m.place_unresolved or below_country(m.place)))


def _next_to_town(m: Mention) -> bool:
    """"a Jordanian soldier shot seven schoolgirls in 1997 near the northern Israeli town
    of Beit Shean": a town the deed is told near or outside (within 25 km, ACLED's own
    place at precision 2), not a compass point or distance from it ("north and west of
    Baghdad") nor a province. Only for a deed told with its doer: a death told with no
    one's deed ("Her husband ... was killed in a drone strike near Raqqa in mid-2015") is
    the person's history (tests/test_pipeline.py)."""
    if m.geo_precision != 2 or not m.place_text or m.place is None or m.place.level in (
            "admin1", "admin2", "country", "continent", "region") or m.actor1 is None:
        return False
    at = m.sentence.find(m.place_text)
    if at < 0:
        return False
    before = [w.strip(".,;:()'\"").lower() for w in m.sentence[:at].split()][-6:]
    marks = set(incidents.incident_words()["next_to_town"])
    near = [k for k, w in enumerate(before) if w in marks]
    if not near:
        return False
    between = before[near[-1] + 1:]
    # "near the town of", "on the outskirts of": "of" only as the phrase's last word
    return not any(w in ("from", "in", "at", "and", "") for w in between) and (
        "of" not in between[:-1])


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
    if draft.attributed and (incidents.claim_of_responsibility(draft.trigger.sent)
                             or incidents.claimed_deed(draft.trigger)) and (
            count_casualties(draft.trigger.sent).killed is None) and not (
            calendar_dated(draft.trigger)):
        # "IS claimed the attack": a statement; "IS claimed responsibility for the
        # suicide bombing that killed 16 people in Manbij" still reports the bombing, and
        # so does "claimed the July 18 bombing of a bus station" (a dated incident)
        return "a claim of responsibility as such"
    if (draft.event_type in incidents.VIOLENT
            or draft.sub_event_type == taxonomy.DISRUPTED_WEAPONS) and (
            total := incidents.counted_in_thousands(draft.trigger)
            or incidents.bare_toll(draft.trigger) or incidents.running_tally(draft.trigger)
            or incidents.multitude_tally(draft.trigger)):
        return f"a running total ({total})"
    return _first_reason(draft.trigger, _FRAMED) or _speech_or_charge(draft)


# Frames that make a trigger no incident, checked in order after the period and the
# claim: (check of extraction/incidents.py, reason; "{}" takes what the check found).
_FRAMED = (
    (incidents.under_appeal, "in an appeal ({})"),
    (incidents.weapons_test, "a weapons test, not political violence ({})"),
    (incidents.participants_list, "a list of who takes part, not an incident ({})"),
    (incidents.under_future, "in the future ({})"),
    (incidents.habitual, "a habit, not an incident ({})"),
    (incidents.generic_when, "a rule told in the present, not an incident ({})"),
    (incidents.in_a_past_war, "a war's history retold ({})"),
    (incidents.on_patrol, "a force's patrol or deployment ({})"),
    (incidents.among_victims, "a group the casualties belong to (among the ...)"),
    (incidents.in_question, "an open question ({})"),
    (incidents.ended_by, "the fighting a truce ends ({})"),
    (incidents.judged_incident, "commentary on an incident ({})"),
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
    where = measured_point(scene_of(draft, s, scan, past), s)
    where = provincial_capital(compass_province(where, s), s, draft.trigger)
    where = not_the_person(at_home(near_city(where, s), scan, s), draft)
    cc = where.place.country_code if where.place is not None else None
    actor1, assoc1, actor2, post_target = mention_actors(draft, s, scan, cc)
    one_sided = draft.event_type in ONE_SIDED or draft.agent_pattern == "cause"
    # the victims' country: the place's, else the one people the toll names, else the
    # report's (for the counted victims and a bare toll's alike)
    victims_cc = cc or counted_people(s) or scan.actors.dominant_country()
    if actor2 is None and one_sided and s.casualties.killed_text + s.casualties.injured_text:
        # "air strikes killed seven people": the people counted are the victims
        counted = s.casualties.killed_text or s.casualties.injured_text
        actor2 = actors_stage.victims(counted, victims_cc) if victims_cc else (
            actors_stage.victims_unplaced(counted))
    if actor2 is None and draft.event_type in VIOLENT_TYPES and (
            draft.sub_event_type != taxonomy.ABDUCTION):  # the taken, not the dead, are its target
        actor2 = counted_side(s, scan.actors, cc, actor1) or bare_toll_victims(draft, s, victims_cc)
    if actor2 is not None and actor2.inter == 7 and draft.event_type in VIOLENT_TYPES and (
            draft.sub_event_type not in NO_DEAD_OF_ITS_OWN) and not named_civilians(
                draft.patient):
        actor2 = armed_among(s, scan.actors, cc, actor1) or actor2
    if actor2 is None and draft.sub_event_type == taxonomy.PROTEST_WITH_INTERVENTION and (
            actor1 is None or actor1.inter not in codes.STATE_FORCES):
        # "security forces fired tear gas at demonstrators": the force that intervened
        actor2 = intervening_force(s, scan.actors, cc, draft.trigger)
    if actor1 is None and draft.sub_event_type == taxonomy.ARMED_CLASH and draft.apart is None:
        # "23 ISIS militants were killed, while the SDF lost four fighters": a battle
        # has two sides; the one that lost men besides the one counted is the other
        # (not in a sentence that tells two incidents: "a roadside bomb killed three
        # soldiers, while in another attack gunmen killed two police officers")
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
        victim=_victim(draft.patient), victim_named=victim_by_name(draft.patient),
    )
    m.explain = explain_mention(draft, s, where, when, scan.published, src_words, m)
    if draft.explain.get("before"):
        m.explain["before"] = draft.explain["before"]  # (a deed told as done before)
    if draft.explain.get("separate"):
        m.explain["separate"] = draft.explain["separate"]  # (another incident: told_apart)
    if (verb := clause_apart(draft.trigger)) is not None and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
            (m.place_text or "").lower() in clause_scenes(verb)):
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


# ---------------------------------------------------------------- entry points

def _given_publication_day(article: Article) -> date | None:
    """The day the report was published: the dateline at the top of the page when it
    has one (the page's own date: a collection's row may be off by days or years, and
    "on Thursday" counts back from the day the page was written), else the given
    date. A text that opens by quoting a dated report ("AP reported on 09/08/2007
    that ...") counts its days from that report. None for an undated report, whose
    year is unknown rather than this one (process counts its days from today)."""
    head = head_date(article.text, article.title)
    if head is not None and head <= date.today():
        return head
    latest = article.published or date.today()
    cited = cited_report_date(article.text)
    if cited is not None and cited <= latest:
        return cited
    return article.published


def _mark_year_unknown(mentions: list[Mention]) -> None:
    """In an undated report, a mention whose own date names no year ("on Tuesday", or
    none) happened in a year the report does not give (incidents._in_war_country)."""
    for m in mentions:
        m.year_unknown = not names_a_year(m.date_text)


def process(doc: Doc, article: Article) -> ArticleResult:
    """Events of an article whose text has already been parsed into ``doc``."""
    given = _given_publication_day(article)
    published = given or date.today()
    blanked = _blanked_sentences(doc, article)
    doc.user_data[PREFILTERED] = blanked > 0
    freeze(doc)  # no component sets entities after the parse
    # "a Bradley armored vehicle", "Mobile phone footage": products, not places
    toponyms = [t for t in places_stage.resolve(doc) if not places_stage.names_a_thing(t, doc)]
    toponyms = places_stage.drop_strays(toponyms, doc_text(doc))
    mentions, skipped = mentions_of(doc, article, published, toponyms)
    if given is None:
        _mark_year_unknown(mentions)
    war_words = incidents.war_sentences(doc)
    war = incidents.war_report(war_words)
    # A brief (a wire lede of a few sentences) is about its event: the enough-to-code
    # check is for the commentary of long articles.
    brief = (len(war_words) <= settings.BRIEF_SENTENCES
             and len(war_words) + blanked <= settings.BRIEF_SENTENCES)
    non_event, non_count = incidents.non_event_report(doc) if brief else (None, 0)
    kind, lede_end = _genre(article)
    groups = []
    merged = one_incident.merge_incidents(merge_mentions(mentions), places_compatible)
    for g in merged:
        incidents.repair_roles(g, doc)
        if summed := one_incident.sum_of_parts(g, merged):
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
        elif troops_marching(g):
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): a march by "
                           f"{g[0].actor1.name} (armed forces do not protest)")
        elif any(codable(m) for m in g) or (brief and incidents.brief_incident(g)):
            groups.append(g)
        else:
            skipped.append(f"{g[0].trigger!r} ({g[0].sub_event_type}): no actor, casualty or "
                           f"place of its own ({g[0].sentence[:60]}...)")
    chemical = chemical_perpetrator(merged, doc)
    for g in groups:
        complete_actors(g, doc, toponyms, war, incidents.group_killing(g, brief))
    kept, text = [], page_text(article)
    for g in groups:
        event = build_event(article, g)
        # the check learnt from long reports' commentary; a brief is about its event
        if brief or incident_model.keeps(event, text):
            if chemical is not None and event.sub_event_type == taxonomy.CHEMICAL_WEAPON \
                    and not event.actor1:  # after the check: it is no evidence of an incident
                g[0].actor1 = chemical
                event = build_event(article, g)
            elif unnamed_side(g, toponyms, groups) or arresting_force(g):
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
        if any(one_incident.distinct(m) for m in g):
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
