"""Is a trigger a new incident?  Circumstance, situation, purpose and anaphora frames.

A news sentence names one incident and mentions others around it: "the recapture
of Rawa *after a dawn offensive*", "the jihadists *faced attack*", "IS *is under
attack*", "the coalition *fighting* it said", "an *operation* to retake the town",
"the victims of *the attack*".  Counting each of these as an event of the day
multiplies events.  This module marks them, from the dependency parse only:

- `frame`: why the trigger is not (or only weakly) an incident of its own;
- `anaphoric`: a definite or demonstrative event noun with no new participants
  that refers back to an incident of the previous sentences;
- `weigh`: drops the score of framed drafts, and marks them `generic` (left out of
  `find_mentions`) when the situation is not an incident or when the sentence
  has a main incident the circumstance belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from frontlines import settings
from frontlines.domain import taxonomy
from frontlines.extraction.casualties import person_nouns
from frontlines.extraction.docs import sentence_ents
from frontlines.extraction.events.flags import calendar_dated, clause_verb
from frontlines.extraction.events.lexicon import Lexicon, load_lexicon
from frontlines.extraction.events.resolvers import resolve_type, told_as_another
from frontlines.extraction.events.resolvers import words as type_words
from frontlines.extraction.events.triggers import actor_class, match_triggers, weapon_type
from frontlines.extraction.places.recognize import PLACE_LABELS
from frontlines.extraction.time import MONTHS, WEEKDAYS
from frontlines.extraction.words import reporting_verbs

if TYPE_CHECKING:
    from frontlines.extraction.events.draft import MentionDraft

# prepositions that put an event noun in the background of the clause's main event
CIRCUMSTANCE_PREPS = {"after", "following", "amid", "amidst", "during", "before", "despite",
                      "since", "until", "ahead"}
# "because of", "in the wake of", "in the face of", "in the aftermath of", "as a result of",
# "in protest of" (the cause of a protest is not the protest)
CIRCUMSTANCE_OF = {"because", "wake", "face", "aftermath", "result", "despite", "spite",
                   "protest", "retaliation", "reprisal"}
# "in response to": the head of "to" is "response"
CIRCUMSTANCE_TO = {"response", "reaction", "owing", "due", "thanks"}
# verbs whose object event noun describes what someone undergoes, not a new incident
UNDERGO_VERBS = {"face", "fear", "endure", "withstand", "suffer", "brace", "expect", "risk"}
# nominal triggers that name a campaign, which an infinitive turns into a plan
CAMPAIGN_NOUNS = {"operation", "operations", "campaign", "campaigns", "push", "drive",
                  "mission", "missions"}
# nouns an event word merely qualifies: "battle lines", "battle zones", "attack
# helicopters", "protest leaders" name a thing or people, not an incident
MODIFIED_HEADS = {"line", "zone", "plan", "tank", "helicopter", "dog", "season", "gear",
                  "fatigue", "formation", "readiness", "cry", "scar", "experience",
                  "training", "veteran", "leader", "organiser", "organizer", "movement",
                  "banner", "slogan", "simulation", "drill", "exercise", "game", "film",
                  "movie", "novel", "video"}
# entities that give a list of kinds of violence a place, a time or a toll of its own
# "heavy clashes are still ongoing in the town": the fighting is told as happening on the
# day of the report, an incident (not a comment on it as "the fight looks good" is)
UNDER_WAY = {"ongoing", "underway"}
KINDS_BLOCKERS = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY"}
# words of a time expression that dates something (not a duration)
_POINT_WORDS = {"yesterday", "today", "tonight", "last", "this", "ago", "earlier", "monday",
                "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "week", "weekend", "month"}
# "the fight against Isis": with "against" and no place or date of its own, the war
# effort as a whole, not an incident
STRUGGLE_NOUNS = {"fight", "battle", "struggle", "war", "campaign", "insurgency"}
# verbs that describe their subject rather than tell what happened
LINKING_VERBS = {"be", "look", "seem", "appear", "remain", "become", "prove", "sound"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
# verbs of a feeling or a resolve whose cause is named: "he was angered by terrorist
# attacks in the UK", "recent attacks had inspired him to volunteer" tell a motive
# verbs whose object event noun is what someone watched, told or protested against: the
# scene or the cause of the clause's own event ("shot while covering the clashes",
# "protesting against the military operation"), not an incident the sentence reports
WATCH_VERBS = {"cover", "film", "photograph", "report", "watch", "witness", "monitor",
               "document", "record"}
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march"}
# a duration that quantifies an event noun ("weeks of bloody fighting")
DURATION_NOUNS = {"days", "weeks", "months", "years", "decades"}
MOTIVE_VERBS = {"anger", "inspire", "outrage", "shock", "horrify", "motivate", "enrage",
                "sadden", "appal", "appall", "upset", "radicalise", "radicalize", "move"}


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} or tok.tag_.startswith("NN")


def _names_someone(noun: Token) -> bool:
    """A person or an armed body ("a British woman", "the army", "Kurdish fighters"), not a
    place or a thing ("the island shelling from the ground" is a misparse)."""
    if noun.ent_type_ in {"PERSON", "NORP", "ORG"} or noun.lower_ in person_nouns():
        return True
    return actor_class(noun.doc[noun.left_edge.i:noun.i + 1]) is not None


def _period_told(trig: Token) -> bool:
    """A deed told in a relative clause of the period another deed fell in: in "forces
    captured thousands of suspected Taliban members during and since the bombing campaign
    which ousted the Taliban" the ousting says which campaign, the captures are the news.
    Only "during" and "since" (a span of time) before a noun of a campaign or a war, and
    the clause's own relative subject."""
    verb = clause_verb(trig)
    if verb.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in verb.children):
        return False
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "during and since the campaign": the first preposition
    return noun.dep_ == "pobj" and prep.lower_ in {"during", "since"} and (
        noun.lower_ in CAMPAIGN_NOUNS | type_words("war_period_nouns"))
    # ("since the bombing on Monday that killed 20 people": an incident, not a period)


def _characterises(trig: Token) -> bool:
    """A present perfect relative clause on a person or armed body says who they are:
    "the PKK, a designated terrorist group that has fought a decades-long insurgency",
    "the SDF, which has fought alongside the US". With a date or a figure in the
    clause it is news ("which has killed 12 people since Monday")."""
    verb = clause_verb(trig)
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if not _names_someone(verb.head) or not any(
            c.dep_ == "nsubj" and c.lower_ in {"that", "which", "who"} for c in verb.children):
        return False  # (the person is the one who did it, not "whose death has inspired")
    return not any(t.like_num or (t.ent_type_ in {"DATE", "TIME"} and t.lower_ in _POINT_WORDS)
                   for t in verb.subtree)  # a duration ("a decades-long insurgency") is fine


def _kinds_list(trig: Token) -> bool:
    """"Civilians recounting experiences of bombing, massacres and chemical attacks",
    "curfews were followed by sieges, gunfire and warplanes": bare nouns in a list of
    three or more kinds of violence, in a sentence with no place, date or number of
    its own, name what a war is like, not an incident (the codebook codes events
    with a time and a location)."""
    items = [trig, *trig.conjuncts]
    if len(items) < 3 or not all(_is_noun(t) for t in items):
        return False
    if any(c.dep_ in {"det", "nummod", "poss"} for t in items for c in t.children):
        return False
    return not any(e.label_ in KINDS_BLOCKERS for e in sentence_ents(trig.sent))


def _motive(trig: Token) -> bool:
    """"He was angered by terrorist attacks in the UK and Europe", "recent terrorist
    attacks in the UK had inspired him": a bare plural event noun (no article, number
    or date) as the cause of someone's feeling or resolve is a kind of event that moved
    them, not an incident the report tells (a dated or counted one still is)."""
    if trig.tag_ != "NNS" or any(c.dep_ in {"det", "nummod", "poss"} for c in trig.children):
        return False
    if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in trig.subtree):
        return False
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ in {"by", "at", "over"}:
        head = head.head
    elif trig.dep_ != "nsubj":
        return False
    return head.lemma_.lower() in MOTIVE_VERBS


def _watched_or_protested(trig: Token) -> bool:
    """"Shot while covering the clashes", "protesting against the military operation in
    Gaza": the event noun is what someone watched or protested against."""
    head = trig.head
    if trig.dep_ == "dobj":
        return head.lemma_.lower() in WATCH_VERBS and head.dep_ == "advcl"
    if trig.dep_ == "pobj" and head.lower_ in {"against", "over"}:
        verb = head.head
        return verb.pos_ in {"VERB", "NOUN"} and verb.lemma_.lower() in PROTEST_VERBS
    return False


def _history(trig: Token) -> bool:
    """"The holy city, whose centre was devastated by weeks of bloody fighting": a
    duration of violence told in a relative clause describes the place's past, not the
    incident the sentence reports."""
    if clause_verb(trig).dep_ != "relcl":
        return False
    return any(a.lower_ in DURATION_NOUNS and any(c.lower_ == "of" for c in a.children)
               for a in trig.ancestors)


def frame(trig: Token, start: int, end: int, kind: str, sub: str) -> str:
    """Why the trigger is not an incident of its own ("" when it is one).

    "situation": ongoing state ("IS is under attack"); "description": a participial
    description of the subject of a report ("the coalition fighting it said");
    "purpose": a campaign noun with an infinitive of purpose ("an operation to
    retake"); "circumstance": an event noun in a temporal/causal PP or object of
    an undergo verb ("after a dawn offensive", "faced attack").
    """
    if trig.dep_ == "acl" and trig.tag_ in {"VBG", "VBN"} and _is_noun(trig.head):
        noun = trig.head
        subj_of_report = noun.dep_ in {"nsubj", "nsubjpass", "npadvmod"} and \
            noun.head.lemma_.lower() in reporting_verbs()
        report_attached = any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in reporting_verbs()
                              for c in noun.children)
        if subj_of_report or report_attached:
            return "description"
        if trig.tag_ == "VBG" and _names_someone(noun):
            return "description"  # "the army of Iraqi Kurdistan fighting Isis", "a woman
            # fighting alongside Kurdish forces ... has been killed": who someone is
    if _characterises(trig):
        return "description"
    if trig.dep_ == "amod" and trig.tag_ == "VBG" and _is_noun(trig.head) and (
            _names_someone(trig.head)):
        return "epithet"  # "a group of 97 invading rebels": who they are (weigh)
    if _period_told(trig):
        return "history"  # beside the clause's own deed, no incident (weigh)
    if not _is_noun(trig):
        return ""
    info = taxonomy.sub_event(sub)
    if _history(trig) and info is not None and info.disorder_type == taxonomy.POLITICAL_VIOLENCE:
        return "history"  # (months of protests a death "has inspired" are the news)
    if _watched_or_protested(trig):
        return "scene"
    if _kinds_list(trig):
        return "kinds"
    if _motive(trig):
        return "motive"
    if trig.lemma_.lower() in STRUGGLE_NOUNS and trig.dep_ in {"pobj", "dobj", "conj", "appos"} \
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in trig.children) and \
            not any(t.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} for t in trig.subtree):
        return "campaign"  # "partnered ... in the battle against Isis", "abandon the fight"
    if trig.dep_ in {"compound", "nmod", "amod"} and _is_noun(trig.head) and \
            trig.head.lemma_.lower() in MODIFIED_HEADS:
        return "modifier"  # "the battle lines", "sent into battle zones"
    if trig.dep_ in {"nsubj", "nsubjpass"} and trig.head.lemma_.lower() in LINKING_VERBS and any(
            c.dep_ in {"acomp", "attr", "oprd"} and c.lower_ not in UNDER_WAY
            for c in trig.head.children):
        return "comment"  # "the battle lines are far more complicated", "the fight looks good"
    if trig.dep_ in {"compound", "nmod", "amod"} and _is_noun(trig.head):
        trig = trig.head  # "chemical weapons" in "in response to a chemical weapons attack"
    while trig.dep_ == "conj" and _is_noun(trig.head) and trig.head.i != trig.i:
        trig = trig.head  # "following intensive air and artillery bombardment"
    if trig.lower_ in CAMPAIGN_NOUNS and any(
            c.dep_ in {"acl", "relcl", "xcomp"} and any(a.tag_ == "TO" for a in c.children)
            for c in trig.children):
        return "purpose"
    head = trig.head
    if trig.dep_ == "pobj" and (head.lower_ == "under" or (
            head.lower_ in ("on", "in") and trig.lemma_.lower() == "retreat")):
        verb = head.head
        if verb.lemma_.lower() == "be" and verb.tag_ in {"VBZ", "VBP"}:
            # "is under attack", "forces are in retreat" (but "came under attack" is an
            # incident)
            return "situation"
    if trig.dep_ == "pobj" and head.lower_ in CIRCUMSTANCE_PREPS:
        return "circumstance"
    edge = trig.left_edge.i
    if edge > 0 and trig.doc[edge - 1].lower_ in CIRCUMSTANCE_PREPS and \
            trig.doc[edge - 1].dep_ in {"prep", "mark"}:
        return "circumstance"  # parse broken: "after a dawn offensive came" (nsubj)
    if trig.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in CIRCUMSTANCE_OF:
        return "circumstance"
    if trig.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in CIRCUMSTANCE_TO:
        return "circumstance"
    if trig.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in UNDERGO_VERBS:
        return "circumstance"
    return ""


def _earlier_trigger(sent: Span, lex: Lexicon) -> bool:
    """Whether one of the previous sentences holds a violent trigger word."""
    doc = sent.doc
    prev: list[Span] = []
    cur = sent.start
    while cur > 0 and len(prev) < settings.ANAPHORA_SENTS:
        s = doc[cur - 1].sent
        prev.append(s)
        cur = s.start
    for s in prev:
        for hit in match_triggers(s, lex):
            if hit.entry.type != "@none" and hit.entry.score >= settings.ANTECEDENT_MIN_SCORE:
                return True
    return False


def anaphoric(trig: Token, start: int, end: int, agent: Span | None, patient: Span | None,
              sent: Span, lex: Lexicon) -> bool:
    """ "that offensive", "the victims of the attack": an event noun that refers back.

    A demonstrative always refers back; "the"/"its" only when the noun brings no
    participant, place or weapon of its own (no agent, patient, name or PP)."""
    if not _is_noun(trig) or trig.tag_ in {"NNP", "NNPS"}:
        return False
    dets = [c for c in trig.children if c.dep_ in {"det", "poss"}]
    if not dets:
        return False
    word = dets[0].lower_
    if word in DEMONSTRATIVES:
        pass
    elif word in {"the", "its", "their"}:
        if agent is not None or patient is not None:
            return False
        for c in trig.children:
            if start <= c.i < end:
                continue
            if c.dep_ in {"prep", "compound", "nmod", "nummod", "appos", "acl", "relcl"}:
                return False
            if c.dep_ == "amod" and c.lower_ not in {"same", "latest", "deadly", "recent"}:
                return False
    else:
        return False
    return _earlier_trigger(sent, lex)


EARLIER_PREPS = {"after", "following", "since"}


def dated_earlier(noun: Token) -> bool:
    """"Arrested after a shootout on July 25 in Kirkuk", "a month after the car bombing
    of 22 February 2001 in Madrid": an event noun that "after", "following" or "since"
    governs and whose own phrase names a month (a day or a month of its own) is an
    earlier incident the report dates, not the circumstance of the clause's act; ACLED
    codes each dated, placed incident (an undated "after an air strike" stays the
    circumstance)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in EARLIER_PREPS and any(
        t.ent_type_ == "DATE" and t.lower_ in MONTHS for t in noun.subtree)


def weigh(drafts: list[MentionDraft]) -> list[MentionDraft]:
    """Lower the score of framed drafts and mark the non-incidents `generic`.

    A circumstance only gives way when the sentence has a main incident (the
    recapture that came "after a dawn offensive"); alone it stays an event."""
    main = [d for d in drafts if not d.explain.get("frame")]
    for d in drafts:
        why = d.explain.get("frame")
        if not why:
            continue
        d.score -= settings.FRAME_PENALTY.get(why, 0.0)
        if why in {"scene", "history", "epithet"}:
            # beside the clause's own event, what was watched, protested against or
            # lived through before, or the deed that names who someone is ("captured him
            # as chaplain of 97 invading rebels"), is no incident; alone ("reporters
            # filmed clashes in Gaza") it is the one the sentence tells
            d.generic = bool(main)
        elif why == "circumstance" and (dated_earlier(d.trigger) or calendar_dated(d.trigger)):
            # a dated earlier incident of its own, beside the clause's act or alone
            # ("security was tightened after the October 2 attack on a church")
            d.generic = False
        elif why == "circumstance" and main:
            # "people fled because of Boko Haram attacks": the clause's own event leads,
            # except for protests ("detained during protests" is a protest event)
            if d.disorder_type != taxonomy.DEMONSTRATIONS:
                d.score -= settings.CIRCUMSTANCE_PENALTY
            # "detained during protests" keeps both: not one incident; "captured five
            # militiamen during operations", "detained in raids": the arrest is what the
            # operation did (ACLED codes the arrest, not a clash nobody reports)
            d.generic = any(m.disorder_type == d.disorder_type or (
                m.sub_event_type == taxonomy.ARRESTS and d.agent is None) for m in main)
        elif why == "circumstance":
            # alone in its sentence, the circumstance is the sentence's incident ("150 were
            # treated following a poison gas attack by rebels") when its phrase names who
            # did it ("during operations against terrorists" stays a campaign)
            d.generic = d.agent is None
        else:
            d.generic = True
    scenes = [d.trigger for d in drafts if d.generic and d.explain.get("frame") == "scene"]
    for d in drafts:  # "filming a clash between protesters and gunmen": the protesters too
        if any(s.i != d.trigger.i and s.is_ancestor(d.trigger) for s in scenes):
            d.generic = True
    told_before(drafts)
    told_apart(drafts)
    return drafts



# What tells a deed as one done before the clause's own ("after", "following", "once";
# "in the wake of"; "outraged by Tuesday's killings"), and the span words that measure
# the time between them ("24 hours after", "the day after", "days after").
BEFORE_WORDS = {"after", "following", "once"}
BEFORE_OF = {"wake", "aftermath"}
BEFORE_MOVED = {"outraged", "angered", "enraged", "incensed", "infuriated", "provoked"}
TIME_SPANS = {"minute", "hour", "day", "week", "month", "moment", "long", "shortly", "soon"}
CASUALTY_VERBS = {"kill", "wound", "injure", "die", "hurt", "slay"}
DAY_WORDS = {*WEEKDAYS, "yesterday", "overnight", "weekend"}
EARLIER_WORDS = {"before", "earlier", "previously"}


def _before_phrase(trig: Token) -> Token | None:
    """The word that puts the trigger in a phrase of what came before the clause's deed
    (within three steps up the parse), or None."""
    tok = trig
    for _ in range(4):
        if tok.lower_ in BEFORE_WORDS and tok.dep_ in {"prep", "mark"}:
            return tok
        mark = next((c for c in tok.children if c.dep_ == "mark"), None)
        if tok.pos_ in {"VERB", "AUX"} and mark is not None:
            return tok if mark.lower_ in BEFORE_WORDS else None  # "after jets bombed a camp"
        if tok.lower_ in BEFORE_OF and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            return tok
        if tok.lower_ in BEFORE_MOVED and tok.tag_ == "VBN" and tok.i != trig.i:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _set_apart(phrase: Token, main: MentionDraft) -> bool:
    """The phrase tells a deed of its own beside a clause whose deed has a doer (not "24
    people were killed after soldiers opened fire": the deaths are the shooting's): it
    dates it by a day of its own or measures the time since ("just hours after"). A doer
    of its own is not enough: "police arrested three men after gunmen opened fire",
    "rebels entered Afrin after Kurdish forces pulled out" are one raid, one transfer."""
    anchor = phrase.head.head if phrase.lower_ in BEFORE_OF else phrase.head
    if main.agent is None or anchor.i not in {main.trigger.i, clause_verb(main.trigger).i} or (
            main.trigger.lemma_.lower() in CASUALTY_VERBS) or not (
            _names_someone(main.agent.root) or main.agent.root.lower_ in
            load_lexicon().cue_words("civilians")):
        return False  # (the deed the phrase is told before: its own clause's, by a doer;
        # not "tensions shot up around Sarajevo after peacekeepers fired smoke grenades")
    if any(t.ent_type_ == "DATE" and (t.lower_ in DAY_WORDS or t.lower_ in MONTHS)
           and t.dep_ not in {"compound", "nmod"} for t in phrase.subtree):
        return True  # (not "after the Friday prayers")
    heads = [phrase, *(c for c in phrase.children if c.dep_ == "mark")]
    return any(c.lemma_.lower() in TIME_SPANS for h in heads for c in h.children
               if c.dep_ in {"npadvmod", "advmod"}) or (  # (not "after hours of airstrikes")
        _day_before(phrase))


def _day_before(phrase: Token) -> bool:
    """"continued their offensive on Saturday after liberating the Zakiyah Crossroad the
    day before": the phrase dates its own deed a span before the clause's (a day of its
    own, as "24 hours after" measures one)."""
    return any(t.ent_type_ == "DATE" and t.lemma_.lower() in TIME_SPANS
               and t.dep_ == "npadvmod" and any(
                   c.lower_ in EARLIER_WORDS for c in t.children if c.dep_ == "advmod")
               for t in phrase.subtree)


def _own_day(noun: Token) -> bool:
    """An event noun whose own phrase names its day ("their failed assault on Monday",
    "Tuesday's killings")."""
    return noun.pos_ == "NOUN" and any(
        t.ent_type_ == "DATE" and t.lower_.removesuffix("'s") in DAY_WORDS
        for c in noun.children if c.dep_ in {"poss", "prep", "npadvmod", "compound"}
        for t in c.subtree)


def told_before(drafts: list[MentionDraft]) -> None:
    """Mark ``explain["before"]`` a deed told as what came before another deed of its
    sentence and set apart from it by a day of its own or the time between ("Outraged by
    Tuesday's killings, residents captured a rebel and clubbed him to death", "just 24
    hours after the U.S. Air Force struck ..., another coalition drone attacked"): ACLED
    codes a reprisal and its cause, an attack and the one before it, as two events, each
    on its own day. An undated circumstance ("recaptured the town after a dawn
    offensive", "killed after an air strike hit a market") stays the clause's incident."""
    for d in drafts:
        phrase = _before_phrase(d.trigger)
        if phrase is None:
            continue
        inside = {t.i for t in phrase.subtree}
        main = [o for o in drafts if o is not d and not o.generic
                and o.trigger.i not in inside]
        if any(_set_apart(phrase, o) for o in main):
            d.explain["before"] = phrase.text
            d.generic = d.generic and not calendar_dated(d.trigger) and not dated_earlier(
                d.trigger) and not _own_day(d.trigger)


def _apart_span(tok: Token) -> tuple[int, int] | None:
    """The token range of the clause a trigger is part of (its first verb above and what
    that verb governs), or None when that clause is the whole sentence. A root verb's
    clause is the part after a semicolon that sets an earlier clause of its own under it
    ("...; a car bomb in the city killed 13 more people")."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or _tells_no_deed(verb):
        return None
    hi = max(t.i for t in verb.subtree)
    if verb.dep_ != "ROOT":
        return min(t.i for t in verb.subtree), hi
    semis = [c.i for c in verb.children if c.text == ";" and c.i < verb.i]
    before = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis", "conj"}
              and semis and c.i < semis[-1]]
    return (semis[-1] + 1, hi) if before else None


def _tells_no_deed(verb: Token) -> bool:
    """A clause of blame, report or being ("..., another attack authorities blamed on
    ETA", the noun in apposition parsed into the subject; "an attack that was the second
    this month"): the incident it names is the one told before, set in a series, not a
    second one."""
    lemma = verb.lemma_.lower()
    return lemma == "be" or lemma in load_lexicon().cue_words("attribution") or (
        lemma in reporting_verbs())


def _more_victims(trig: Token) -> bool:
    """A killing with a doer of its own whose victims are counted as more than those told
    before ("a car bomb in the city killed 13 more people"): another incident's toll."""
    verb = trig if trig.pos_ == "VERB" else trig.head if trig.dep_ == "nsubj" else None
    if verb is None or verb.pos_ != "VERB" or not any(
            c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) and any(
        g.dep_ in {"amod", "advmod"} and g.lower_ == "more" for g in c.children)
        for c in verb.children)


def told_apart(drafts: list[MentionDraft]) -> None:
    """Mark ``explain["separate"]`` the drafts of a clause that tells its incident as
    another one than the sentence's first ("A roadside bomb killed three soldiers in
    Kandahar, while in another attack gunmen killed two police officers"; "Officers shot
    dead one person when a mob attacked a police station, where separate anti-Chinese
    riots left six dead this week"): the codebook codes each attack as its own event, and
    the report says this one is not the other, or counts its dead as "13 more". The
    clause is the one the marked trigger is part of (_apart_span), after a draft outside
    it; its drafts stay one incident among themselves (one_incident.told_before)."""
    live = [d for d in drafts if not d.generic]
    for d in live:
        if not (told_as_another(d.trigger) or _more_victims(d.trigger)) or (
                d.explain.get("separate")) or _only_aimed_at(d):
            continue
        span = _apart_span(d.trigger)
        if span is None:
            continue
        lo, hi = span
        if _ordinal_only(d.trigger) and not _own_place_or_day(d.trigger.doc[lo:hi + 1]):
            continue  # "a second explosion minutes later": the same incident
        first = [o for o in live if o.trigger.i < lo]
        if not first:
            continue
        for o in drafts:
            o.apart = (lo, hi)
            if lo <= o.trigger.i <= hi:
                o.explain["separate"] = f"told apart ({d.trigger.text})"
                if o.agent is not None and not lo <= o.agent.root.i <= hi:
                    o.agent, o.agent_pattern = None, ""  # (the first incident's doer)
                _own_weapon(o, d.trigger.doc[lo:hi + 1])
        _clause_doer([o for o in drafts if lo <= o.trigger.i <= hi])


def _clause_doer(own: list[MentionDraft]) -> None:
    """A draft of a clause told apart that has no doer takes the one another draft of
    that clause names ("in another attack gunmen killed two police officers": the
    attack's doer is the gunmen), so that no doer of the first incident, nor its victims,
    is read as this one's."""
    doer = next((o for o in own if o.agent is not None), None)
    for o in own:
        if o.agent is None and doer is not None:
            o.agent, o.agent_pattern = doer.agent, doer.agent_pattern


def _ordinal_only(tok: Token) -> bool:
    """An event noun told as one more only by its rank ("a second explosion"), not by
    "another" or "separate"."""
    marks = {c.lower_ for c in [*tok.children, *tok.head.children] if c.dep_ in {"amod", "det"}}
    return bool(marks & type_words("ordinal_apart_marks")) and not marks & type_words(
        "apart_marks")


def _own_place_or_day(clause: Span) -> bool:
    """Whether a clause names a place or a day of its own (ACLED: an event of one place
    and day by one actor pair is one; "minutes later" is the same day)."""
    soon = load_lexicon().cue_words("recent_units")
    return any(e.label_ in PLACE_LABELS or (e.label_ == "DATE" and not any(
        t.lower_ in soon for t in e)) for e in clause.ents)


def _only_aimed_at(d: MentionDraft) -> bool:
    """Another attack only planned or prepared ("while militants were mobilizing for
    another attack", "preparing another attack"): a purpose, no second incident."""
    trig = d.trigger
    return d.hypothetical or d.negated or (
        trig.dep_ == "pobj" and trig.head.lower_ == "for") or (
        trig.dep_ == "dobj" and trig.head.lemma_.lower() in load_lexicon().cue_words(
            "hypothetical_heads"))


def _own_weapon(d: MentionDraft, clause: Span) -> None:
    """An explosion told apart is typed by the weapon of its own clause ("a suicide
    bomber who struck ...; a car bomb in the city killed 13 more people": a car bomb,
    not the first clause's suicide bomber); a clause that names no weapon is typed by
    its own words ("A roadside bomb killed three soldiers, while in another attack
    gunmen killed two police officers": no bomb in the other attack)."""
    if d.event_type != taxonomy.EXPLOSIONS:
        return
    own = weapon_type(list(clause))
    kind = d.explain.get("kind", "")
    if own is None and kind.startswith("@"):
        sub, why = resolve_type(kind, d.agent, d.patient, list(clause), trigger=d.trigger)
        info = taxonomy.sub_event(sub) if sub is not None else None
        if info is not None and sub != d.sub_event_type:
            d.retype(info)
            d.explain["type"] = why or "its own clause"
        return
    info = taxonomy.sub_event(own[0]) if own is not None else None
    if info is not None and info.event_type == taxonomy.EXPLOSIONS and (
            own[0] != d.sub_event_type):
        d.sub_event_type, d.explain["type"] = own[0], own[1]
