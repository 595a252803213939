"""Is a mention an incident, and which records report the same incident?

ACLED codes incidents: one event, one day, one place, with a political actor. Three
kinds of text look like incidents to the trigger lexicon and are not:

- a period's tally or a running situation ("more than 300 people have been killed
  since April", "in recent weeks", "troops continue to fight"): :func:`period_cue`;
- an appeal ("called for support to defend civilians against brutal attacks"):
  :func:`under_appeal`;
- crime, sport, business in ordinary news, where no political or armed actor takes
  part: :func:`political_enough`, which asks for such an actor unless the report is
  about armed conflict or unrest (:func:`war_report`).

Which mentions tell one incident, and the type the codebook gives it, is
one_incident.py. The words are data (data/incidents.yaml).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from frontlines import settings
from frontlines.domain import codes
from frontlines.domain import taxonomy as T
from frontlines.domain.model import Actor, Mention, Place
from frontlines.domain.placenames import fold
from frontlines.domain.places import below_country
from frontlines.extraction.docs import token_at
from frontlines.extraction.events.flags import clause_tokens, clause_verb, dated_fact
from frontlines.extraction.events.lexicon import load_lexicon, weigh_cues
from frontlines.extraction.events.resolvers import COUNT_WORDS
from frontlines.extraction.events.triggers import actor_class
from frontlines.extraction.time import MONTHS, dates_in, parse_expression

VIOLENT = T.VIOLENT_EVENT_TYPES
# The codebook's order when one incident is reported with several sub-event types:
# the weapon that defines a remote-violence event first (chemical, suicide, air,
# artillery, explosive device, grenade; ACLED codes one-sided remote violence as such
# even when civilians are hit), then a battle that changed who holds a place, then a
# battle, then one-sided violence, then the rest.
PRECEDENCE = [
    T.CHEMICAL_WEAPON, T.SUICIDE_BOMB, T.AIR_STRIKE, T.SHELLING,
    T.REMOTE_EXPLOSIVE, T.GRENADE, T.GOVERNMENT_REGAINS,
    T.NON_STATE_OVERTAKES, T.ARMED_CLASH, T.SEXUAL_VIOLENCE,
    T.ABDUCTION, T.ATTACK, T.EXCESSIVE_FORCE,
    T.PROTEST_WITH_INTERVENTION, T.VIOLENT_DEMONSTRATION, T.MOB_VIOLENCE, T.PEACEFUL_PROTEST,
    T.NON_VIOLENT_TRANSFER, T.DISRUPTED_WEAPONS, T.ARRESTS,
    T.LOOTING, T.HQ_ESTABLISHED, T.AGREEMENT,
    T.CHANGE_TO_GROUP, T.OTHER,
]
ARMED_INTER = {1, 2, 3, 4, 8}
NON_STATE_ARMED = {2, 3, 4}
SAME_PLACE_KM = 25.0


@lru_cache(maxsize=1)
def incident_words() -> dict:
    text = resources.files("frontlines.data").joinpath("incidents.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _contains(words: list[str], phrase: list[str]) -> bool:
    return bool(_starts(words, phrase))


def period_cue(sent: Span, trigger: Token | None = None) -> str | None:
    """The words that make the mention a period's tally or a running situation. With a
    trigger, only the words of the trigger's own clause count: in "troops recaptured a
    village on Sunday as they continue to clear the area" the running situation is the
    clearing, and the recapture is one incident of one day."""
    words = [t.lower_ for t in sent]
    data = incident_words()
    present = set(words)
    # "the first attack since 2012", "a day after": the phrase measures, it tallies nothing
    covered = {k + j for _, p in _split("period_exceptions", present)
               for k in _starts(words, p) for j in range(len(p))}
    covered |= _yardstick_since(sent, words)
    for phrase, parts in _split("war_wide_cues", present):
        if any(not set(range(k, k + len(parts))) <= covered for k in _starts(words, parts)):
            return phrase
    scope = None if trigger is None else _clause_scope(trigger) | _host_scope(trigger)
    for phrase, parts in _split("period_cues", present):
        for k in _starts(words, parts):
            idx = range(k, k + len(parts))
            if any(i in covered for i in idx) or _short_period(words, idx, phrase) or (
                    trigger is not None and _dated_start(sent[idx[0]], trigger)) or (
                    _running_now(sent[idx[0]])):
                continue
            if scope is not None and not _cue_in_scope(sent, idx, scope, trigger) and not (
                    _tallied_with(sent, idx, trigger)):
                continue
            return phrase
    toll = _scope_of_toll(sent, data["period_scope_cues"]) or (
        None if trigger is None else trend_or_spread(sent, trigger))
    return toll or _counted_period(sent, scope, trigger) or _day_range(sent, scope, trigger) or (
        _month_span(sent, scope, trigger)) or _dates_between(sent, scope, trigger) or (
        _process_toll(sent) or period_toll(sent, covered))


def _yardstick_since(sent: Span, words: list[str]) -> set[int]:
    """Positions (in the sentence) of a "since" clause that measures one incident against
    those before it: "the latest daily protest since early last week", "the biggest such
    march since he was installed", "the deadliest single attack on American forces since
    the war began". A superlative shortly before "since" (or "first", "latest" just
    before it), with no comma between, ranks the incident told; the clause tallies
    nothing (ACLED codes the incident)."""
    yardsticks = set(incident_words()["period_yardsticks"])
    out: set[int] = set()
    for k, w in enumerate(words):
        if w != "since":
            continue
        before = []
        for j in range(k - 1, max(-1, k - 8), -1):
            if sent[j].is_punct:
                break
            before.append(sent[j])
        # (not a count's "at least" / "at most": "at least 2,801 killed since ...")
        if not any(t.tag_ == "JJS" and t.nbor(-1).lower_ != "at" for t in before) and not any(
                t.lower_ in yardsticks for t in before[:3]) or any(
                t.lower_ in incident_words()["yardstick_periods"] for t in before):
            continue
        since = sent[k]
        clause = since.head if since.dep_ == "mark" else since
        out |= {t.i - sent.start for t in clause.subtree if sent.start <= t.i < sent.end}
        out.add(k)
    return out


def trend_or_spread(sent: Span, trigger: Token) -> str | None:
    """A trend, a habit or fighting over unnamed places that bears on the trigger ("rebels
    are increasingly attacking each other", "clashes that took place in different
    regions"): what goes on these days, not one incident (ACLED: one day, one place).
    Beside the trigger's clause, a relative clause on the event noun describes the event
    itself, and an unmarked participle ("have become more active of late, striking
    several strongholds") tells the manner of the clause it hangs on."""
    words = [t.lower_ for t in sent]
    scope = _clause_scope(trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        scope |= {t.i for t in trigger.subtree}
    scope |= _host_scope(trigger)
    for phrase, parts in _split("trend_cues", set(words)):
        for k in _starts(words, parts):
            if all(sent[k + j].i in scope for j in range(len(parts))):
                return phrase
    return None


def _host_scope(trigger: Token) -> set[int]:
    """The clause an unmarked participle hangs on ("has clamped down on advocacy groups in
    recent months, raiding their offices, arresting employees"; "have become more active
    of late, striking several strongholds"): the participle tells the manner of that
    clause, so its period or trend is the participle's too. Each of a row of participles
    hangs on the same clause; a participle with a day of its own ("shelling the city for
    weeks, killing five on Sunday") or a subject or a mark of its own does not."""
    verb = clause_verb(trigger)
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(
            c.dep_ in ("mark", "nsubj") for c in verb.children) or any(
            t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return set()
    return _clause_scope(verb.head)


def _running_now(tok: Token) -> bool:
    """"Heavy clashes are still ongoing in Jisr al-Shughur": "ongoing" said of the fighting
    in the simple present or past is a report of fighting on the day of the report, which
    ACLED codes as that day's event; "the ongoing conflict" and "has been ongoing" (for
    months) stay the war's running situation."""
    head = tok.head
    return tok.lower_ == "ongoing" and tok.dep_ in ("acomp", "attr") and (
        head.lemma_ == "be") and not any(c.dep_ == "aux" for c in head.children)


_MONTH = rf"(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?"
# "April 18-27", "18-27 April": a span of days within one month
_DAY_RANGE = re.compile(rf"(?i)\b(?:{_MONTH}\s+(\d{{1,2}})\s*[-\u2013]\s*(\d{{1,2}})"
                        rf"|(\d{{1,2}})\s*[-\u2013]\s*(\d{{1,2}})\s+{_MONTH})\b")


def _day_range(sent: Span, scope: set[int] | None, trigger: Token | None) -> str | None:
    """"212 civilians were killed in Aleppo over April 18-27": a toll over a span of
    three days or more is a period's tally, not one incident (ACLED: one event per day;
    two days stay an incident, as in ``_short_period``)."""
    for ent in dates_in(sent):
        found = _DAY_RANGE.search(ent.text)
        if found is None:
            continue
        first, last = (int(g) for g in (found.groups()[:2] if found.group(1)
                                         else found.groups()[2:]))
        idx = range(ent.start - sent.start, ent.end - sent.start)
        if last - first >= 2 and (scope is None or trigger is None
                                  or _cue_in_scope(sent, idx, scope, trigger)):
            return ent.text
    return None


# "between March and June", "from January to April 2013": a span of whole months
_MONTH_SPAN = re.compile(rf"(?i)\b(?:between|from)\s+{_MONTH}(?:\s+(?:19|20)\d\d)?,?\s+"
                         rf"(?:and|to|until|till|through)\s+{_MONTH}(?!\s*\d{{1,2}}\b)")


# "in March and April this year", "during July and August": two whole months named as
# the time of one clause (month names in full, capitalised: "in Marib and Marawi" is
# two places)
_FULL_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"  # time's month names
_MONTHS_IN = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+{_FULL_MONTH}"
                        rf"(?:\s+(?:19|20)\d\d)?,?\s+(?:and|to|through)\s+{_FULL_MONTH}"
                        rf"\b(?!\s*\d{{1,2}}\b)")


def _match_tokens(sent: Span, found: re.Match) -> range:
    """The sentence-relative token positions a regex match over ``sent.text`` covers."""
    start, end = sent.start_char + found.start(), sent.start_char + found.end()
    return range(next(t.i for t in sent if t.idx >= start) - sent.start,
                 max(t.i for t in sent if t.idx < end) + 1 - sent.start)


def _month_span(sent: Span, scope: set[int] | None, trigger: Token | None) -> str | None:
    """"300 people were killed in Bab Amr between March and June": a toll over months is
    the period's tally of a place (ACLED: one event per day), not one incident."""
    found = _MONTH_SPAN.search(sent.text) or _MONTHS_IN.search(sent.text)
    if found is None:
        return None
    idx = _match_tokens(sent, found)
    if scope is None or trigger is None or _cue_in_scope(sent, idx, scope, trigger):
        return found.group(0)
    return None


_A_DATE = rf"(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?:19|20)\d\d)?"
# "between April 18 and April 27", "between 20 July 2015 and 19 July 2016"
_DATES_BETWEEN = re.compile(rf"(?i)\b(?:between|from)\s+({_A_DATE})\s+"
                            rf"(?:and|to|until|till|through)\s+({_A_DATE})")


def _dates_between(sent: Span, scope: set[int] | None, trigger: Token | None) -> str | None:
    """"212 civilians were killed in the period between April 18 and April 27", "between
    20 July 2015 and 19 July 2016, at least 307 civilians were killed": a toll between two
    dates three or more days apart is the period's tally, not one incident (ACLED: one
    event per day; two days stay an incident, as in ``_short_period``)."""
    found = _DATES_BETWEEN.search(sent.text)
    if found is None:
        return None
    anchor = date.today()
    first, last = (parse_expression(found.group(k), anchor) for k in (1, 2))
    if first is None or last is None or abs((last.date - first.date).days) < 2:
        return None
    idx = _match_tokens(sent, found)
    if scope is None or trigger is None or _cue_in_scope(sent, idx, scope, trigger) or (
            _tallied_with(sent, idx, trigger)):
        return found.group(0)
    return None


def _split(key: str, present: set[str]) -> list[tuple[str, list[str]]]:
    """The phrases of one list of incidents.yaml, each with its words, that can occur
    in a sentence of these words (its first word is one of them), in the list's order:
    the 140 period phrases are looked up by the sentence's words, not tried one by one."""
    by_first = _by_first_word(key)
    found = [item for w in present.intersection(by_first) for item in by_first[w]]
    found += by_first.get("", [])
    return [(phrase, parts) for _, phrase, parts in sorted(found, key=lambda x: x[0])]


@lru_cache(maxsize=8)
def _by_first_word(key: str) -> dict[str, list[tuple[int, str, list[str]]]]:
    """A list of incidents.yaml by first word: (place in the list, phrase, its words)."""
    out: dict[str, list[tuple[int, str, list[str]]]] = {}
    for n, phrase in enumerate(incident_words()[key]):
        parts = phrase.split()
        out.setdefault(parts[0] if parts else "", []).append((n, phrase, parts))
    return out


def _dated_start(first: Token, trigger: Token) -> bool:
    """"Left in limbo since Isis was driven out of Raqqa in October 2017": the clause that
    "since" opens is the incident the period starts from, not a tally over the period;
    with a date of its own (a month or a day) it is one incident of that date. The trigger
    must be the clause's verb: "since the army launched its offensive in April" dates
    the start of a campaign, whose toll the main clause sums."""
    if first.lower_ == "since" and first.dep_ == "prep":
        return _dated_since_noun(first, trigger)
    verb = clause_verb(trigger)
    if first.lower_ != "since" or first.dep_ != "mark" or first.head.i != verb.i or (
            verb.i != trigger.i):
        return False
    return any(t.ent_type_ == "DATE" and not t.like_num for t in verb.subtree if t.i > first.i)


def _dated_since_noun(since: Token, trigger: Token) -> bool:
    """"Since the bombing on Monday that killed 20 people": an event noun that "since"
    governs, dated by a day or month of its own, is one past incident the report tells
    as background (ACLED codes a dated past incident), not a tally over a period; the
    trigger is that noun or the verb of its relative clause. A bare year or no date
    ("since the bombing", "since the war in 2011") stays the period's start."""
    noun = next((c for c in since.children if c.dep_ == "pobj"), None)
    if noun is None or trigger.i not in {noun.i} | {
            c.i for c in noun.children if c.dep_ == "relcl"}:
        return False
    return any(t.ent_type_ == "DATE" and not t.like_num for t in noun.subtree)


PERIOD_UNITS = {"days", "weeks", "months", "years", "decades"}
# "over eight days", "in the past 16 days": the words before a count that make it a span
PERIOD_OPENERS = {"over", "during", "within", "in", "for", "past", "last"}
# "for more than two decades": words of a count between "for" and its number
COUNT_HEDGES = {"more", "than", "nearly", "almost", "about", "around", "some", "at", "least"}


def _hedged_for(num: Token) -> bool:
    """"for more than two decades", "for nearly three years": a duration whose count is
    hedged (only "for": "the deadliest attack in more than two years" measures a record,
    it tallies nothing)."""
    opener = _before_hedges(num, num.sent.start)
    return opener < num.i - 1 and num.doc[opener].lower_ == "for"


def _before_hedges(num: Token, start: int) -> int:
    """The index of the word before a count's hedges ("for" in "for more than two decades",
    "in" in "in about a month"; num.i - 1 with no hedge), walking back no further than
    ``start``: the one hedge walk of ``_hedged_for`` and ``_one_long_unit``."""
    k = num.i - 1
    while k > start and num.doc[k].lower_ in COUNT_HEDGES:
        k -= 1
    return k


def _counted_period(sent: Span, scope, trigger: Token | None) -> str | None:
    """"More than 500 killed over eight days", "seven weeks of clashes which claimed 250
    lives": a toll summed over a counted span of days or weeks is a period's tally, not
    one incident's (a day or two stays an incident, see ``_short_period``)."""
    short = set(incident_words()["short_counts"])
    days = set(incident_words()["short_units"])  # "three days" is short, "three years" is not
    for tok in sent:
        prev = tok.nbor(-1) if tok.i > sent.start else None
        if prev is not None and _one_long_unit(prev, tok):
            found = f"{prev.lower_} {tok.lower_}"
            if scope is None or _cue_in_scope(sent, range(prev.i - sent.start - 1, tok.i - (
                    sent.start) + 1), scope, trigger):
                return found
            continue
        if tok.lower_ not in PERIOD_UNITS or prev is None or not prev.like_num \
                or (prev.lower_ in short and tok.lower_ in days):
            continue
        nxt = tok.nbor(1).lower_ if tok.i + 1 < sent.end else ""
        before = {t.lower_ for t in sent.doc[max(prev.i - 2, sent.start):prev.i]}
        if _hedged_for(prev):
            before.add("for")
        if nxt in ("ago", "later", "earlier", "after", "before") or (
                nxt != "of" and not before & PERIOD_OPENERS):
            continue
        if nxt == "of" and trigger is not None and not before & PERIOD_OPENERS:
            if trigger.i in {t.i for t in tok.nbor(1).subtree}:
                return f"{prev.lower_} {tok.lower_} of"  # "seven weeks of clashes"
            continue  # "moved into Afrin after seven weeks of clashes": the move is one day's
        idx = range(prev.i - sent.start, tok.i - sent.start + 1)
        if scope is not None and not _cue_in_scope(sent, idx, scope, trigger) and not (
                _tallied_with(sent, idx, trigger)):
            continue
        return f"{prev.lower_} {tok.lower_}"
    return None


def _one_long_unit(prev: Token, unit: Token) -> bool:
    """ "'At least 80' people have been killed in about a month by armed Islamist
    groups": a toll "in/over/within (about) a week, month or year" is that span's tally
    (ACLED: one event, one day), as "over eight days" is; not a ranking ("the deadliest
    attack in a year", "the second bombing in a week") nor "a month of" or "a month ago"."""
    if unit.lower_ not in ("week", "month", "year") or prev.lower_ not in ("a", "one"):
        return False
    nxt = unit.nbor(1).lower_ if unit.i + 1 < unit.sent.end else ""
    if nxt in ("of", "ago", "later", "earlier", "after", "before", "'s", "’s"):
        return False
    k = _before_hedges(prev, unit.sent.start)
    if unit.doc[k].lower_ not in ("in", "over", "within"):
        return False
    return not any(_ranks(t) for t in unit.doc[unit.sent.start:k])


def _ranks(tok: Token) -> bool:
    """A word that ranks an incident among others ("the deadliest", "the second"); the
    "least" and "most" of a hedged count ("at least 80") rank nothing."""
    if tok.lower_ in ("least", "most") and tok.i > 0 and tok.nbor(-1).lower_ == "at":
        return False
    return tok.tag_ in ("JJS", "RBS") or tok.ent_type_ == "ORDINAL" or tok.lower_ in (
        "first", "latest", "last", "another", "second", "third", "only")


SINCE_FILLERS = {"the", "early", "late", "last", "this", "of"}


def _short_period(words: list[str], idx: range, phrase: str) -> bool:
    """Whether the period a cue opens is a day or two ("during the past two days", "in
    the last 48 hours", "since early morning"): an incident dated within a few days,
    which ACLED codes as one event, not a tally."""
    data = incident_words()
    rest = words[idx.stop:idx.stop + 4]
    if phrase == "since":
        rest = [w for w in rest if w not in SINCE_FILLERS]
        return bool(rest) and rest[0] in data["short_since"]
    counted = words[idx.stop - 1:idx.stop] + rest  # "in the past two" ends in its count
    return any(counted[j] in data["short_counts"] and counted[j + 1] in data["short_units"]
               for j in range(min(2, len(counted) - 1)))


def nationwide(sent: Span, trigger: Token) -> str | None:
    """"Army units continued their operations against terrorist organisations across the
    country": fighting or strikes across a whole country in the trigger's own clause are
    a campaign with no one place, not an event (ACLED: one place, one day). The caller
    asks only for political violence: demonstrations across the country are left to the
    protest rules (each town's rally is an event)."""
    words = [t.lower_ for t in sent]
    scope = _clause_scope(trigger) | _host_scope(trigger)  # "a campaign across Syria, striking"
    for phrase in incident_words()["period_scope_cues"]:
        for k in _starts(words, phrase.split()):
            if _cue_in_scope(sent, range(k, k + len(phrase.split())), scope, trigger) and (
                    not _in_circumstance(sent[k], trigger)):
                return phrase
    return None


def _in_circumstance(cue: Token, trigger: Token) -> bool:
    """ "was killed amid a spate of assassinations ... across the country": a scope cue
    inside a phrase of circumstance ("amid", "as", "while" ...) under the trigger tells
    the setting the incident happened in, not the incident's own reach (as
    _scope_of_toll reads a toll)."""
    for node in cue.ancestors:
        if node.i == trigger.i:
            return False
        if node.lower_ in CIRCUMSTANCE and node.dep_ in ("prep", "mark") and (
                trigger.is_ancestor(node)):
            return True
    return False


def across_countries(trigger: Token, countries: dict[int, str]) -> str | None:
    """"The caliphate collapsed under an assault in Iraq and Syria", "fighters swept into
    towns across Iraq and Syria": fighting or strikes over two countries at once are a
    war's course, not an event (ACLED: one event, one place). `countries` maps the
    character offset of each country name the sentence names to its country code. The
    phrase must hang on the trigger or on the verb whose subject or object it is ("nearly
    2000 raids in Iraq and Syria, including four strikes in Kobane" leaves the four)."""
    verb = clause_verb(trigger)
    heads = {trigger.i} | ({verb.i} if verb.i == trigger.i or trigger.head.i == verb.i
                           and trigger.dep_ in _CORE_ROLES else set())
    for prep in (t for t in trigger.doc[verb.left_edge.i:verb.right_edge.i + 1]
                 if t.head.i in heads and t.dep_ == "prep"
                 and t.lower_ in incident_words()["across_preps"]):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = {countries.get(t.idx) for t in (obj, *obj.conjuncts)} - {None}
            if len(named) >= 2:
                return f"{prep.lower_} {obj.text} and another country"
    return None


_CORE_ROLES = {"nsubj", "nsubjpass", "dobj", "attr", "pobj"}
CIRCUMSTANCE = {"as", "amid", "while", "after", "before", "when"}  # "as unrest ... continued"


def _scope_of_toll(sent: Span, cues: list[str]) -> str | None:
    """"More than 100 killed in two days of operations across the country": a war-wide
    scope in the killing's own clause (not "as unrest across the country continued",
    nor "protesters rallied across the country")."""
    low = [t.lower_ for t in sent]
    for phrase in cues:
        for k in _starts(low, phrase.split()):
            node, path = sent[k], set()
            for _ in range(8):  # up to the clause's verb
                if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                    break
                node = node.head
                path.add(node.lower_)
            if node.lemma_ in ("kill", "die", "slay") and not path & CIRCUMSTANCE:
                return phrase
    return None


TOLL_VERBS = ("kill", "die", "slay", "wound", "injure")  # a toll of dead or wounded
SINGLE_DETS = {"a", "an", "one"}


def period_toll(sent: Span, covered: set[int] | frozenset = frozenset()) -> str | None:
    """"200 people have been killed this week in Aleppo", "have died in Syria's civil
    war", "over the past month, fighting has killed 90": a toll whose time is a period or
    the whole war is its tally, not one incident (ACLED: one event, one day, one place).
    The period must hang on the killing verb, and the sentence name no day ("on Sunday a
    car bomb killed 30, the deadliest this year") and no single attack ("a car bomb has
    killed 12 this week") that would make the toll one incident's."""
    data = incident_words()
    words = [t.lower_ for t in sent]
    if set(words) & set(data["toll_days"]) or _names_day(sent):
        return None
    for phrase in data["toll_periods"]:
        for k in _starts(words, phrase.split()):
            idx = range(k, k + len(phrase.split()))
            if any(i in covered for i in idx) or _short_period(words, idx, phrase):
                continue
            verb = _killing_head(sent[k])
            if verb is not None and _tally_form(verb) and not _single_attack(verb) and (
                    not _one_victim(verb)):
                return phrase
    for tok in sent:
        if tok.lemma_ in data["toll_wars"] and tok.dep_ == "pobj" and (
                tok.head.lower_ in data["toll_war_preps"]):
            verb = _killing_head(tok.head, hops=1)
            if verb is not None and not _single_attack(verb):
                return f"{tok.head.lower_} the {tok.lower_}"
    return None


def _names_day(sent: Span) -> bool:
    """Whether a date of the sentence names a day of a month ("on May 3", "3 June")."""
    for ent in (e for e in sent.ents if e.label_ == "DATE"):
        months = {t.lower_ for t in ent}.intersection(MONTHS)
        if months and any(t.lower_.isdigit() and int(t.lower_) <= 31 for t in ent):
            return True
    return False


def _killing_head(tok: Token, hops: int = 8) -> Token | None:
    """The killing verb a time phrase hangs on (up to its clause's verb; not through a
    circumstance: "as fighting this week killed ..."), or None."""
    node = tok
    for _ in range(hops):
        if node.head.i == node.i or node.lower_ in CIRCUMSTANCE:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    return node if node.lemma_ in TOLL_VERBS else None


def _single_attack(verb: Token) -> bool:
    """Whether the killing names one attack ("a car bomb killed", "killed in an air
    strike", "killed by a sniper"): its subject or the object of its "in" or "by"
    is a singular noun with "a", "an" or "one"; or a "when" clause tells the attack
    ("were killed this week when gunmen attacked a checkpoint")."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when"
                                     for m in c.children) for c in verb.children):
        return True
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")
                 and c.lower_ in ("in", "by")):
        nouns += [c for c in prep.children if c.dep_ == "pobj"]
    return any(n.tag_ in ("NN", "NNP") and any(
        d.lower_ in SINGLE_DETS and d.dep_ in ("det", "nummod") for d in n.children)
        for n in nouns)


def _tally_form(verb: Token) -> bool:
    """Whether the killing is told as a tally: in the perfect ("have been killed this
    week", "has killed 90 over the past month"), as deaths ("died"), or with no one who
    killed but a process ("fighting killed 400 last month", "were killed by air strikes").
    "Gunmen killed 12 villagers in Zamfara this week" names who struck: one attack the
    report dates by its week, which ACLED codes with the week's precision."""
    if verb.lemma_ == "die" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                   for c in verb.children):
        return True
    agents = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    process = set(incident_words()["process_nouns"])
    return all(a.dep_ == "csubj" or a.lower_ in process or a.lemma_ in process
               for a in agents)


def _one_victim(verb: Token) -> bool:
    """"A soldier was killed this week in clashes near Donetsk": one person dies once,
    in one place on one day, so the toll is one incident's, whatever the period."""
    victims = [c for c in verb.children if c.dep_ in (
        ("nsubj", "nsubjpass") if verb.lemma_ == "die" else ("nsubjpass", "dobj"))]
    return bool(victims) and all(v.tag_ in ("NN", "NNP") and v.lemma_ not in (
        "people", "hundred", "thousand", "dozen") and not any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in v.children)
        for v in victims)


def _starts(words: list[str], phrase: list[str]) -> list[int]:
    """Indices of the words where `phrase` starts."""
    n = len(phrase)
    if n and phrase[0] not in words:  # most phrases: one scan in C rules them out
        return []
    return [k for k in range(len(words) - n + 1) if words[k:k + n] == phrase]


def _clause_scope(trigger: Token) -> set[int]:
    """Token indices of the trigger's clause and of its own phrase; a verb's clause
    includes the verb it completes ("continue to fortify", "kept fighting")."""
    verb = clause_verb(trigger)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT" and verb.pos_ in ("NOUN", "PROPN"):
        # a sentence parsed with the event noun as its root ("US air strikes since January
        # have also hit ...": "hit" an unmarked advcl): that verb is the noun's predicate
        verb = next((c for c in verb.children if c.dep_ == "advcl" and not any(
            g.dep_ == "mark" for g in c.children)), verb)
    return {t.i for t in clause_tokens(verb, trigger)} | {
        t.i for t in clause_tokens(trigger, trigger)}


def _tallied_with(sent: Span, idx: range, trigger: Token) -> bool:
    """A circumstance clause ("as rebels have pounded ... and the regime has hit ...")
    adjoined to a clause whose own words make it a period's tally ("300 killed since
    April") belongs to that tally: the shelling it names is the tally's, not one
    incident. The reverse does not hold: a running situation in the circumstance
    ("recaptured a village as they continue to clear") leaves the main clause one event."""
    verb = clause_verb(trigger)
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE
                                       for c in verb.children):
        return False
    head_scope = _clause_scope(verb.head)
    return all(sent[i].i in head_scope for i in idx)


def _cue_in_scope(sent: Span, idx: range, scope: set[int], trigger: Token) -> bool:
    """Whether a cue at sentence word positions `idx` bears on the trigger: it lies in
    the trigger's clause and, for an adjective such as "ongoing", describes the trigger
    or the phrase holding it ("the ongoing protest movement" makes no period of the
    police operation the sentence reports)."""
    toks = [sent[i] for i in idx]
    first = toks[0]
    if first.dep_ == "mark" and first.head.dep_ == "advcl" and first.head.head.i in scope:
        return True  # "Since the prince arrived, the administration has approved ..."
    if first.pos_ in {"ADP", "SCONJ"} and _shared_adjunct(first, trigger):
        return True
    if not all(t.i in scope for t in toks) or _in_apposition(first, trigger):
        return False
    if len(toks) == 1 and first.dep_ == "amod":
        return trigger.i == first.head.i or first.head.is_ancestor(trigger)
    return True


def _in_apposition(tok: Token, trigger: Token) -> bool:
    """Whether the cue describes a place or a party in apposition ("near Aleppo, the scene
    of the fiercest fighting in recent months"), not the trigger's event."""
    return any(_appositive(a) and not a.is_ancestor(trigger) and a.i != trigger.i
               for a in [tok, *tok.ancestors])


def _appositive(tok: Token) -> bool:
    """An apposition, or a noun phrase the parser hangs on the verb as an adverbial
    ("exchanged prisoners near Aleppo, the scene of the fiercest fighting in recent
    months": "scene" npadvmod); a time noun ("this week", "Tuesday") is no description."""
    if tok.dep_ == "appos":
        return True
    return tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and not tok.ent_type_ and any(
        c.dep_ == "prep" for c in tok.children) and any(c.dep_ == "det" for c in tok.children)


def _shared_adjunct(first: Token, trigger: Token) -> bool:
    """A temporal adjunct ("since April", "over the past week") on one of two verbs
    that share a subject bears on both: "militants have attacked and looted villages
    since April" tallies the attacks too."""
    verb = clause_verb(trigger)
    node = first.head if first.dep_ == "mark" else first
    own = clause_verb(node.head if node.dep_ == "advcl" else node)
    if own.dep_ == "advcl":
        own = own.head
    conj = own if own.dep_ == "conj" and own.head.i == verb.i else (
        verb if verb.dep_ == "conj" and verb.head.i == own.i else None)
    # a second clause with its own subject is its own statement ("devices have been
    # found since September, and four children have died in an explosion")
    return conj is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)


def _process_toll(sent: Span) -> str | None:
    """"The escalation has killed more than 670": a process's tally in the perfect; and
    a bare perfect toll after a sentence about a period ("Kilis has been hit by rockets
    more than 70 times this year. More than 20 people have been killed."): its tally."""
    nouns = set(incident_words()["process_nouns"])
    bare = _bare_perfect_toll(sent)
    if bare is not None:
        return bare
    for t in sent:
        if t.lemma_ not in ("kill", "claim") or not any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in nouns and not any(
                c.lower_ in COUNTED_SET for c in subj.children):
            return f"{subj.text} has {t.text}"
    return None


# "Twin car bomb attacks have killed at least 10": a counted set of attacks is one
# incident told with its toll, not a process's tally
COUNTED_SET = {"twin", "double", "triple", "two", "three", "simultaneous", "coordinated"}


def _bare_perfect_toll(sent: Span) -> str | None:
    """"More than 20 people have been killed." with no date, place or cause of its own,
    right after a sentence that names a period: the period's tally."""
    if sent.start == 0 or any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
                              or t.dep_ in ("prep", "agent") for t in sent):
        return None
    root = sent.root
    if root.lemma_ not in ("kill", "die") or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in root.children):
        return None
    before = sent.doc[sent.start - 1].sent
    words = [t.lower_ for t in before]
    data = incident_words()
    cues = data["period_cues"] + data["period_scope_cues"] + data["tally_periods"]
    if any(_contains(words, p.split()) for p in cues):
        return f"{root.text} after a period's sentence"
    return None


def running_process(m: Mention) -> bool:
    """A campaign named by its process noun with nothing that makes it one incident: no
    toll, no date of its own, no place below the country ("The SDF are concluding their
    own operations against Daesh in northern Syria", "fighters are pushing ahead in
    their offensive in northern Syria"): the war's course, not an event."""
    words = m.trigger.lower().split()
    if not words or words[-1] not in incident_words()["process_nouns"]:
        return False
    if m.killed is not None or m.injured is not None or m.date_text:
        return False
    return m.place is None or not below_country(m.place)


def campaign_course(trigger: Token, day: bool, month: bool = False,
                    opened_at: bool = False) -> str | None:
    """The course of a campaign, not an incident (ACLED codes events, not a campaign's
    start or its trend): the trigger is the subject or object of a trend verb
    ("airstrikes on the province have intensified since ...") with no day of its own or
    with "since"; or the object or gerund of a start verb ("launched an operation called
    Wrath of Euphrates", "began attacking DAESH last week", "are mounting an offensive")
    or a campaign noun, with no day of its own; or strikes in the plural that a start verb
    has as its object when the sentence dates them by a month or a year only ("Moscow
    launched air strikes in support of the regime in September", "Russia began air
    strikes last September": an intervention's start, not one day's strike). The caller
    asks only when the sentence gives no toll ("launched an offensive, killing 10" is an
    incident). With `opened_at` (the sentence dates the start by a day or a month and
    names the town or province it opened on: "Turkey launched an offensive against the
    Kurdish enclave of Afrin in January"), one operation's start is its first battle,
    which ACLED codes at that place and time: an incident, not a course."""
    data = incident_words()
    if trigger.lower_ in data["campaign_nouns"] and not day:
        return trigger.text
    if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj", "xcomp"):
        return None
    verb = trigger.head
    lemma = verb.lemma_.lower()
    if lemma in data["trend_verbs"] and (lemma != "step" or any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        since = any(t.lower_ == "since" for t in verb.subtree)
        return f"{trigger.text} {verb.text}" if since or not day else None
    if lemma in data["start_verbs"] and not day and (
            trigger.dep_ == "xcomp" or trigger.lower_ in data["started_processes"]) and not (
            opened_at and trigger.dep_ == "dobj" and trigger.tag_ == "NN"):
        return f"{verb.text} {trigger.text}"
    if lemma in data["start_verbs"] and month and trigger.dep_ == "dobj" and (
            trigger.tag_ == "NNS"):
        return f"{verb.text} {trigger.text} (by month)"
    return None


def is_source(span: Span) -> bool:
    """A phrase inside "according to ...": who reports, not who took part."""
    node = span.root
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ == "according" or (node.lower_ == "to" and node.i > 0
                                           and node.nbor(-1).lower_ == "according"):
            return True
    return False


# Modifiers of an event noun that say who did it ("terrorist shelling", "rebel
# shelling", "regime airstrikes", "Russian raids").
AGENT_MODIFIERS = {"terrorist", "rebel", "jihadist", "militant", "insurgent", "regime",
                   "government", "army", "opposition", "israeli", "russian", "syrian",
                   "turkish", "american", "iraqi", "coalition", "militia", "isis", "is"}


DEMONYM_MODIFIERS = {"israeli", "russian", "syrian", "turkish", "american", "iraqi"}


FORCE_MODIFIERS = {"army", "military", "regime", "helicopter", "helicopters", "warplane",
                   "warplanes", "jet", "jets", "forces", "troops", "air", "force", "navy",
                   "coalition", "police"}


def modifier_agent(trigger: Token) -> Span | None:
    """The agent an event noun carries as its modifier, when the parse gives no other:
    "terrorist shelling", "Russian airstrikes", "Syrian army helicopter fire"."""
    if trigger.tag_ == "VBG":
        return _gerund_agent(trigger)
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [t for t in trigger.doc[trigger.left_edge.i:trigger.i]
            if t.dep_ in ("amod", "compound", "nmod") or t.head.dep_ in ("amod", "compound")]
    force = [t for t in mods if t.lower_ in FORCE_MODIFIERS]
    if force and trigger.lower_ in FORCE_MODIFIERS:
        return trigger.doc[mods[0].i:trigger.i + 1]  # "the air force (killed)": the force
    if force:
        # "Syrian army helicopter (fire)"; "Regime (bombing raids)": the phrase ends
        # at its last force word, the event words after it name no one
        return trigger.doc[mods[0].i:force[-1].i + 1]
    for c in trigger.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < trigger.i and (
                c.ent_type_ in ("NORP", "GPE")) and c.lower_ not in AGENT_MODIFIERS:
            return trigger.doc[c.left_edge.i:c.i + 1]  # "US airstrikes", "Israeli strikes"
        if c.dep_ in ("amod", "compound", "nmod") and c.i < trigger.i and (
                c.lower_ in AGENT_MODIFIERS or c.lemma_.lower() in AGENT_MODIFIERS):
            # a demonym names the state's forces only with the event noun: "Russian
            # airstrikes" (an alias of Military Forces of Russia); "terrorist" alone
            end = trigger.i + 1 if c.lower_ in DEMONYM_MODIFIERS else c.i + 1
            return trigger.doc[c.left_edge.i:end]
    return None


def _gerund_agent(trigger: Token) -> Span | None:
    """The agent words right before an event noun the parser took for a verb: "killed
    in Syrian regime shelling" (shelling tagged as a participle of "people")."""
    doc = trigger.doc
    i = trigger.i - 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ") or (
            doc[i].lower_ not in AGENT_MODIFIERS | FORCE_MODIFIERS):
        return None
    start = i
    while start > max(0, i - 2) and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN") and (
            doc[start - 1].dep_ in ("amod", "compound", "nmod")):
        start -= 1
    return doc[start:i + 1]


CLAIM_PHRASES = [["claimed", "responsibility"], ["claims", "responsibility"],
                 ["claim", "responsibility"], ["claiming", "responsibility"],
                 ["claim", "of", "responsibility"], ["took", "credit"], ["takes", "credit"],
                 ["claimed", "the"], ["claimed", "an"], ["claimed", "a"]]


def claim_of_responsibility(sent: Span) -> bool:
    """A claim of responsibility: what the codebook calls a statement, not an incident
    ("IS claimed responsibility for the bombing"); the incident is coded from its own
    report."""
    words = [t.lower_ for t in sent]
    return any(_contains(words, p) for p in CLAIM_PHRASES)


def claimed_deed(trigger: Token) -> bool:
    """"AQIS has claimed murder of an American blogger": a deed noun that is the object
    of "claim" is claimed as one's own, a claim of responsibility in other words (the
    victim its "of" phrase names does not make it a report of the killing)."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "claim"


def under_future(trigger: Token) -> str | None:
    """A future or conditional verb above the trigger ("a deal that will see rebels
    evacuated", "the strike would hit"); not above an event noun with a past date of its
    own ("last weekend's air strikes would temper ...": the strikes happened)."""
    if dated_fact(trigger):
        return None
    found = _child_above(trigger, "aux", {"will", "would", "'ll", "shall"})
    return None if found is None else f"{found[0].text} {found[1].text}"


def habitual(trigger: Token) -> str | None:
    """"Rebels regularly attack villages in the region and kill civilians", "special
    forces often carry out night raids": an adverb of habit on a verb in the simple
    present above the trigger, with no date in the sentence, describes what an actor
    does as a rule, not an incident with its own day and place (ACLED codes events).
    "Rebels attacked the village on Sunday" has no such adverb and stays."""
    found = _child_above(trigger, "advmod", set(incident_words()["habit_adverbs"]))
    if found is None or found[1].tag_ not in {"VBP", "VBZ"} or any(
            e.label_ in {"DATE", "TIME"} for e in trigger.sent.ents):
        return None
    return f"{found[0].text} {found[1].text}"


PRESENT = frozenset({"VBZ", "VBP"})


def generic_when(trigger: Token) -> str | None:
    """ "When a suicide bomber in the region blows himself up at a mall, he kills many
    innocents": a "when" clause in the simple present whose subject is indefinite ("a
    suicide bomber"), joined to a main clause in the simple present, tells what happens
    as a rule, with no day or place of its own (the codebook codes incidents). "When a
    suicide bomber blew himself up at a mall, he killed 12" (past) and a dated sentence
    stay; so does a headline's present ("Suicide bomber kills 12 in Kabul": no clause)."""
    if any(e.label_ in {"DATE", "TIME"} for e in trigger.sent.ents):
        return None
    marks = set(incident_words()["generic_marks"])
    for verb in [trigger, *trigger.ancestors][:5]:
        if verb.tag_ not in PRESENT:
            continue
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        if verb.dep_ == "advcl":
            clauses.append(verb)
        for clause in clauses:
            main = clause.head
            mark = next((c for c in clause.children if c.dep_ == "advmod" or c.dep_ == "mark"
                         if c.lower_ in marks), None)
            if mark is None or clause.tag_ not in PRESENT or main.tag_ not in PRESENT:
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                           for d in subject.children):
                return f"{mark.text} {subject.text} {clause.text}"
    return None


def on_patrol(trigger: Token) -> str | None:
    """"Dozens of riot police patrolled the area around the site of the Moscow clash",
    "the Chechen rebels patrolled the perimeter armed with rockets", "commandos maintained
    a strict vigil": an event noun in what a force patrols, guards or keeps, with no verb
    of its own and no day outside the patrol's own, is where or why the force stands, not
    an incident (the codebook: a deployment or a patrol is no event). "Patrolled the
    villages after a weekend clash left three men dead" (a verb of its own), "the site of
    the police offensives on Wednesday" (a day), "soldiers were patrolling a road while
    two insurgents shot at them" (another clause) and the patrol's doers stay."""
    if trigger.pos_ in {"VERB", "AUX"} or any(t.pos_ in {"VERB", "AUX"}
                                               for t in trigger.subtree):
        return None
    branch, node = trigger, trigger.head
    while node.i != branch.i and (node.pos_ not in {"VERB", "AUX"} or (
            _bare_participle(node) and not _acts_on(node, branch))):
        branch, node = node, node.head
    if node.i == branch.i or node.lemma_.lower() not in incident_words()["patrol_verbs"] or (
            branch.dep_ not in _PATROLLED) or _takes_part(trigger, branch):
        return None
    own = {t.i for t in node.subtree} - {t.i for t in branch.subtree}
    if any(t.ent_type_ in ("DATE", "TIME") and t.i not in own for t in trigger.sent):
        return None
    return node.text


def _takes_part(trigger: Token, branch: Token) -> bool:
    """The force takes part in the event itself: "maintained their shelling of Aleppo",
    "deployed tanks in an assault on rebel positions", "patrolled the streets amid
    clashes" (the event noun is the patrol verb's own object, or the object of a
    preposition of taking part); "maintained a strict vigil" is a watch kept."""
    words = incident_words()
    if branch.i == trigger.i:
        return trigger.lemma_.lower() not in words["patrol_watch_nouns"]
    return branch.dep_ == "prep" and trigger.head.i == branch.i and (
        branch.lower_ in words["patrol_part_preps"])


def _acts_on(verb: Token, branch: Token) -> bool:
    """"hovered over the village before dropping barrel bombs": a gerund whose object is the
    event noun is a deed of its own that follows the flight, not the patrol's setting."""
    return verb.tag_ == "VBG" and branch.dep_ == "dobj"


# how the event noun hangs on the patrol verb: what is patrolled or guarded, where, how
_PATROLLED = {"dobj", "nsubjpass", "prep", "npadvmod", "attr", "oprd", "acl", "advmod"}


def _bare_participle(verb: Token) -> bool:
    """"armed with rockets", "since ending a siege": a participle with no subject or
    auxiliary of its own describes the clause above it."""
    return verb.tag_ in {"VBN", "VBG"} and verb.dep_ in {"acl", "amod", "pcomp"} and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


WAR_PREPS = {"in", "during", "after", "throughout"}


def in_a_past_war(trigger: Token) -> str | None:
    """"In that war, Israel captured Hebron", "90 percent of the courtrooms were destroyed
    in the war", "captured ... after the war ended": a past deed placed only in a war the
    text names by no year, with no date in the sentence, is the war's history retold,
    not an incident the report dates (ACLED codes an event with its own day). "The war
    against IS" (a campaign under way), "the 1967 war" (a year of its own, see
    pipeline._year_dated) and a sentence with a date stay."""
    verb = clause_verb(trigger)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "were captured and held ... after the war ended"
    if verb.tag_ not in ("VBD", "VBN") or any(
            t.ent_type_ in ("DATE", "TIME") for t in clause_tokens(verb, trigger)):
        return None
    for head in (verb, *(c for c in verb.children if c.dep_ == "conj")):
        for prep in (c for c in head.children if c.lower_ in WAR_PREPS
                     and c.dep_ == "prep"):
            war = next((c for c in prep.children if c.lemma_.lower() == "war"), None)
            if war is not None and _plain_war(war):
                return f"{prep.text} the war"
        for clause in (c for c in head.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in WAR_PREPS for m in c.children)):
            if any(c.dep_ == "nsubj" and c.lemma_.lower() == "war" and _plain_war(c)
                   for c in clause.children):
                return "after the war"
    return None


def _plain_war(war: Token) -> bool:
    """"the war", "that war": no year, no name, no enemy of its own."""
    return {c.dep_ for c in war.children} <= {"det", "amod"} and any(
        c.dep_ == "det" and c.lower_ in {"the", "that"} for c in war.children) and not any(
        c.like_num for c in war.children)


def _child_above(node: Token, dep: str, words: set[str]) -> tuple[Token, Token] | None:
    """The first child with this relation and word on the node or up to three heads
    above it, with the node that holds it."""
    for _ in range(4):
        child = next((c for c in node.children if c.dep_ == dep and c.lower_ in words),
                     None)
        if child is not None:
            return child, node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def among_victims(trigger: Token) -> bool:
    """"Among the wounded were four members of one family": a subgroup of casualties
    already counted, not an incident."""
    return trigger.head.lower_ == "among" and trigger.dep_ == "pobj"


def counted_in_thousands(trigger: Token) -> str | None:
    """"We neutralised thousands of Daesh fighters", "strikes that have killed tens of
    thousands of civilians": victims counted in thousands are a running total of a
    campaign or a war (a boast, a tally), not the toll of one incident, which ACLED
    codes with the day's figure."""
    for obj in trigger.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        words = [t.lower_ for t in obj.subtree][:4]
        scale = next((w for w in words if w in THOUSANDS), None)
        if scale:
            return f"{scale} of {obj.lower_ if obj.lower_ not in THOUSANDS else 'them'}"
    return None


THOUSANDS = {"thousands", "millions"}
_TOLL_VERBS = {"kill", "die", "wound", "injure", "slaughter", "massacre"}


def running_tally(trigger: Token) -> str | None:
    """A war's running total told in the perfect about its fighting or by its process:
    "tens of thousands of civilians have been killed in the fighting" (the dead counted
    in thousands, the trigger the fighting they died in), "a conflict that has killed
    more than 120,000 people" (a process noun's relative clause), "the war has left
    250,000 people dead". Commentary on a war, not one incident (ACLED codes an event
    with its own day and place); "thousands were killed in Srebrenica in July 1995" is
    no perfect and stays."""
    verb = trigger.head.head if trigger.dep_ == "pobj" and (
        trigger.head.lower_ in incident_words()["toll_war_preps"]) else trigger
    if trigger.lower_ == "dead" and trigger.dep_ in {"oprd", "acomp"}:
        verb = trigger.head  # "has left 250,000 people dead"
    process = set(incident_words()["process_nouns"])
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return _tallied_strikes(trigger, process)
    counted = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if verb.lemma_.lower() in _TOLL_VERBS and any(
            w.lower_ in THOUSANDS for c in counted for w in list(c.subtree)[:4]):
        return f"{verb.text} counted in thousands"
    subj = next((c for c in counted if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        subj = verb.head  # "a conflict that has killed ..."
    if subj is not None and subj.lower_ in process and (
            verb.lemma_.lower() in {"kill", "claim"} or verb.lemma_.lower() == "leave"
            and trigger.lower_ == "dead"):
        return f"{subj.text} {verb.text}"
    return None


def _tallied_strikes(trigger: Token, process: set[str]) -> str | None:
    """"has launched airstrikes that have killed scores of civilians": strikes whose
    relative clause sums their dead in the perfect, with no date in the sentence, are a
    campaign's running total ("air strikes on Monday that have killed 20" stays)."""
    if trigger.lower_ not in process or any(
            e.label_ in {"DATE", "TIME"} for e in trigger.sent.ents):
        return None
    for rel in (c for c in trigger.children if c.dep_ == "relcl"):
        if rel.lemma_.lower() in {"kill", "claim"} and any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in rel.children):
            return f"{trigger.text} that {rel.text}"
    return None
_WHERE_WHEN = {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"}


def bare_toll(trigger: Token) -> str | None:
    """"About 2,000 civilians have been killed.": a toll in the perfect that names no
    place, no time, no attacker and no attack is a tally of the war told as commentary,
    not an incident (ACLED: an event has its own day and place). "Two soldiers have been
    killed in the clashes" names its incident and stays."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.dep_ == "agent" and trigger.dep_ == "pobj":
        verb = verb.head  # "have been killed by government air strikes": the doer
    if verb.lemma_.lower() not in _TOLL_VERBS or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None
    held = [c for c in verb.children if c.dep_ in {"prep", "agent", "advcl", "npadvmod",
                                                   "advmod", "dobj", "xcomp", "conj", "ccomp"}]
    if held and not (len(held) == 1 and _multitude_by_many(verb, held[0])):
        return None
    sent = verb.sent
    if verb.dep_ != "ROOT" or any(e.label_ in _WHERE_WHEN for e in sent.ents):
        return None
    return f"{verb.text} with no time, place or attack"


_MULTITUDES = COUNT_WORDS | {"tens", "millions"}
# Victims counted by no number: a multitude or an indefinite share ("dozens of them",
# "many civilians", "other civilians", "a number of leaders")
VAGUE_COUNTS = _MULTITUDES | {"many", "several", "some", "other", "others", "number",
                             "numerous", "countless"}


def multitude_tally(trigger: Token) -> str | None:
    """"Dozens of them have been killed by IS militants while defending the Kurdish
    Region", "thousands of civilians are being killed by heavy artillery": victims
    counted by no number, in the perfect or the progressive, in a sentence that names no
    day, no place and no single attack, sum a campaign's dead over an open period
    (commentary; ACLED codes an event with its own day and place). "Dozens of militants
    have been killed in a protracted bombardment" names its one attack and stays; the
    pluperfect ("the army said hundreds had been killed in the offensive") is left to the
    checks of a long report's background."""
    verb = trigger if trigger.lemma_ in TOLL_VERBS else _killing_head(trigger, hops=3)
    if verb is None or any(e.label_ in _WHERE_WHEN for e in trigger.sent.ents):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not aux & {"have", "has", "'ve", "being"} and not (
            verb.tag_ == "VBG" and aux & {"is", "are", "was", "were"}):
        return None
    victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") or (
        c.dep_ == "nsubj" and verb.lemma_ == "die")]
    if not victims or _single_attack(verb) or any(
            t.like_num for v in victims for t in v.subtree):
        return None
    lead = [t.lower_ for t in list(victims[0].subtree)[:3]]
    return f"{' '.join(lead)} {verb.text}" if set(lead) & VAGUE_COUNTS else None


def _multitude_by_many(verb: Token, agent: Token) -> bool:
    """"Hundreds of people have been killed by Islamic State militants": a multitude in
    the perfect, killed by a plural doer with no place or day, sums a campaign's dead
    (commentary); "dozens have been killed by a car bomb" (one doer, one blast) may be
    the incident of the sentence before and stays."""
    if agent.dep_ != "agent" or not any(
            c.dep_ == "nsubjpass" and c.lower_ in _MULTITUDES for c in verb.children):
        return False
    doers = [g for g in agent.children if g.dep_ == "pobj"]
    return bool(doers) and all(d.tag_ in {"NNS", "NNPS"} for d in doers)


_SEEN_AS = {"see", "view", "regard", "interpret", "perceive"}  # judged only "as" something


def judged_incident(trigger: Token) -> str | None:
    """"The attacks are widely seen as an attempt to derail the talks", "the clashes
    highlight the rivalry between the militias": a definite event noun as the subject of
    a verb of analysis, with no toll, place or date in the sentence, is commentary on an
    incident told elsewhere, not a report of one (ACLED codes the incident where it is
    reported: its day, place and sides)."""
    verb = trigger.head
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in set(
            incident_words()["judgement_verbs"]) or not any(
            d.dep_ == "det" and d.lower_ in {"the", "these", "those", "this", "that"}
            for d in trigger.children):
        return None
    if verb.lemma_.lower() in _SEEN_AS and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    if any(e.label_ in _WHERE_WHEN for e in trigger.sent.ents) or any(
            t.lemma_.lower() in _TOLL_VERBS for t in trigger.sent):
        return None
    return f"{trigger.text} {verb.text}"


def under_appeal(trigger: Token) -> str | None:
    """The appeal verb a trigger depends on ("called for ... against brutal attacks"); not
    through a clause of the appeal's occasion told as done (_appeal_occasion)."""
    verbs = set(incident_words()["appeal_verbs"])
    node = trigger
    for _ in range(7):
        if node.head.i == node.i or _appeal_occasion(node) or _finite_conjunct(node):
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in verbs:
            return node.text
    return None


def _finite_conjunct(verb: Token) -> bool:
    """ "had gone to a military base to ask for the release of the women and were
    executed": a finite verb ("were executed") cannot complete an infinitive ("to ask");
    the parse joined it there, but it is told as done, beside the main verb ("urged the
    army to stop shelling and withdraw" stays the appeal's)."""
    if verb.dep_ != "conj" or verb.head.tag_ not in ("VB", "VBG"):
        return False
    finite = ("VBD", "VBZ", "VBP")
    return verb.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite
                                      for c in verb.children)


def _appeal_occasion(verb: Token) -> bool:
    """ "demanded urgent access to the injured in Misrata after it was shelled by
    Kadhafi's forces": a past clause of time or cause under the appeal tells what moved
    it, as done (the codebook's incident), not what is asked for ("urged the army to stop
    shelling" stays the appeal's)."""
    if verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in incident_words()["appeal_occasions"]
            for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children)


def weapons_test(trigger: Token) -> str | None:
    """ "Pakistan detonated nuclear devices in May last year", "the United States
    detonated 35 nuclear explosions in 27 peaceful tests": a state testing its weapons
    fights no one; ACLED codes no event (the test word, else None). Only the trigger's
    own device or blast, or a test it is told in with a weapon word on the test or the
    device ("a bomb exploded near the nuclear plant" is an attack, and so is a village
    stormed "during tests of the local water supply")."""
    words = incident_words()
    kinds, tests = set(words["test_weapons"]), set(words["test_nouns"])
    devices = set(words["test_devices"])  # not "bombed a nuclear reactor": a target
    own = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]
    for noun in (n for n in own if n.lower_ in devices):
        hit = next((c for c in noun.children if c.dep_ in ("amod", "compound")
                    and c.lower_ in kinds), None)
        if hit is not None:
            return f"{hit.text} {noun.text}"
    armed = set(words["test_weapon_words"])
    device = any(w.lower_ in armed for n in own[1:] for w in (n, *n.children))
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        if any(t.dep_ == "pobj" and t.lower_ in tests and (device or any(
                w.lower_ in armed for w in t.subtree)) for t in prep.children):
            return prep.text + " tests"
    return None


def participants_list(trigger: Token) -> str | None:
    """ "The biggest rebel and FSA groups taking part in the offensive include the First
    and Second Coastal Divisions, ...": an event noun in a participle or relative clause
    of participation ("taking part in", "participating in") on the subject of a verb of
    membership says who the sides are (commentary, READING.md), not that the offensive
    happened (the participle phrase, else None). "Rebels taking part in the offensive
    killed five soldiers" tells a deed and stays."""
    words = incident_words()
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "into"):
        return None
    verb = prep.head
    if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in words[
            "participation_verbs"] or (verb.lemma_.lower() == "take" and not any(
                c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
        return None
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in words["membership_verbs"]:
        return None
    return f"{noun.text} ... {verb.text} ... {trigger.text} {noun.head.text}"


LIGHT_VERBS = {"be", "have", "seem", "remain", "become"}  # "agreed the regime had a pattern"


def speech_act(trigger: Token, reporting: frozenset[str]) -> str | None:
    """The communication verb an event noun is the topic of ("condemned the attack",
    "spoke on the phone about the chemical attack"): a statement, not an incident,
    unless the noun's own phrase gives a place, a date or a number."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    node = trigger
    for _ in range(8):
        if node.head.i == node.i:
            return None
        child, node = node, node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() not in LIGHT_VERBS:
            break
    else:
        return None
    if child.dep_ in ("nsubj", "nsubjpass"):
        return None  # the event noun does something ("jets ... struck"): no topic
    lemma = node.lemma_.lower()
    if lemma not in reporting and lemma not in set(incident_words()["speech_verbs"]):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or t.like_num
           or t.lower_ in COUNT_WORDS or (t.pos_ == "VERB" and t.dep_ in ("acl", "relcl"))
           for t in trigger.subtree):
        return None  # "reported hundreds of shells fired by ...": the incident itself
    return node.text


def agreement_talk(trigger: Token) -> str | None:
    """An Agreement trigger that concludes nothing: a participle describing people
    ("freed civilians"), or "agree" with an opinion ("agreed that the regime had ...")
    or a plan ("agreed to take action") for its complement."""
    if trigger.dep_ == "amod":
        return f"{trigger.text} {trigger.head.text}"
    talks = under_negotiation(trigger) or agreement_in_passing(trigger)
    if talks:
        return talks
    if trigger.lemma_.lower() != "agree":
        return None
    deal = set(incident_words()["deal_verbs"]) | set(incident_words()["deal_nouns"])
    for c in trigger.children:
        if c.dep_ not in ("ccomp", "xcomp", "dobj") and not (
                c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")):
            continue  # "agreed ... after the worst fighting" says when, not what
        if not any(t.lemma_.lower() in deal or t.lower_ in deal for t in c.subtree):
            return f"{trigger.text} {c.text}"
    return None


def agreement_in_passing(trigger: Token) -> str | None:
    """A deal named only as the circumstance of something else ("despite a ceasefire
    brokered in December", "after the truce collapsed", "a truce agreed in February has
    been violated"): ACLED codes an agreement on the day it is reached, so a deal noun
    counts only as an argument of a verb of concluding (or a headline's subject)."""
    noun = trigger
    while noun.dep_ in ("compound", "acl", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "ceasefire talks", "a truce agreed by ...": the phrase's noun
    if noun.pos_ not in ("NOUN", "PROPN") or not noun.tag_.startswith("NN"):
        return None
    deals = set(incident_words()["deal_nouns"])
    for _ in range(4):
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        prep = noun.head
        if not (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"
                and prep.head.lemma_.lower() in deals | {"exchange", "process", "part"}):
            break
        noun = prep.head  # "in exchange for the release of 16 soldiers": the exchange
    dep, head = noun.dep_, noun.head
    if (dep == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "to", "upon", "in")
            and head.head.pos_ == "VERB"):
        # "agreed on a truce", "released 30 rebels in exchange for ..."
        dep, head = "dobj", head.head
    if dep == "ROOT" or (dep in incident_words()["deal_arguments"] and head.pos_ in ("VERB", "AUX")
                         and head.lemma_.lower() in incident_words()["conclude_verbs"]):
        return None
    return f"{noun.text} {dep} {head.text}"


def running_situation(trigger: Token) -> str | None:
    """A trigger in the perfect progressive with no toll ("government forces have been
    fighting against several rebel groups"): the war's course over an open period, not
    an incident of one day; the caller keeps it when the sentence gives it a date."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBG":
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "been" not in aux or not aux & {"have", "has", "had", "'ve", "'s"}:
        return None
    if any(t.like_num or t.lower_ in COUNT_WORDS for t in verb.subtree):
        return None  # "have been shelling the town, killing five": a toll, one incident
    if _since_today(verb):
        return None  # "clashes have been raging since dawn": today's battle, under way
    return " ".join(t.text for t in verb.children if t.dep_ == "aux") + " " + verb.text


def _since_today(verb: Token) -> bool:
    """"Since dawn", "since Monday", "since last night" in the verb's clause: the fighting
    began within a day or two and goes on at the time of the report, an incident the
    codebook dates to the report (as ``_short_period`` keeps such a span's toll)."""
    words = [t.lower_ for t in verb.sent]
    start = verb.sent.start
    return any(t.lower_ == "since" and _short_period(words, range(t.i - start, t.i - start + 1),
                                                     "since") for t in verb.subtree)


def participle_of(trigger: Token) -> str | None:
    """A past participle describing its noun ("jailed rebel fighters", "captured
    soldiers"): it says who the people are, as in a prisoner exchange, and reports no
    arrest of its own."""
    if trigger.dep_ == "amod" and trigger.tag_ == "VBN":
        return f"{trigger.text} {trigger.head.text}"
    return held_who(trigger)


def held_who(trigger: Token) -> str | None:
    """"Isis fighters who have been captured alive should face justice", "jihadist
    extremists who held foreign hostages": a relative clause on people, with no taker
    named by "by" and no time, says who the people are, as "captured fighters" does
    ("Kotey, who was captured in January by the SDF" reports the arrest)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
            for c in verb.children):
        return None
    told = any(t.lower_ == "by" or t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    return None if told else f"{verb.head.text} who ... {trigger.text}"


def stationed_of(trigger: Token) -> str | None:
    """"Army units stationed in the heights were waiting for the order": a participle
    saying where a force is, no base set up that day."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.lower_ == "stationed":
        return f"{trigger.head.text} {trigger.text}"
    return None


def in_question(trigger: Token) -> str | None:
    """"It was not clear whether the jet was shot down": an open question reports no
    event (ACLED codes what happened, not what may have)."""
    found = _child_above(clause_verb(trigger), "mark", {"whether"})
    return None if found is None else f"whether ... {trigger.text}"


ENDING_VERBS = {"end", "halt", "stop", "freeze"}


def ended_by(trigger: Token) -> str | None:
    """"The cessation of hostilities", "an end to the fighting": the noun is the fighting a
    truce stops, no incident of its own."""
    prep = trigger.head
    if trigger.dep_ in ("dobj", "xcomp") and prep.lemma_.lower() in ENDING_VERBS:
        # "last month's cease-fire deal that ended fighting over the region"
        deal = prep.head if prep.dep_ == "relcl" else next(
            (c for c in prep.children if c.dep_ == "nsubj"), None)
        if deal is not None and deal.lemma_.lower() in incident_words()["deal_nouns"]:
            return f"{deal.text} {prep.text} {trigger.text}"
    if trigger.dep_ != "pobj" or prep.lower_ not in ("of", "to", "in"):
        return None
    if prep.head.lemma_.lower() in incident_words()["ending_nouns"] and prep.head.pos_ == "NOUN":
        return f"{prep.head.text} {prep.text} {trigger.text}"
    return None


def under_negotiation(trigger: Token) -> str | None:
    """A deal still being made ("a deal is being negotiated for a truce in Waer", "are
    discussing a ceasefire", "seek a truce"): talks, not a concluded agreement."""
    verbs = set(incident_words()["talk_verbs"])
    node = next((t for t in list(trigger.ancestors)[:4] if t.pos_ in ("VERB", "AUX")), None)
    if node is None:
        return None
    ongoing = node.tag_ in ("VBG", "VB") or any(
        c.lower_ == "being" for c in node.children)
    if node.lemma_.lower() in verbs and ongoing:
        return node.text
    return None


def under_charge(trigger: Token) -> str | None:
    """The charge a trigger is the content of ("convicted of fighting", "on suspicion
    of terrorism offences"): what a court or the police allege, not an incident."""
    return _content_of(trigger, set(incident_words()["charge_words"]))


def under_mandate(trigger: Token) -> str | None:
    """The mandate a trigger is the content of ("the coalition tasked with fighting
    Daesh", "a force mandated to fight the rebels"): what a party is for, not an incident."""
    return _content_of(trigger, set(incident_words()["mandate_words"]))


def _content_of(trigger: Token, words: set[str]) -> str | None:
    """The word of `words` whose "of"/"with"/"for" phrase holds the trigger."""
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return None
        child, node = node, node.head
        if node.lower_ in incident_words()["deed_told"] and node.i < trigger.i:
            # "suspected of being behind the killing of US diplomat Laurence Foley in
            # Amman": the charge is who did it; the killing itself is told as a fact
            return None
        if (node.lemma_.lower() in words or node.lower_ in words) and node.i < trigger.i and (
                (child.dep_ == "prep" and child.lower_ in ("of", "with", "for"))
                or (child.dep_ in ("acl", "amod") and child.lower_ in RELATED)):
            return node.text  # "convicted of ...", not "suspect the shells contained"
    return None


# "charges related to organising an illegal protest": the charge's content
RELATED = {"related", "relating", "linked", "connected"}


def _in_own_right(t: Token) -> bool:
    """A war or weapon word of the lists in its own right: not a name ("Houston
    Rockets") and not the modifier of another noun with a non-war modifier of its own
    ("flood fighting effort")."""
    if t.pos_ == "PROPN" or (t.is_title and t.i > 0 and not t.is_sent_start):
        return False
    return not (t.dep_ == "compound" and any(c.dep_ == "compound" for c in t.children))


@lru_cache(maxsize=1)
def _war_lists() -> tuple[frozenset[str], list[list[str]], frozenset[str]]:
    """The one-word war words, the multi-word ones (split), the one-word weapon words."""
    data = incident_words()
    return (frozenset(w for w in data["war_words"] if " " not in w),
            [w.split() for w in data["war_words"] if " " in w],
            frozenset(w for w in data["weapon_words"] if " " not in w))


def war_sentences(doc: Doc) -> dict[int, tuple[int, bool]]:
    """Start offset of each sentence -> (how many war words it has, whether it names a
    weapon). A multi-word war word such as "air strike" counts once. Each word is
    looked up once in both lists, and tested further only when it is on one."""
    single, multi, weapons = _war_lists()
    out: dict[int, tuple[int, bool]] = {}
    for sent in doc.sents:
        lows = [t.lower_ for t in sent]
        count, armed = 0, False
        for t, low in zip(sent, lows, strict=True):
            lemma = t.lemma_.lower()
            war = lemma in single or low in single
            weapon = lemma in weapons or low in weapons
            if (war or weapon) and _in_own_right(t):
                count += war
                armed = armed or weapon
        count += sum(_contains(lows, p) for p in multi)
        out[sent.start_char] = (count, armed)
    return out


def war_report(counts: dict[int, tuple[int, bool]]) -> bool:
    """Is the report about armed conflict or unrest? (enough common war words)."""
    return sum(n for n, _ in counts.values()) >= incident_words()["war_words_needed"]


# Sub-event types whose words have no everyday sense: a suicide bombing or a grenade
# attack is political violence in any report ("blasted" as criticism is excluded below).
ALWAYS_POLITICAL = {T.SUICIDE_BOMB, T.GRENADE, T.REMOTE_EXPLOSIVE,
                    T.CHEMICAL_WEAPON, T.AIR_STRIKE}


def political_enough(group: list[Mention], war_words: dict[int, tuple[int, bool]],
                     war: bool, brief: bool = False) -> bool:
    """Outside reports of war and unrest, a record needs a political or armed actor:
    ACLED does not code a stabbing, a burglary, a sports "attack" or a company deal.
    Demonstrations need only their demonstrators, explosive and air attacks nothing
    more, a weapons seizure a weapon. A killing needs none when its victim is a
    political person, or when a brief places it in a country at war."""
    return any(_political(m, war or war_words.get(m.sent_start, (0, False))[0] > 0,
                          war_words.get(m.sent_start, (0, False))[1]) for m in group) or (
        group_killing(group, brief)) or _named_arrest(group, brief) or _war_capture(group, brief)


def _war_capture(group: list[Mention], brief: bool) -> bool:
    """"Twenty-three South Korean aid workers were captured in Ghazni on July 19", "Ramzi
    Binalshibh was captured in a raid in Karachi": in a brief from a country at war, people
    captured (the verb of war; the police arrest) by takers the sentence does not name are
    taken in that conflict, which the codebook codes as an abduction or an arrest, never a
    crime; an arrest told as such stays with _named_arrest."""
    return brief and all(m.sub_event_type in (T.ARRESTS, T.ABDUCTION) for m in group) and any(
        _in_war_country(m) and bool(m.victim)
        and _war_capture_word(m) for m in group)


def _war_capture_word(m: Mention) -> bool:
    return m.trigger.lower().startswith(tuple(incident_words()["war_capture_words"]))


def _police_taker(m: Mention) -> bool:
    """ "Panamanian police captured Henao": the police take people in crime news too; a
    capture by soldiers, agents or no one named is the taking of war (abduction, arrest)."""
    return m.actor1 is not None and m.actor1.name.startswith("Police")


def _town_taken(m: Mention) -> bool:
    """ "On Wednesday, they captured the country's second largest city, Lubumbashi": a
    city, a base or an airport captured, told by its noun, is taken by armed men
    whoever they are (the police seize goods and fugitives, not towns; a candidate
    "captured Wyoming" in a vote, a film "captures" a city's history); ACLED codes it as
    a territory event."""
    if m.sub_event_type not in T.TERRITORY_BATTLES or not _war_capture_word(m) or (
            m.place is None or m.place_inherited or _police_taker(m)):
        return False
    lex = load_lexicon()
    nouns = lex.cue_words("places") | lex.cue_words("posts")
    words = m.victim.lower().replace("’", "'").replace("'s", " 's").split()
    return any(w.strip(".,;:()\"'") in nouns and after != "'s"
               for w, after in zip(words, [*words[1:], ""], strict=False))


def _named_arrest(group: list[Mention], brief: bool) -> bool:
    """"Police announced the arrest of Ahmed Saadat in Ramallah": a brief from a country
    at war that tells only the arrest of a person it names tells the detention of a
    significant individual, which the codebook codes as Arrests (a name alone, where a
    long report would say what he is); arrests of "three men" stay out."""
    return brief and all(m.sub_event_type == T.ARRESTS for m in group) and any(
        _in_war_country(m) and _a_name(_taken(m)) for m in group)


def _taken(m: Mention) -> str:
    """Who was arrested: the patient, else the "of" phrase of an arrest noun ("the
    arrest of Ahmed Saadat"), up to a preposition or a comma."""
    if m.victim:
        return m.victim
    rest = m.sentence[m.trigger_start - m.sent_start + len(m.trigger):].split()
    if not rest or rest[0] != "of":
        return ""
    words = []
    for w in rest[1:]:
        if w.lower() in ("in", "on", "at", "by", "near", "from", "after", "and", "for"):
            break
        words.append(w.strip(".,;:"))
        if w[-1:] in ",;.":
            break
    return " ".join(words)


NOT_NAMES = {"the", "a", "an", "two", "three", "four", "five", "six", "seven", "eight",
             "nine", "ten", "several", "dozens", "hundreds", "some", "many"}


def _a_name(victim: str) -> bool:
    """A person's name: two or more words, each capitalised ("Ahmed Saadat"), before
    any apposition ("Abu Zubaydah, al-Qaida's top terrorism coordinator")."""
    words = victim.split(",")[0].split()
    run = 0
    for w in words:
        if not (w[:1].isupper() and w.replace("-", "").isalpha()):
            break
        run += 1
    return run >= 2 and words[0].lower() not in NOT_NAMES


def group_killing(group: list[Mention], brief: bool) -> bool:
    """Whether an incident told only as a killing is a political one (political_killing);
    a foiled attack or a weapons seizure told beside it is not made political by it. A
    victim's abduction told with the killing ("fatally shot ..., with his captors
    receiving orders from a Taliban commander") is the same violence against him."""
    return all(m.sub_event_type in KILLING_TYPES for m in group) and any(
        political_killing(m, brief) for m in group)


# What a killing may be told with and stay one: the shot and the abduction before it.
KILLING_TYPES = {T.ATTACK, T.ARMED_CLASH, T.ABDUCTION}


def political_killing(m: Mention, brief: bool) -> bool:
    """A killing or shooting by no one named is political violence when its victim is a
    political person ("investigative reporter Anna Politkovskaya was fatally shot"):
    the codebook codes attacks on journalists, politicians, officials and fighters by an
    unidentified armed group. A brief (a wire lede of a sentence or two) says no more
    than the killing and its place: in a country at war, that is the codebook's attack
    by an unidentified armed group, where a long report tells its crime as crime; and
    armed men killed there ("three US sailors were killed in the operation") are a
    battle of that war, and people kidnapped there abducted by an unidentified armed
    group."""
    if m.sub_event_type == T.ABDUCTION:
        # "two engineers were kidnapped in Kirkuk": a kidnapping, not a capture (an
        # arrest, mostly, whose taker the sentence does not name)
        return brief and _in_war_country(m) and m.trigger.lower().startswith(
            tuple(incident_words()["kidnap_words"]))
    if m.sub_event_type not in (T.ATTACK, T.ARMED_CLASH):
        return False
    words = {w.strip(".,;:()\"'’”") for w in m.victim.lower().split()}
    if words & {*incident_words()["weapon_words"], "rifles", "pistols", "guns", "weapons"}:
        return False  # "shot Kalashnikov rifles into the air": fired, no one hit
    if words & set(incident_words()["political_victims"]) or _party_people(words):
        return True  # (a fighter killed is typed a clash: "an al-Qaeda leader was killed")
    if _targeted_killing(m, brief):
        return True
    return brief and _in_war_country(m) and not _perfect_tally(m)


def _targeted_killing(m: Mention, brief: bool) -> bool:
    """ "Abdelkader Alloula was assassinated in Oran", "Laurent Barbot was shot dead while
    driving his car in the al-Tarikh area of Jiddah", who "worked as a technician on
    projects for the Saudi navy": an assassination is the killing of a public figure,
    political violence by its word alone; and a brief that tells one person killed by
    name and where, and says what public part he had (the press, a party, a state's
    forces, a cause), tells the codebook's attack by an unidentified armed group on a
    political figure. A named man shot outside a bar or in a quarrel over a fare, with
    no such part, is crime news."""
    if m.trigger.lower().startswith(tuple(incident_words()["assassination_words"])) and (
            not m.trigger.lower().endswith("ion") or m.date_text):
        return True  # (the noun undated is a past one named: "the assassination of Hariri")
    if not (brief and m.victim_named and m.sub_event_type == T.ATTACK and m.place is not None):
        return False
    words = {w.strip(".,;:()\"'’”") for w in m.sentence.lower().split()}
    return bool(words & {*incident_words()["political_victims"],
                         *incident_words()["public_parts"]})


def _party_people(words: set[str]) -> bool:
    """"Four members of the opposition party were hacked to death": the members, workers
    or leaders of a political party killed are political persons (the codebook's attack
    on a party's members); "members" alone are anyone's."""
    return bool(words & {"party", "parties"}) and bool(
        words & set(incident_words()["party_people"]))


def _in_war_country(m: Mention) -> bool:
    """Whether the mention happened in a country (or a region) at war in its year (the
    event date: the publication date when the text gives none): Sri Lanka's war ended in
    2009, so a killing in Colombo in 2015 is no longer one of its attacks. An undated
    report's year is unknown (Mention.year_unknown), not this one: any year of the war
    may be its."""
    spans = _war_spans(m.place) if m.place is not None else []
    if not spans:
        return False
    if m.year_unknown:
        return True
    year = (m.event_date or date.today()).year
    return any(first <= year <= last for first, last in spans)


def _war_spans(place: Place) -> list[tuple[int, int]]:
    """The years of the wars of the place's country (war_countries), and of its first-
    level region where a war held one region of a country at peace (war_regions:
    Chechnya, Kashmir, Aceh, Northern Ireland)."""
    table = _war_years()
    region = f"{place.iso3}/{fold(place.admin1)}" if place.admin1 else ""
    return [*table.get(place.iso3 or "", []), *table.get(region, [])]


_WAR_ENTRY = re.compile(r"(?P<key>[A-Z]{3}(?:/[^/]+?)?)(?:\s+(?P<first>\d{4})-(?P<last>\d{4})?)?")


@lru_cache(maxsize=1)
def _war_years() -> dict[str, list[tuple[int, int]]]:
    """war_countries and war_regions as ISO3 (or "ISO3/folded admin1") -> the (first,
    last) years of each of its wars ("LKA 1983-2009", "LBR 1989-1996" and "LBR
    2000-2003"; a bare code or an open span "1989-" is a war still going on)."""
    years: dict[str, list[tuple[int, int]]] = {}
    words = incident_words()
    for entry in [*words["war_countries"], *words["war_regions"]]:
        found = _WAR_ENTRY.fullmatch(str(entry).strip())
        if found is None:
            raise ValueError(f"incidents.yaml: a war entry not read: {entry!r}")
        code, _, region = found["key"].partition("/")
        key = f"{code}/{fold(region)}" if region else code
        years.setdefault(key, []).append((int(found["first"] or 0), int(found["last"] or 9999)))
    return years


def _perfect_tally(m: Mention) -> bool:
    """"The group has also killed dozens of people who tried to escape": an active
    perfect with no date of its own counts a record to date, not one incident."""
    before = m.sentence[:m.trigger_start - m.sent_start].lower().split()
    return "been" not in before[-1:] and bool({"has", "have"} & set(before[-2:]))


# A group's own activity: only an armed or political group has one ("civilians left
# the two towns" is displacement, "an exodus of civilians" no event).
GROUP_ACTIVITY = {T.CHANGE_TO_GROUP, T.OTHER}


def armed_agent_class(agent: Span | None) -> str | None:
    """"state" or "nonstate" when the agent phrase names armed men by its words alone
    ("security forces", "unidentified gunmen", "troopers from the northern command"),
    for a report that gives no country to resolve them by. Police, officers and
    administrations are left out: in ordinary news they arrest, raid and shoot in crime
    stories, which ACLED does not code."""
    if agent is None:
        return None
    unarmed = set(incident_words()["unarmed_agent_words"])
    if any(t.lower_ in unarmed for t in agent):
        return None
    return actor_class(agent)


def _political(m: Mention, war: bool, weapons: bool) -> bool:
    if m.sub_event_type in GROUP_ACTIVITY:
        return m.agent_class is not None or any(
            a is not None and a.inter in ARMED_INTER for a in (m.actor1, m.actor2))
    if m.event_type in (T.PROTESTS, T.RIOTS) or war:
        return True
    if m.sub_event_type in ALWAYS_POLITICAL and not m.trigger.lower().endswith("blasted"):
        return True
    if m.sub_event_type == T.DISRUPTED_WEAPONS and weapons:
        return True
    if m.sub_event_type == T.SHELLING and _in_war_country(m) and _fired_weapon(m):
        return True  # "a used car market in Gaza was hit by three tank shells": armies fire them
    if m.sub_event_type == T.LOOTING and _collective_damage(m.sentence):
        return True
    if m.sub_event_type == T.AGREEMENT and _self_evident(m):
        return True  # "released 30 rebels in exchange for 16 soldiers"
    actors = [a for a in (m.actor1, m.actor2) if a is not None]
    if m.sub_event_type == T.ABDUCTION and _political_persons(m):
        return True  # "unknown men abducted eight members of the opposition party"
    if m.sub_event_type == T.ATTACK and _civilians_killed(m):
        return True  # "four Kurdish civilians were killed in the attack": no crime word
    if m.sub_event_type == T.SEXUAL_VIOLENCE and _group_sexual_violence(m):
        return True  # "four men raped a woman in a moving car"
    if m.sub_event_type == T.ARRESTS:  # a burglar's arrest is no political event
        return any(a.inter in NON_STATE_ARMED | {5, 6} for a in actors) or (
            _political_persons(m) or _foreign_force_taken(m) or _military_arrest(m))
    armed = [a for a in actors if a.inter in ARMED_INTER | {5, 6}]
    if _town_taken(m):
        return True
    if m.event_type in VIOLENT:
        return bool(armed) or m.agent_class is not None
    # strategic developments: the police recovering stolen goods are no armed actor
    return any(not a.name.startswith("Police") for a in armed) or (
        m.agent_class is not None)


def _fired_weapon(m: Mention) -> bool:
    """ "a used car market in Gaza was hit by three tank shells": a shelling told by its own
    weapon (shells, mortars, rockets, artillery) is fired by armed men, whoever they are
    (ACLED: remote violence of an armed actor); in a country at war that is an incident
    of the war. A killing typed by a weapon named elsewhere ("Child Killed ... by Terrorist
    Shells in Damascus & Aleppo") is left to its actors."""
    weapons = tuple(incident_words()["fired_weapons"])
    return any(w.lower().startswith(weapons) for w in m.trigger.split())


def _military_arrest(m: Mention) -> bool:
    """ "Israeli forces arrested Marwan Barghouti in Ramallah": a state's military (not
    its police) detaining people in a country at war acts as a force in that conflict,
    not against crime; the codebook's Arrests are those of state forces (a coast guard
    stopping people who flee by boat elsewhere is not)."""
    return m.actor1 is not None and m.actor1.inter == 1 and m.actor1.name.startswith(
        "Military Forces") and _in_war_country(m)


def _foreign_force_taken(m: Mention) -> bool:
    """ "Iranian forces seized 15 British sailors": the armed men of one state taken by
    another's forces are an incident between states (ACLED codes them as arrests), never
    a crime."""
    a1, a2 = m.actor1, m.actor2
    return a1 is not None and a2 is not None and a2.inter == 1 and a1.name != a2.name


def _political_persons(m: Mention) -> bool:
    """Whether the sentence names political persons (activists, party members,
    militants): their arrest or abduction is political, a burglar's is not."""
    persons = set(incident_words()["political_persons"])
    return any(w in persons for w in m.sentence.lower().split())


def _civilians_killed(m: Mention) -> bool:
    """Whether an attack killed or wounded people the report calls civilians: a word of
    armed conflict, which ordinary news of a crime does not use for its victims (an
    accusation of "targeting civilians" with no toll is not enough)."""
    words = {w.strip(".,;:") for w in m.sentence.lower().split()}
    return bool(m.killed or m.injured) and bool(words & {"civilian", "civilians"})


def _group_sexual_violence(m: Mention) -> bool:
    """Sexual violence by a group (a gang rape, "four men", "rowdy men"): the public
    violence of a sexual nature ACLED codes, where one man's assault of a woman he
    knows is interpersonal violence outside its mandate."""
    group = set(incident_words()["group_perpetrators"])
    text = f"{m.trigger} {m.sentence}".lower().replace("-", " ")
    return bool({w.strip(".,;:()\"'’”") for w in text.split()} & group)


def _collective_damage(sentence: str) -> bool:
    """Looting or burning of many properties at once ("dozens of foreign-owned shops
    were looted", "a looting spree"): collective disorder the codebook codes, where one
    burgled shop is crime."""
    words = {w.strip(".,;:()\"'’”") for w in sentence.lower().split()}
    return bool(words & set(incident_words()["collective_damage"]))


# the weapons that name a sub-event type of their own above every other (the codebook
# types an incident by the weapon it used, not by one the report mentions)
_WEAPON_TYPES = {T.CHEMICAL_WEAPON, T.SUICIDE_BOMB}
_PRESENT_TENSE = {"VBP", "VBZ"}


def weapon_in_passing(trigger: Token, sub: str) -> bool:
    """A chemical or suicide weapon named as a kind, in a sentence that tells no harm:
    a plural noun after a preposition ("holding Russia responsible for gas attacks on
    civilians", "a measure against Isis suicide car bombs", "subjected to devastating
    chemical attacks") or the object of a present-tense verb ("they use suicide
    bombers"). It tells how the war is fought, not which weapon this incident used, so
    it must not give the incident its type (ACLED: Chemical weapon and Suicide bomb are
    coded when the event used them)."""
    if sub not in _WEAPON_TYPES or trigger.tag_ not in ("NNS", "NNPS"):
        return False
    if any(t.lower_ in HARM_WORDS for t in trigger.sent):
        return False
    head = trigger.head
    return trigger.dep_ == "pobj" or (trigger.dep_ == "dobj" and head.tag_ in _PRESENT_TENSE)


def type_rank(m: Mention, deadly: bool) -> float:
    sub = m.sub_event_type
    if m.weapon_in_passing and not (m.killed or m.injured):
        return len(PRECEDENCE) + 1  # after every mention that tells the incident itself
    if sub == T.DISRUPTED_WEAPONS and not deadly:
        return -1  # weapons seized, defused or destroyed with no one killed
    if (sub == T.ARMED_CLASH and not m.typed_by) or bare_killing(m):
        # "gunmen opened fire on a bus, killing a passenger": the clash of a bare
        # "killing" is a guess; the attack on civilians the clause reports is not
        return PRECEDENCE.index(T.ATTACK) + 0.5
    try:
        return PRECEDENCE.index(sub)
    except ValueError:
        return len(PRECEDENCE)


EXPLOSIVES = {T.REMOTE_EXPLOSIVE, T.GRENADE, T.SUICIDE_BOMB}
STRIKES = {T.AIR_STRIKE, T.SHELLING, T.CHEMICAL_WEAPON}
HARM_WORDS = {"died", "dies", "killed", "killing", "dead", "wounded", "injured", "injuring",
              "wounding", "maimed"}


def bare_killing(m: Mention) -> bool:
    """A killing told from the victims' side only: no attacker, no weapon, no place of
    its own ("20 fighters who guarded the buses were killed as well as dozens of
    passengers", "the child who was killed had been visiting his brother"). It tells
    who died in an incident the report names, not a fight of its own."""
    no_attacker = m.actor1 is None or m.actor1.inter == 7  # the victims read as its subject
    return (m.trigger.lower() in HARM_WORDS and no_attacker and not m.agent_class
            and (m.place is None or m.place_inherited))


def struck(m: Mention) -> bool:
    """An explosion with a victim ("he died in an explosion as his unit cleared mines"):
    the device went off, so the incident is Remote violence, not a disrupted use. So
    did strikes that harmed ("the strikes killed a large number of militants while
    destroying two command posts": the air strike, with a vague toll)."""
    if m.sub_event_type not in EXPLOSIVES | STRIKES:
        return False
    words = {w.strip(".,;:\"'’”") for w in m.sentence.lower().split()}
    return m.actor2 is not None or bool(words & HARM_WORDS)


# Words of a use foiled (the missiles intercepted, the jet shot down, the bomb defused),
# never a strike's damage.
FOILING = ("intercept", "shot down", "shoot down", "downed", "thwart", "foil", "defus",
           "dismantl", "seiz", "confiscat", "recover", "captur", "clear")


def repair_roles(group: list[Mention], doc: Doc | None = None) -> None:
    """One incident read twice, once with the armed group as the victim: "mortar
    shelling by ISIS militants" gives Civilians as the target in one reading and IS in
    the other. The armed group is the perpetrator. Civilians are never the first actor
    of political violence (ACLED: they are its targets; a mob is "Rioters")."""
    first = group[0]
    for m in group:
        if m.event_type in VIOLENT and m.actor1 is not None and m.actor1.inter == 7:
            m.actor1, m.actor2 = None, m.actor2 or m.actor1
    if first.actor1 is not None:
        allies = [m.actor1 for m in group if doc is not None and _joint_deed(first, m, doc)]
        for ally in allies:  # joint forces: actor1's associates, never its target
            if all(a.name != ally.name for a in first.assoc_actor_1):
                first.assoc_actor_1 = [*first.assoc_actor_1, ally]
        if first.actor2 is None:  # the other side of one fight, read as a first actor
            first.actor2 = next((m.actor1 for m in group if m.actor1 is not None
                                 and m.actor1.name != first.actor1.name
                                 and all(m.actor1.name != a.name for a in allies)), None)
        return
    targets = [m.actor2 for m in group if m.actor2 is not None and not m.post_target]
    armed = next((a for a in targets if a.inter in NON_STATE_ARMED), None)
    civilians = next((a for a in targets if a.inter == 7), None)
    if armed is not None and civilians is not None:
        first.actor1, first.actor2 = armed, civilians


def _joint_deed(first: Mention, m: Mention, doc: Doc) -> bool:
    """"Dozens of airstrikes by Russian jets as well as barrel bomb attacks by the Assad
    regime's helicopters hit Aleppo": two state forces whose deeds of one one-sided
    incident are joined as one phrase ("and", "as well as") struck together. ACLED codes
    joint forces as actor1 and its associate, never as each other's target. A battle's
    two doers are its two sides, and deeds told in clauses of their own ("Israeli jets
    struck ... after Syrian shells hit the Golan") may be the two sides of an exchange:
    both are left alone."""
    if m is first or m.actor1 is None or first.actor1 is None or first.event_type == T.BATTLES \
            or m.event_type != first.event_type or m.sent_start != first.sent_start \
            or m.actor1.name == first.actor1.name or not (
                m.actor1.inter in codes.STATE_FORCES and first.actor1.inter in codes.STATE_FORCES):
        return False
    one, two = token_at(doc, first.trigger_start), token_at(doc, m.trigger_start)
    return one is not None and two is not None and (
        _joined_below(two, one) or _joined_below(one, two))


def _joined_below(tok: Token, top: Token) -> bool:
    """``tok`` hangs under ``top`` through a conjunct ("airstrikes by Russian jets as well
    as barrel bomb attacks": "attacks" is a conjunct inside the airstrikes' phrase)."""
    joined = False
    while tok.i != top.i:
        if tok.head.i == tok.i or tok.dep_ in ("advcl", "ccomp", "relcl", "acl"):
            return False  # up to the root, or out of the phrase into another clause
        joined = joined or tok.dep_ == "conj"
        tok = tok.head
    return joined


# How strongly each kind of non-event report outweighs an event mention of a brief:
# (bar for one cue word, more per further cue word). A disaster report that says
# "killed" is a disaster; a weak type (an arrest, an agreement) is outweighed more
# easily. The classes and their words are the lexicon's `non_events`.
NON_EVENT_BAR = {"natural_disaster": (0.75, 0.25), "man_made_disaster": (0.7, 0.2),
                 "crime": (0.6, 0.2), "diplomacy": (0.45, 0.15), "attribution": (0.5, 0.2)}
WEAK_TYPES = {T.ARRESTS, T.DISRUPTED_WEAPONS, T.LOOTING,
              T.CHANGE_TO_GROUP, T.AGREEMENT, T.OTHER,
              T.NON_VIOLENT_TRANSFER, T.HQ_ESTABLISHED}


def non_event_report(doc: Doc) -> tuple[str | None, int]:
    """The non-event class (disaster, crime, diplomacy, blame) with most cue words in
    the report, and how many."""
    lex = load_lexicon()
    # a place's name is no cue ("the West Bank" tells no bank robbery)
    toks = [t for t in doc if t.ent_type_ not in PLACE_ENTS]
    # "No group immediately claimed responsibility": a claim denied blames no one
    claimed = [t for s in doc.sents if not _no_claim(s)
               for t in s if t.ent_type_ not in PLACE_ENTS]
    counts = {cls: weigh_cues(claimed if cls == "attribution" else toks, index,
                              lex.non_weights)
              for cls, index in lex.non_first.items()}
    best, n = None, 0
    for cls, k in counts.items():
        if k > n:
            best, n = cls, k
    return best, n


NO_CLAIMANT = {"no", "nobody", "none", "neither"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _no_claim(sent: Span) -> bool:
    """A claim nobody made ("No group has claimed responsibility", "the attack was not
    claimed", "nobody took credit"): the sentence of a bombing report that blames no one."""
    for t in sent:
        if t.lemma_.lower() not in ("claim", "take"):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "neg" for c in t.children) or any(
                s.lower_ in NO_CLAIMANT or any(d.lower_ in NO_CLAIMANT for d in s.children)
                for s in subj):
            return True
    return False


def outweighed(group: list[Mention], cls: str | None, n: int) -> bool:
    """Do the report's non-event words outweigh this incident? Demonstrations and
    violence by an armed group are never outweighed by crime or accident words."""
    if cls is None or n < 1:
        return False
    first = group[0]
    if first.disorder_type == T.DEMONSTRATIONS and cls != "attribution":
        return False
    armed = any(a is not None and a.inter in NON_STATE_ARMED
                for m in group for a in (m.actor1, m.actor2))
    taken = any(_military_arrest(m) for m in group if m.sub_event_type == T.ARRESTS)
    if (armed or taken) and cls in ("crime", "man_made_disaster"):
        return False
    if taken and cls == "attribution":
        # "Israeli soldiers ... captured Marwan Barghouti, ... a leader of a group that
        # has claimed responsibility for dozens of attacks": the claim words tell who
        # was taken; soldiers taking him is a deed, not a report of blame
        return False
    base, per = NON_EVENT_BAR.get(cls, (0.5, 0.15))
    bar = base + per * (n - 1)
    # each mention against the bar of its own type: the damage joined to a killing
    # ("killing eight people and destroying dozens of homes") is still a weak word
    return all(m.score < bar + (0.3 if m.sub_event_type in WEAK_TYPES else 0.0)
               for m in group)


def brief_incident(group: list[Mention]) -> bool:
    """In a brief, an incident needs no actor, toll or place of its own, but a weak
    type (a suspension, an agreement) still does, and a country alone is still the
    war's stage for a battle ("Heavy fighting continued in Syria"); a bombing "in a
    crowded market in Turkey" is an incident all the same. Some weak types carry their
    own evidence: weapons seized that the sentence names ("seven firearms and 200
    rounds were seized"), the arrest of political persons ("activists were arrested"),
    the looting of many properties ("shops were burned") and an agreement naming an armed
    party ("released 30 rebels in exchange for 16 soldiers")."""
    first = group[0]
    if first.sub_event_type in WEAK_TYPES and not _self_evident(first):
        return False
    return not (first.event_type == T.BATTLES and any(
        m.place is not None and m.place.level in ("country", "continent")
        and not m.place_guessed for m in group))  # (not a country the text never gave)


def _self_evident(m: Mention) -> bool:
    """A weak-type mention whose sentence names what makes it an incident."""
    words = {w.strip(".,;:()\"'’”") for w in m.sentence.lower().split()}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "pistols", "grenades"
    if m.sub_event_type == T.DISRUPTED_WEAPONS:
        return bool(words & set(incident_words()["weapon_words"]))
    if m.sub_event_type == T.ARRESTS:
        return bool(words & set(incident_words()["political_persons"]))
    if m.sub_event_type == T.LOOTING:
        return bool(words & set(incident_words()["collective_damage"]))
    if m.sub_event_type == T.AGREEMENT:
        release = m.trigger.lower().startswith(("free", "release", "set free"))
        return bool(words & set(incident_words()["armed_parties"])) and (
            not release or bool(words & set(incident_words()["deal_marks"])))
    return False


AIR_WORDS = {"warplane", "warplanes", "jet", "jets", "aircraft", "air", "helicopter",
             "helicopters", "planes", "plane", "bombers"}


def air_force(doc: Doc, iso2: str | None = None) -> Actor | None:
    """The forces whose aircraft or strikes the report names ("Syrian regime warplanes",
    "Russian jets", "coalition airstrikes", "raids by the US-led coalition"), when it
    names one's only or one's first: air strikes the report leaves unattributed are
    theirs ("It was unclear if Syrian regime warplanes or aircraft of its Russian allies
    carried out ..." -> Syria, the first named, as ACLED codes a joint or uncertain
    strike by its first actor). ``iso2``, the incident's country, scopes names such as
    "the coalition" (in Syria or Iraq the one against the Islamic State)."""
    from frontlines.extraction.actors import state_of

    for sent in doc.sents:
        believed = believed_air_force(sent)
        if believed is not None:
            return believed
        for t in sent:
            if t.lower_ in AIR_WORDS and t.i > 0:
                left = doc[max(t.i - 3, sent.start):t.i]
                norp = [x for x in left if x.ent_type_ in ("NORP", "GPE", "ORG") or x.is_title]
                for x in norp:
                    actor = state_of(doc[x.i:x.i + 1])
                    if actor is not None:
                        return actor
            if t.lower_ in AIR_WORDS or t.lower_ in STRIKE_NOUNS:
                actor = _striking_force(t, sent, iso2)
                if actor is not None:
                    return actor
    return None


# Nouns of an air campaign's blows: the force named with them is the air force.
STRIKE_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                "bombing", "bombings", "bombardment", "sorties"}


def _striking_force(t: Token, sent: Span, iso2: str | None) -> Actor | None:
    """An external or state force named just before an air word or strike noun ("US-led
    coalition airstrikes", "coalition bombing raid") or after it with "by" ("airstrikes
    by the coalition"): a force, never a group, since only forces strike from the air."""
    from frontlines.extraction.actors import resolve_actor

    doc = sent.doc
    spans = [doc[k:t.i] for k in range(max(t.i - 4, sent.start), t.i)]
    if t.i + 1 < sent.end and doc[t.i + 1].lower_ == "by":
        spans += [doc[t.i + 2:k] for k in range(t.i + 3, min(t.i + 7, sent.end) + 1)]
    for span in spans:
        actor = resolve_actor(span, None, iso2)
        if actor is not None and actor.inter in (1, 8):
            return actor
    return None


def _old_dates(sent: Span, published: date, age: timedelta) -> set[date]:
    """The date that heads a sentence, like an entry of a list ("March 1 2012 Regime
    forces seize ...", "2014 Islamic State group seizes ..."), when it names a year and
    lies more than ``age`` before publication. A date inside a sentence of narrative
    ("killed 37 civilians in April") heads no entry."""
    out = set()
    for ent in dates_in(sent):
        lead = [t for t in sent[:ent.start - sent.start] if not t.is_punct and not t.is_space]
        if lead or not any(t.like_num and len(t.text) == 4 for t in ent):
            continue
        when = parse_expression(ent.text, published)
        if when is not None and when.explicit and when.date < published - age:
            out.add(when.date)
    return out


def timeline_sentences(sents: list[Span], published: date) -> set[int]:
    """Indexes of the sentences of a timeline box ("Six years of conflict": March 15
    2011 ..., July 2011 ..., March 1 2012 ...): a run of sentences dated weeks or years
    before publication, each close to the next, with several different dates. Their
    events are not the report's news; a list of past events is coded from reports of
    its day. A later sentence repeating a timeline sentence word for word is one too."""
    age = timedelta(days=settings.TIMELINE_AGE_DAYS)
    dated = [(k, _old_dates(s, published, age)) for k, s in enumerate(sents)]
    dated = [(k, d) for k, d in dated if d]
    out: set[int] = set()
    run: list[tuple[int, set[date]]] = []
    for k, d in dated + [(len(sents) + settings.TIMELINE_GAP + 1, set())]:
        if run and k - run[-1][0] > settings.TIMELINE_GAP:
            if len(set().union(*(x for _, x in run))) >= settings.TIMELINE_DATES:
                # the last entry's own sentences follow its date
                last = min(run[-1][0] + settings.TIMELINE_TAIL, len(sents) - 1)
                out.update(range(run[0][0], last + 1))
            run = []
        run.append((k, d))
    return out | _repeated(sents, out)


def _repeated(sents: list[Span], box: set[int]) -> set[int]:
    """Sentences that repeat a sentence of the box (a timeline widget printed twice,
    once without its dates): their text lies inside a box sentence's."""
    texts = [" ".join(sents[k].text.split()).lower() for k in box]
    out = set()
    for k, s in enumerate(sents):
        words = " ".join(s.text.split()).lower()
        if k not in box and len(words.split()) >= 5 and any(words in t for t in texts):
            out.add(k)
    return out


def headline_like(sent: Span) -> bool:
    """A headline of another story left in the text ("Related stories Syria: 54 killed in
    suicide bombing at wedding"): no finite verb and no full stop. A report's sentences
    have a finite verb; a snippet's last sentence may lack only the full stop."""
    text = sent.text.rstrip()
    if not text or text[-1] in ".!?\"'\u201d\u2019):;,":
        return False
    if text[0].islower() and sent.start > 0 and sent.doc[sent.start - 1].text not in ".!?":
        return False  # a sentence the parser cut in two ("... were killed and | five more")
    return not any("Fin" in t.morph.get("VerbForm") or t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                   for t in sent)


def cut_headline(sent: Span) -> bool:
    """"Allied forces capture": a headline fragment (no full stop) that stops at its
    verb tells no incident: what was taken, where and when are cut off."""
    text = sent.text.rstrip()
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or not text or text[-1] in ".!?\"'\u201d\u2019):;," or len(words) > 8:
        return False
    last = words[-1]  # a headline's present ("capture"), not a report cut short
    # ("two soldiers were killed", "troops will also patrol")
    return last.tag_ in {"VBP", "VBZ"} and not any(
        c.dep_ in {"dobj", "prep", "prt", "ccomp", "xcomp", "attr", "acomp", "aux",
                   "auxpass", "neg"} for c in last.children)


# Attacks and explosions whose perpetrator the report does not name: ACLED codes them
# by "Unidentified Armed Group (Country)". Air strikes and shelling are not here: an
# armed force's weapons, coded by the force the report names or believes.
UNNAMED_PERPETRATOR = {T.SUICIDE_BOMB, T.REMOTE_EXPLOSIVE, T.GRENADE, T.ATTACK,
                       T.ABDUCTION}


BELIEF_WORDS = {"believed", "thought", "suspected", "presumed", "assumed", "likely"}


def believed_air_force(sent: Span) -> Actor | None:
    """The state a sentence believes its aircraft belong to ("military jets believed to
    be Russian killed at least 60 civilians"): the report's attribution, which ACLED
    codes as given."""
    from frontlines.extraction.actors import state_of

    doc = sent.doc
    for t in sent:
        if t.lower_ not in AIR_WORDS:
            continue
        right = doc[t.i + 1:min(t.i + 6, sent.end)]
        if not any(x.lower_ in BELIEF_WORDS for x in right):
            continue
        for x in right:
            if x.ent_type_ in ("NORP", "GPE") or (x.is_title and x.lower_ not in BELIEF_WORDS):
                actor = state_of(doc[x.i:x.i + 1])
                if actor is not None:
                    return actor
    return None
