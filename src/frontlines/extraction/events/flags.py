"""Negation, hypothetical/future and past/background flags of a trigger.

A news story mixes the day's events with denials ("denied", "did not"), threats
and plans ("threatened to", "would", "plans to") and background ("had retaken it
last month", "in 2014").  These flags keep such mentions from becoming new events
of the publication day; the time stage dates the background ones.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlines import data
from frontlines.domain import taxonomy
from frontlines.extraction.events.lexicon import Lexicon, find_cues, load_lexicon
from frontlines.extraction.time import MONTHS, WEEKDAYS
from frontlines.extraction.words import reporting_verbs

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "pcomp", "csubj", "parataxis"}
IRREALIS_ADJ = {"possible", "potential", "planned", "imminent", "expected", "future", "likely",
                "proposed", "threatened", "looming", "feared", "anticipated", "impending"}
# nouns whose "of" phrase is not (yet) an event: "the prospect of military confrontation",
# "the threat of Isis attacks", "fears of a Turkish offensive", "deployed forces in
# anticipation of more demonstrations"
IRREALIS_NOUNS = {"prospect", "threat", "risk", "possibility", "danger", "fear", "spectre",
                  "specter", "likelihood", "chance", "warning", "anticipation", "expectation"}
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause carries the trigger (the trigger itself for verbs)."""
    tok = trigger
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def clause_tokens(verb: Token, trigger: Token) -> list[Token]:
    """Tokens of the verb's own clause: its subtree minus embedded clauses that do
    not contain the trigger."""
    drop: set[int] = set()
    for t in verb.subtree:
        if t.i == verb.i or t.dep_ not in CLAUSE_DEPS or t.i in drop:
            continue
        if t.pos_ not in {"VERB", "AUX"} and not t.tag_.startswith("VB"):
            continue
        sub = {x.i for x in t.subtree}
        if trigger.i not in sub:
            drop |= sub
    return [t for t in verb.subtree if t.i not in drop]


def _ancestors(tok: Token, limit: int = 5) -> list[Token]:
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


# words of a date that lies before the report ("last weekend's", "a week ago"), and of
# one still to come
PAST_DATE_WORDS = {"last", "yesterday", "ago", "earlier", "previous"}
# Words before "since" that make the span a yardstick of news, not its period.
MEASURED_NEWS = {"first", "latest"}
COMING_DATE_WORDS = {"next", "coming", "tomorrow", "upcoming"}


def calendar_dated(trigger: Token) -> bool:
    """"The July 18 bombing of the cultural centre", "the March 2014 attack on a bus", "the
    bombing of a police station on March 3": an event noun whose own premodifier or "on"
    phrase is a calendar date (a month with a day or a year) names one incident that
    happened on that day; ACLED codes each dated incident, even
    when the sentence tells it as the background of something else (a march "to mark the
    anniversary of the July 18 bombing"). Not a gathering: "the July 18 rally" may still
    be to come, and the month's day alone does not say which year."""
    if trigger.pos_ != "NOUN" or _gathering(trigger):
        return False
    own = [c for c in trigger.lefts if c.dep_ in {"nmod", "compound", "npadvmod", "nummod"}]
    own += [c for c in trigger.rights if c.dep_ == "prep" and c.lower_ == "on"]  # "on March 3"
    words = [t for c in own for t in c.subtree if t.ent_type_ == "DATE"]
    if any(t.lower_ in SPAN_WORDS for t in words):
        return False  # "their operation on October 19-20": a span, not one incident's day
    return any(t.lower_ in MONTHS for t in words) and any(t.like_num for t in words)


# the words of a date span ("October 19-20", "from 3 to 5 March")
SPAN_WORDS = {"-", "–", "to", "and", "through", "until", "till"}


def _gathering(trigger: Token) -> bool:
    """A demonstration word ("rally", "march", "vigil"), alone or in a phrase its
    modifiers begin ("general strike", "hunger strike"): a gathering announced ahead."""
    lex = load_lexicon()
    starts = [trigger, *(c for c in trigger.lefts)]
    return trigger.lower_ in lex.cue_words("protest") or any(
        e.type in taxonomy.PROTEST_TYPES and trigger.lower_ in e.words
        for t in starts for e in lex.by_first.get(t.lower_, []))


def dated_fact(trigger: Token) -> bool:
    """"Did not think last weekend's air strikes would temper the president's desire",
    "the air strikes of last week will not end the war": an event noun with a past date
    of its own (a possessive date, or a date phrase of the noun saying "last", "ago")
    happened; the doubt, denial or future of the clause around it is about what follows
    from it. A day's name as possessive counts too ("Saturday's attack"); a date still to
    come ("next week's") does not."""
    if trigger.pos_ != "NOUN" or any(c.dep_ == "amod" and c.lower_ in IRREALIS_ADJ
                                     for c in trigger.children):
        return False
    if calendar_dated(trigger):
        return True
    for c in trigger.children:
        date_words = {t.lower_ for t in c.subtree if t.ent_type_ == "DATE"}
        if not date_words or date_words & COMING_DATE_WORDS:
            continue
        if c.dep_ == "poss" or (c.dep_ in {"prep", "npadvmod"}
                                and date_words & PAST_DATE_WORDS):
            return True
    return False


def _negated_plan(trigger: Token) -> bool:
    """A deed a negated verb governs: "we are not going to protest", "they did not try to
    storm the town", "does not plan to attack": no event is told (the plan is denied)."""
    t = trigger
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
        if any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod")
               for c in t.children):
            return True
    return False


def negated(trigger: Token, sent: Span) -> bool:
    """Negated or denied: "did not attack", "no one was killed", "denied shelling"."""
    if dated_fact(trigger):
        return False
    lex = load_lexicon()
    denial = lex.cue_words("denial")
    verb = clause_verb(trigger)
    if verb.i != trigger.i and trigger.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        # "Its overnight bombing raid was not about avenging Douma": the copula denies
        # what the raid was, not that it happened
        verb = trigger
    for t in (trigger, verb):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.lower_ in {"no", "never"} and c.dep_ in {"det", "advmod", "neg"}
               for c in t.children):
            return True
    if _negated_plan(trigger):
        return True
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
                d.lower_ == "no" and d.dep_ == "det" for d in c.children):
            return True
        if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"nobody", "none", "no-one"}:
            return True
    chain = [verb, *_ancestors(verb, 3)] if verb.i != trigger.i else _ancestors(trigger, 4)
    if verb.dep_ == "relcl":
        # "Kotey and Elsheikh, who were captured by Kurds in January, deny ...": a
        # relative clause describes its noun; the denial around it is of something else
        chain = [verb]
    chain = _before_contrast(chain)
    if any(t.lemma_.lower() in denial or t.lower_ in denial for t in chain):
        return True
    return _phrasal_denial(chain if verb.i != trigger.i else [trigger, *chain])


def _before_contrast(chain: list[Token]) -> list[Token]:
    """The chain of heads up to a clause joined by "but" or "yet": "The army denied firing
    shots in Karni but said it had a firefight with gunmen": what the contrasting clause
    says is not denied ("denied shelling the town and killing civilians" still is)."""
    for k, t in enumerate(chain):
        if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in {"but", "yet"}
                                    for c in t.head.children):
            return chain[:k + 1]
    return chain


def _modal_over(tok: Token, modals: set[str] | frozenset[str]) -> bool:
    """A modal on the clause of the word (or, for a participle of manner, on the verb it
    hangs from: "might have access to them, describing them as ..."). Only a modal: the
    infinitive rule is too loose for a noun's modifier ("trying to save a child from a
    booby-trapped house": the house was booby-trapped)."""
    verb = clause_verb(tok)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _modified_noun(trigger: Token) -> Token | None:
    """The noun a modifier trigger ("chemical", "conventional and chemical") belongs to."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in {"amod", "conj"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.i != trigger.i and tok.pos_ in {"NOUN", "PROPN"} else None


def _described_as(trigger: Token) -> bool:
    """"Describing them as in the grey zone between conventional and chemical weapons":
    the "as" phrase of a verb of naming says what something is called, not what
    happened."""
    naming = load_lexicon().cue_words("naming_verbs")
    for tok in _ancestors(trigger, 7):
        if tok.lower_ == "as" and tok.dep_ == "prep" and tok.head.lemma_.lower() in naming:
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


BAN_WORDS = {"ban", "prohibition", "moratorium", "prohibit", "forbid", "outlaw"}


def _banned(trigger: Token) -> bool:
    """"Protested over the ban on the rally", "authorities banned the march": a
    gathering forbidden is not one held (ACLED codes the protest that takes place)."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "on":
        head = head.head
    elif trigger.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.lemma_.lower() in BAN_WORDS


def _phrasal_denial(chain: list[Token]) -> bool:
    """"We rule out the situation developing into a direct clash": a phrasal verb of
    denial (verb and particle, data in triggers.yaml) above the trigger."""
    pairs = set(load_lexicon().cues.get("denial_phrasal", []))
    return any((t.lemma_.lower(), c.lower_) in pairs
               for t in chain for c in t.children if c.dep_ == "prt")


def _irrealis_prep(trigger: Token) -> bool:
    """"Weeks away from capturing all remaining territory", "on the verge of taking the
    town": the trigger is the object of a preposition whose head puts it still ahead."""
    heads = load_lexicon().cue_words("irrealis_prep_heads")
    verb = clause_verb(trigger)
    for tok in {trigger, verb}:
        if tok.dep_ in {"pcomp", "pobj"} and tok.head.dep_ == "prep" and (
                tok.head.head.lower_ in heads):
            return True
    return False


def hypothetical(trigger: Token, sent: Span) -> bool:
    """Irrealis: modal ("would", "will"), infinitive under "threaten/plan/vow",
    conditional "if", or an event noun governed by such a verb."""
    if dated_fact(trigger):
        return False
    lex = load_lexicon()
    modals = lex.cue_words("modals")
    heads = lex.cue_words("hypothetical_heads")
    realis = lex.cue_words("realis_heads")
    if any(c.dep_ == "amod" and c.lower_ in IRREALIS_ADJ for c in trigger.children):
        return True  # "a possible ground invasion", "an imminent offensive"
    if _under_irrealis_noun(trigger) or _irrealis_prep(trigger) or _described_as(trigger) or (
            _banned(trigger)):
        return True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "before" and (
            trigger.head.head.i != trigger.head.i):
        # "wants to ... remove the burden, all before withdrawing US troops": a step
        # before a plan's step is as planned as the plan
        return any(hypothetical(a, sent) for a in _ancestors(trigger.head, 5)
                   if a.pos_ == "VERB")
    if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and trigger.head.dep_ == "prep" and (
            trigger.head.head.pos_ == "VERB" and trigger.head.head.i != trigger.i) and (
            hypothetical(trigger.head.head, sent)):
        # "special forces are preparing to help in storming the area": a share in an act
        # is as planned as the helping ("helped in storming the town" was done)
        return True
    noun = _modified_noun(trigger)
    if noun is not None and _modal_over(noun, modals):
        return True  # "might have access to them, describing them as chemical weapons"
    verb = clause_verb(trigger)
    if verb.dep_ == "amod" and verb.i != trigger.i and _modal_over(verb.head, modals):
        return True  # "might have access to chlorine-based weapons"
    if _modal_over(trigger, modals) or _be_to(trigger, verb):
        return True
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in modals:
            return True
        if c.dep_ == "mark" and c.lower_ in {"if", "unless", "lest"}:
            return True
        if c.dep_ == "mark" and c.lower_ == "until" and (verb.tag_ in {"VBZ", "VBP"} or any(
                a.dep_ in {"aux", "auxpass"} and a.tag_ in {"VBZ", "VBP"}
                for a in verb.children)):
            return True  # "until Raqqa is retaken": not yet
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if infinitive and (_dispersal_aim(verb, lex.cue_words("dispersal_verbs"), modals)
                       or _reported_perfect(verb)):
        return False
    if infinitive:
        return verb.head.lemma_.lower() not in realis or _aim_of_object(verb, lex)
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in heads:
        return True
    if verb.i != trigger.i and verb.lemma_.lower() in heads and verb.lemma_.lower() not in {
            "call"}:
        return True
    # "going to", "plans to" via the verb's governor
    gov = verb.head if verb.dep_ in {"xcomp"} else None
    return gov is not None and any(
        c.dep_ == "aux" and c.lower_ in modals for c in gov.children)


def _aim_of_object(verb: Token, lex: Lexicon) -> bool:
    """ "Resumed the offensive to capture the village of Khalsa": an infinitive under a
    verb of going on ("resume", "begin") that has an object of its own is that object's
    aim, not yet done ("resumed shelling", "continued to advance" are done)."""
    head = verb.head
    return verb.dep_ in {"xcomp", "advcl"} and head.i != verb.i and (
        head.lemma_.lower() in lex.cue_words("realis_unless_object")) and any(
        c.dep_ == "dobj" for c in head.children)


def _be_to(trigger: Token, verb: Token) -> bool:
    """"Targets in Idlib were to be hit on Monday", "the attack was to take place at
    dawn": "be to" tells a plan or an order, not what happened (ACLED codes no
    planned event)."""
    return verb.lemma_.lower() == "be" and trigger.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        and (c.lemma_.lower() in PLANNED_STARTS or any(a.dep_ == "auxpass" for a in c.children))
        for c in verb.children)  # not an aim: "the raid was to punish the village"


PLANNED_STARTS = {"take", "begin", "start", "happen", "occur", "commence", "resume"}


AIM_NOUNS = {"attempt", "bid", "effort", "order"}


def _dispersal_aim(verb: Token, dispersal: set[str], modals: set[str]) -> bool:
    """"Police fired tear gas to disperse the protesters": the aim of a force that was
    used (a past or present verb with no modal), so the crowd was there."""
    head, dep = verb.head, verb.dep_
    if dep == "acl" and head.lemma_.lower() in AIM_NOUNS and head.head.dep_ == "prep":
        # "used tear gas in an attempt to disperse a crowd of rioters": the same aim
        head, dep = head.head.head, "advcl"
    return (dep == "advcl" and verb.lemma_.lower() in dispersal
            and head.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
            and not any(c.dep_ == "aux" and c.lower_ in modals for c in head.children))


SAME_DAY = {"today", "tonight", "morning", "afternoon", "evening"}


def _news_opening(tok: Token, words: str) -> bool:
    """"Earlier, a car bomb and a roadside bomb detonated ...", "Earlier in the day, a
    roadside bomb ...", "Earlier the rebels captured the town": a wire report's sentence
    that opens on a bare "earlier" tells an incident of the same news (earlier that day),
    not the background a dated or spanned "earlier" gives ("earlier this year", "earlier
    in 2014", "earlier in the war")."""
    if words.lower() != "earlier" or tok.i != tok.sent.start:
        return False
    after = [t.lower_ for t in tok.doc[tok.i + 1:min(tok.i + 4, tok.sent.end)]]
    return after[:1] == [","] or after[:3] == ["in", "the", "day"] or (
        bool(after) and after[0] not in {"in", "this", "last", "that", "on", "during"}) or (
        _earlier_at_place(tok))


def _earlier_at_place(tok: Token) -> bool:
    """"Earlier in Khan Younis, ... Mohammed Musaabah ... was shot": "earlier" told with a
    place, not a span ("earlier in the war", "earlier in 2014"), opens the same news at
    another scene. The place must be the whole object of "in": "earlier in Syria's war"
    names a span of the war (the place is only its possessor), not a scene."""
    prep = tok.nbor(1) if tok.i + 1 < tok.sent.end else None
    if prep is None or prep.lower_ != "in":
        return False
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in _SCENE_ENTS:
        return False
    words = tok.doc[place.left_edge.i:place.i + 1]
    return any(t.pos_ == "PROPN" for t in words) and all(
        t.lower_ == "the" or (t.ent_type_ in _SCENE_ENTS and t.dep_ != "case") for t in words)


_SCENE_ENTS = {"GPE", "LOC", "FAC"}


def _same_day(after: list[Token]) -> bool:
    """Whether the words after "earlier" ("tonight", "this morning") name the report's day,
    or a day of its own ("a separate air strike earlier Monday": earlier that Monday, a
    day the date reader resolves, not background)."""
    return any(t.lower_ in SAME_DAY or t.lower_ in WEEKDAYS for t in after)


def _reported_perfect(verb: Token) -> bool:
    """"A helicopter is said to have dropped", "claimed to have seized": a perfect
    infinitive under a reporting verb tells what happened, as the source has it."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) and (
        verb.head.lemma_.lower() in reporting_verbs() or verb.head.lemma_.lower() in {
            "say", "claim", "report", "believe", "allege", "suspect", "think", "understand"})


def _under_irrealis_noun(trigger: Token) -> bool:
    """The trigger sits in the "of" phrase of a noun of possibility: "the prospect of
    military confrontation", "threats of being maimed by fighting"."""
    cur = trigger
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.lower_ == "of" and (head.head.lemma_.lower() in IRREALIS_NOUNS or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in IRREALIS_NOUNS
                for c in head.head.children)):
            return True  # (also extraposed: "as the prospect grows of confrontation")
        if cur.dep_ not in {"pobj", "pcomp", "conj", "prep", "appos", "compound", "amod",
                            "agent", "auxpass"} and cur.i != trigger.i:
            return False
        cur = head
    return False


SHARE_WORDS = {"percent", "%", "per", "majority", "bulk", "most", "much", "half", "third",
               "quarter", "all"}


def _cumulative(verb: Token) -> str | None:
    """A present perfect tallying a share of a whole ("has lost 95 percent of",
    "have lost all their strongholds") sums up a campaign: background, not news."""
    if verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ not in {"dobj", "nsubjpass"}:
            continue
        words = [t for t in c.subtree if t.i <= c.i + 1]
        share = next((t for t in words if t.lower_ in SHARE_WORDS), None)
        if share is not None:
            lo = min(t.i for t in words)
            return f"{verb.text} {verb.doc[lo:share.i + 1].text}"
    return None


def _own_phrase(trigger: Token) -> list[Token]:
    """The trigger's subtree without clauses about its other words ("airstrikes on
    groups it accused of an attack the previous day": the day is the attack's); a clause
    on the trigger itself ("the attack, which took place last week") stays."""
    drop: set[int] = set()
    for t in trigger.subtree:
        if t.head.i != trigger.i and t.dep_ in CLAUSE_DEPS and t.i != trigger.i and (
                t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB")):
            drop |= {x.i for x in t.subtree}
    return [t for t in trigger.subtree if t.i not in drop]


def _words(cues: dict, cls: str) -> set[str]:
    """The one-word cues of a class."""
    return {p[0] for p in cues.get(cls, []) if len(p) == 1}


def _anchoring_clause(verb: Token) -> str | None:
    """ "Mosul remains broken years after Isis was driven out": a clause of "after" or
    "since" measured by a long span ("years after") is the past the sentence looks back
    on, not the report's incident (ACLED: an event has its own date). Short spans stay
    news: "his death comes days after the SDF declared the liberation of Raqqa"."""
    cues = load_lexicon().cues
    mark = next((c for c in verb.children if c.dep_ == "mark"
                 and c.lower_ in _words(cues, "anchor_marks")), None)
    if verb.dep_ != "advcl" or mark is None:
        return None
    spans = _words(cues, "anchor_spans")
    span = next((t for t in verb.doc[max(0, mark.i - 2):mark.i] if t.lower_ in spans), None)
    if span is None and verb.head.lower_ in spans:
        span = verb.head
    return f"{span.text} {mark.text}" if span is not None else None


def _descriptive_participle(trigger: Token, verb: Token) -> str | None:
    """ "returned to some areas retaken by the Free Syrian Army": a past participle
    describing a noun tells that thing's history; with no date in its own phrase it is
    background, not an incident of the report (ACLED: an event has its own date)."""
    if verb.i != trigger.i or not (verb.dep_ == "acl" and verb.tag_ == "VBN" or (
            _reduced_relative(verb))):
        return None
    cues = load_lexicon().cues
    if verb.head.pos_ == "PRON" or verb.head.lower_ in (
            _words(cues, "vague_victims") | _words(cues, "civilians")):
        return None  # "people detained", "those kidnapped": left to the incident check,
        # which reads the whole group (their mentions tie the group's other sentences)
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return None
    head = verb.head if verb.dep_ == "acl" else next(c for c in verb.children
                                                     if c.dep_ == "nsubj")
    return f"{head.text} {verb.text} (a participle describing a noun)"


def _reduced_relative(verb: Token) -> bool:
    """ "U.S. jets deployed at a southern Turkish base have been patrolling the no-fly
    zone": the parse took the participle ("deployed", spelt as a past tense) for the
    sentence's verb and the real predicate ("have been patrolling", finite, with no
    subject of its own) for a clause under it; the participle describes its subject."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or not verb.lower_.endswith("ed") or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and c.i > verb.i and not any(
        g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children) and any(
        g.dep_ == "aux" and g.tag_ in ("VBP", "VBZ") and g.lemma_ in ("have", "be")
        for g in c.children) and not any(t.is_punct for t in verb.doc[verb.i + 1:c.i])
               for c in verb.children)


def _previous_person(phrase: list[Token]) -> bool:
    """Whether "the previous" modifies a person ("the previous Jaffna mayor", who held the
    post before): it names who, not when ("the previous attack", "the previous day")."""
    noun = phrase[-1].head
    return noun.lower_ in data.words("person_nouns.txt") or (
        noun.lower_ in data.words("incidents.yaml", "political_victims"))


def _once_of_a_noun(tok: Token, words: str) -> bool:
    """ "a once-thriving town", "In once incident" (sic): a "once" that hangs on a noun or
    an adjective describes that thing's past, not the deed's time."""
    return words.lower() == "once" and tok.head.pos_ in {"NOUN", "PROPN", "ADJ"}


def past_cue(trigger: Token, sent: Span) -> str | None:
    """Words that mark the mention as background: pluperfect, "last week",
    "earlier", "in 2014", "this month", "have successively lost"."""
    lex = load_lexicon()
    noun = trigger.head if trigger.dep_ in {"compound", "amod"} else trigger
    for c in noun.children:  # "a deadly 2017 chemical weapons attack": a dated, known event
        if YEAR.match(c.text) and c.i < noun.i and c.dep_ in {"nummod", "compound", "amod"}:
            return c.text
    verb = clause_verb(trigger)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting_verbs()
    if verb.tag_ == "VBN" and not reported and any(
            c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children):
        return f"had {verb.text}"  # pluperfect outside reported speech (not mere backshift)
    first = verb.head
    if verb.dep_ == "conj" and verb.tag_ in {"VBN", "VBD"} and first.tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children) and not (
            first.dep_ == "ccomp" and first.head.lemma_.lower() in reporting_verbs()) and any(
            c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in first.children):
        # "militias that had fought with Washington against Isis and liberated the city":
        # the second verb shares the first one's "had" (the tagger often calls it VBD).
        return f"had {first.text} ... {verb.text}"
    toks = clause_tokens(verb, trigger)
    if verb.i != trigger.i:
        toks = sorted({*toks, *_own_phrase(trigger)}, key=lambda t: t.i)
    hits = find_cues(toks, lex.cue_first.get("past_words", {}))
    yardstick: set[int] = set()  # the words of a "latest ... since" phrase
    for s, e in hits:
        words = " ".join(t.text for t in toks[s:e])
        if toks[s].i in yardstick or _once_of_a_noun(toks[s], words):
            continue
        if words.lower().startswith("earlier") and (
                _same_day(toks[e:e + 2]) or _news_opening(toks[s], words)):
            continue  # "earlier tonight", "earlier this morning": the day of the report
        if words.lower() == "ago" and any(
                t.lower_ in lex.cue_words("recent_units") for t in toks[max(0, s - 2):s]):
            continue  # "a short while ago", "two hours ago": the day of the report
        if words.lower() == "since" and not any(
                t.like_num or t.ent_type_ == "DATE" for t in toks[s + 1:s + 3]):
            continue
        if words.lower() == "since" and any(
                t.lower_ in MEASURED_NEWS for t in toks[max(0, s - 3):s]):
            yardstick |= {t.i for t in toks[s].subtree}
            continue  # "for the first time since 2012", "the latest daily protest since
            # early last week": news measured against the past
        if words.lower() == "the previous" and _previous_person(toks[s:e]):
            continue  # "the previous Jaffna mayor was shot": the person before, no time
        if words.lower() == "for decades" and any(
                t.lower_ == "first" for t in toks[max(0, s - 10):s]):
            continue  # "the first killing of a U.S. diplomat in Jordan for decades": news
        return words
    cumulative = _cumulative(verb) or _anchoring_clause(verb) or _descriptive_participle(
        trigger, verb)
    if cumulative:
        return cumulative
    if verb.dep_ == "relcl":  # "the previous day when security forces opened fire"
        head = verb.head
        own = [t for t in head.subtree if not verb.is_ancestor(t) and t.i != verb.i
               and t.i <= head.i]
        hits = find_cues(own, lex.cue_first.get("past_words", {}))
        if hits:
            s, e = hits[0]
            return " ".join(t.text for t in own[s:e])
    # years: also in temporal adverbial clauses ("fell to IS when ... swept ... in 2014")
    # (not in a participle commenting on the event: "..., marking the largest toll since
    # it first intervened in 2016")
    if not any(YEAR.match(t.text) for t in verb.subtree):
        return None  # most clauses: no year, so no need to walk each word's ancestors
    toks = [t for t in verb.subtree if not any(
        (a.dep_ in {"relcl", "ccomp"} or (a.dep_ == "advcl" and a.tag_ == "VBG"))
        and a.i != verb.i and a.is_ancestor(t) and not
        a.is_ancestor(trigger) for a in t.ancestors if verb.is_ancestor(a) or a.i == verb.i)]
    for k, t in enumerate(toks):
        if YEAR.match(t.text) and t.ent_type_ in {"DATE", ""} and k > 0 and toks[k - 1].lower_ in {
                "in", "since", "of", "during", "until", "by"}:
            if toks[k - 1].lower_ == "since" and any(
                    x.lower_ == "first" for x in toks[max(0, k - 5):k - 1]):
                continue  # "for the first time since 2012"
            return f"{toks[k - 1].text} {t.text}"
    return None

