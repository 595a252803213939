"""Time: when did an event happen, relative to the story's publication date.

News dates events relative to the day the story is written ("on Friday",
"last week", "this month"). We resolve those against the publication date and
keep a precision in ACLED's sense: 1 the exact day, 2 a day within a known
week or a few days, 3 only the month (also used, documented, for a bare
year). Nothing is ever dated after publication: such an expression is a
future or planned event and is reported as ``future``.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from frontlines import data, settings
from frontlines.extraction.docs import sentence_ents, span_memo
from frontlines.extraction.words import PERSON_RELATIVES, reporting_verbs

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
# The month alternations the patterns below share, built once from MONTHS: the full names
# ("january|..."), and the first three letters capitalised ("Jan|...": a day-first or
# month-first date written short, "16 Apr", "Sept. 3")
_MONTH_NAMES = "|".join(MONTHS)
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_MONTH_SHORT = "|".join(m[:3].title() for m in MONTHS)
# A day or month name: no place name ("Tuesday", "May"), one set for the place stage.
CALENDAR_WORDS = frozenset({*WEEKDAYS, *MONTHS})

_NUMBER_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"])}
_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                  r"eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b")
# A year, alone or with a part of it: "2014", "early 2014", "mid-2015", "the summer
# of 2014", "the end of 2016". Too coarse to code an event by (see ``year_only``).
_YEAR = re.compile(r"^(?:(?:in|since|during|by|until|through|throughout)\s+)?(?:the\s+)?"
                   r"(?:(?:early|mid|late|end|start|beginning|middle|first half|second half|"
                   r"spring|summer|autumn|fall|winter)\s*(?:-|\s+of)?\s*)?(?:year\s+)?"
                   r"((?:19|20)\d\d)$")
# A month, alone or with a part of it: "in March", "late August", "at the end of January"
# (the month's precision: ACLED codes a part of a month as the month, time precision 3)
_MONTH_ONLY = re.compile(rf"^(?:(?:in|since|during|at|towards?)\s+)?(?:the\s+)?"
                         rf"(?:early\s+|mid-?\s*|late\s+|(?:end|beginning|start|middle)\s+of\s+)?"
                         rf"({_MONTH_NAMES})(?:\s+((?:19|20)\d\d))?$")

# "at the start of this year", "the end of last year": the year's first or last month
# (ACLED codes a part of a month, or a known month, at time precision 3)
_YEAR_EDGE = re.compile(r"^(?:(?:at|by|in|towards?)\s+)?the\s+(start|beginning|end)\s+of\s+"
                        r"(this|last|the)\s+year$")
# "last March", "this past March": the latest such month before the publication month
_LAST_NAMED = rf"(?:last|this past)\s+({_MONTH_NAMES})"
_LAST_MONTH = re.compile(rf"^{_LAST_NAMED}$")
# "in May last year", "July of last year", "March this year": a month of the year named
# relative to publication (ACLED: the month, time precision 3)
_MONTH_OF_YEAR = re.compile(rf"^(?:(?:in|since|during)\s+)?(?:early\s+|mid-?\s*|late\s+)?"
                            rf"({_MONTH_NAMES})\s+(?:of\s+)?(last|this)\s+year$")
# "July 18 last year", "18 July this year": the day (time precision 1)
_DAY_OF_YEAR = re.compile(rf"^(?:(?:on|since)\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+"
                          rf"({_MONTH_NAMES})|({_MONTH_NAMES})\s+(\d{{1,2}})"
                          rf"(?:st|nd|rd|th)?),?\s+(last|this)\s+year$")
# "the 14th of last March": a day of the latest such month (time precision 1)
_DAY_OF_LAST_MONTH = re.compile(
    rf"^(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+of\s+{_LAST_NAMED}$")
# A month with no year of its own ("that May", "in March") in a sentence that gives a
# year elsewhere ("In August 2016, ITV reported she had been killed in a strike that May")
_BARE_MONTH = re.compile(rf"(?i)^(?:(?:in|that|the same|the following|by)\s+)?"
                         rf"(?:early\s+|mid-?\s*|late\s+)?({_MONTH_NAMES})$")


@dataclass
class When:
    """A resolved time expression."""

    date: date
    precision: int
    text: str = ""
    explicit: bool = True  # False: defaulted to the publication date
    future: bool = False
    year_only: bool = False  # "in 2014": too coarse to code an event by


def _month_start(d: date, back: int = 0) -> date:
    year, month = d.year, d.month - back
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def _last_such_month(name: str, published: date) -> date:
    """"last January": the first day of the latest such month before the publication month
    (one home for "last March" and "the 14th of last March")."""
    month = MONTHS.index(name) + 1
    return date(published.year - (month >= published.month), month, 1)


def _weekday_before(published: date, weekday: int) -> date:
    """The latest date on or before publication with that weekday."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def parse_expression(text: str, published: date) -> When | None:
    """Resolve one time expression against the publication date (None if not a date)."""
    raw = text.strip()
    t = re.sub(r"\s+", " ", raw.lower()).strip(" ,.")
    t = re.sub(r"^(on|by|as of|until|from)\s+", "", t)
    t = re.sub(r"['’]s$", "", t)  # "last April's attack", "Tuesday's strike"
    fixed = _fixed_day_of_year(re.sub(r"^the\s+", "", t).replace("’", "'"), published, raw)
    if fixed is not None:
        return fixed
    t = re.sub(rf"\b({_MONTH_NAMES}),\s*((?:19|20)\d\d)$", r"\1 \2", t)  # "November, 2015"
    if not t:
        return None
    if re.search(r"\b(years?|decades?|months?|weeks?|days?|hours?)\b", t) and re.match(
            r"^(the )?(past|last|next|coming|several|many|few|\d+|two|three)\b.*\b(years|months|"
            r"weeks|days|hours|decades)$", t):
        return None  # a duration ("the past two years"), not a point in time
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return When(published, 1, raw)
    if t in ("yesterday", "last night", "overnight", "late yesterday", "yesterday morning",
             "yesterday evening", "on yesterday"):
        return When(published - timedelta(days=1), 1, raw)
    if t in ("tomorrow", "next week", "next month", "next year") or t.startswith("next "):
        return When(published, 1, raw, future=True)
    for i, wd in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(last |this |early |late )?{wd}( morning| afternoon| evening| night)?",
                        t):
            return When(_weekday_before(published, i), 1, raw)
    if t in ("last week", "earlier this week", "this week", "last weekend", "this weekend",
             "the weekend", "at the weekend", "over the weekend", "the previous week",
             "a week ago", "earlier in the week"):
        days = 7 if "last" in t or "previous" in t or "ago" in t else 0
        if "weekend" in t:
            days = max(1, (published.weekday() - 5) % 7)
        return When(published - timedelta(days=days), 2, raw)
    if t in ("recently", "only recently", "more recently", "until recently"):
        # neither the day nor the week: ACLED's month precision
        if t == "until recently":
            return None  # a state that lasted, not a time
        return When(_month_start(published - timedelta(days=settings.RECENTLY_DAYS)), 3, raw)
    if t in ("days ago", "a few days ago", "in recent days", "earlier"):
        return When(published - timedelta(days=3), 2, raw)
    if t in ("this month", "earlier this month", "so far this month", "the month"):
        return When(_month_start(published), 3, raw)
    if t in ("last month", "the previous month", "a month ago", "earlier last month",
             "late last month", "early last month", "in late last month"):
        return When(_month_start(published, 1), 3, raw)
    if t in ("last year", "a year ago", "the previous year"):
        return When(date(published.year - 1, 1, 1), 3, raw, year_only=True)
    if t in ("this year", "earlier this year"):
        return When(date(published.year, 1, 1), 3, raw, year_only=True)
    m = _AGO.search(t)
    if m:
        return counted_back(published, m.group("n"), m.group("unit"), raw, day_precision=1)
    m = _YEAR.match(t)
    if m:
        year = int(m.group(1))
        return _not_after(When(date(year, 1, 1), 3, raw, year_only=True), published)
    m = _YEAR_EDGE.match(t)
    if m:
        year = published.year - (m.group(2) == "last")
        month = 1 if m.group(1) in ("start", "beginning") else 12
        return _not_after(When(date(year, month, 1), 3, raw), published)
    m = _LAST_MONTH.match(t)
    if m:
        return When(_last_such_month(m.group(1), published), 3, raw)
    of_year = _of_named_year(t, raw, published)
    if of_year is not None:
        return of_year
    m = _MONTH_ONLY.match(t)
    if m:
        month = MONTHS.index(m.group(1)) + 1
        year = int(m.group(2)) if m.group(2) else published.year
        if not m.group(2) and month > published.month:
            year -= 1  # "in March" written in November means this year's March
        return _not_after(When(date(year, month, 1), 3, raw), published)
    return _parse_calendar(raw, published) or _part_of(t, raw, published)


# A count after a weekday, which the entity took in: "Wednesday 22 [Daesh fighters]";
# and a name before a time, "Sogam last September"
_DAY_THEN_COUNT = re.compile(rf"^((?:{_WEEKDAY_NAMES}))"
                             r",?\s+(?:\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")$")
_NOT_A_NAME = frozenset({"since", "until", "till", "before", "after", "during", "the", "every",
                         "through", "throughout", "from", "in", "of", "at", "by"})
_NAME_THEN_TIME = re.compile(rf"^[a-z][a-z'-]+\s+((?:last|this)\s+(?:{_MONTH_NAMES}|"
                             rf"{_WEEKDAY_NAMES}))$")


def _part_of(t: str, raw: str, published: date) -> When | None:
    """The day or month inside an expression that does not resolve whole because the
    named-entity tagger took a neighbouring word in: a count after a weekday ("Also
    Wednesday 22 Daesh fighters were killed") or a place name before "last September"
    ("in the village of Sogam last September"). The day (or month) is the time the
    sentence gives; the rest is not a time at all."""
    m = _DAY_THEN_COUNT.match(t)
    if m is None and raw[:1].isupper():  # a name, not "since last September"
        m = _NAME_THEN_TIME.match(t)
        if m is not None and t.split()[0] in _NOT_A_NAME:
            m = None
    if m is None:
        return None
    when = parse_expression(m.group(1), published)
    if when is None or when.year_only:
        return None
    return replace(when, text=raw)


def count_after_weekday(tok: Token) -> bool:
    """A number right after a weekday with no month after it ("On Friday 86 people were
    killed", "Also Wednesday 22 Daesh fighters"): the tagger takes it into the date, but
    it counts the noun after it (see ``_part_of``)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.like_num and tok.i > 0 and tok.nbor(-1).lower_ in WEEKDAYS
            and nxt is not None and nxt.is_alpha and not _month_word(nxt.text)
            and not _CLOCK.match(nxt.lower_))


# the hour after a day ("Friday 10 am", "Monday 0800 GMT"): a time, no count
_CLOCK = re.compile(r"^(?:[ap]\.?m\.?|gmt|utc|hours?|hrs|o'clock|local)$")


@lru_cache(maxsize=1)
def fixed_days() -> dict[str, tuple[int, int]]:
    """Feasts with a fixed calendar day ("New Year's Eve": 31 December), from the data
    file users can extend."""
    return {row[0].strip().lower(): (int(row[1]), int(row[2]))
            for row in data.load("fixed_days.tsv")}


def _fixed_day(month_day: tuple[int, int], published: date, raw: str) -> When:
    """The latest such day on or before publication: a report tells a past "New Year's
    Eve" bombing of the last one (ACLED: the day, time precision 1)."""
    day = date(published.year, *month_day)
    if day > published:
        day = date(published.year - 1, *month_day)
    return When(day, 1, raw)


# The year a feast may name after it: "Christmas Day 2004", "Christmas Day last year"
_FEAST_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)|\s+(?P<rel>last|this)\s+year)?"
_FEAST_WITH_YEAR = re.compile(r"(?P<feast>.+?)" + _FEAST_YEAR)


def _fixed_day_of_year(t: str, published: date, raw: str) -> When | None:
    """A feast, alone or with its year ("christmas day 2004", "christmas day last year"):
    a named year sets the year; with none, the latest such day before the report."""
    m = _FEAST_WITH_YEAR.fullmatch(t)
    fixed = fixed_days().get(m.group("feast")) if m else None
    if m is None or fixed is None:
        return None
    if m.group("year") is None and m.group("rel") is None:
        return _fixed_day(fixed, published, raw)
    year = int(m.group("year")) if m.group("year") else (
        published.year - (m.group("rel") == "last"))
    with contextlib.suppress(ValueError):  # "29 February" of a year without one
        return _not_after(When(date(year, *fixed), 1, raw), published)
    return None


@lru_cache(maxsize=1)
def _fixed_day_pattern() -> re.Pattern[str]:
    names = sorted(fixed_days(), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(
        re.escape(n).replace("'", "['’]") for n in names) + r")" + _FEAST_YEAR + r"\b")


def _feast_as_modifier(span: Span) -> bool:
    """A feast name that modifies a noun after it ("a Halloween party", "the Boxing Day
    market"): it names the thing, not the day of the event; a feast is a date only as
    its own phrase ("on Christmas Day", "Christmas Day 2004")."""
    name = re.sub(r"^the\s+", "", span.text.lower()).replace("’", "'")
    return name in fixed_days() and span.root.dep_ in ("compound", "amod", "nmod") and (
        span.root.head.i >= span.end and span.root.head.pos_ in ("NOUN", "PROPN"))


def _of_named_year(t: str, raw: str, published: date) -> When | None:
    """"July 18 last year" (the day), "in May last year", "March this year" (the month):
    a day or a month of the year named relative to publication."""
    m = _DAY_OF_YEAR.match(t)
    if m:
        month = MONTHS.index(m.group(2) or m.group(3)) + 1
        year = published.year - (m.group(5) == "last")
        with contextlib.suppress(ValueError):  # "31 February": no such day
            return _not_after(When(date(year, month, int(m.group(1) or m.group(4))), 1, raw),
                              published)
    m = _DAY_OF_LAST_MONTH.match(t)
    if m:
        # "on the 14th of last March": that day of the latest such month
        with contextlib.suppress(ValueError):  # "the 31st of last April": no such day
            return When(_last_such_month(m.group(2), published).replace(day=int(m.group(1))),
                        1, raw)
    m = _MONTH_OF_YEAR.match(t)
    if m:
        year = published.year - (m.group(2) == "last")
        return _not_after(When(date(year, MONTHS.index(m.group(1)) + 1, 1), 3, raw), published)
    return None


def counted_back(published: date, count: str, unit: str, text: str,
                 day_precision: int) -> When:
    """The day "N days/weeks/months/years" before publication, at the precision of the
    unit ("three weeks ago": within a week; "five months after": the month)."""
    count, unit = count.lower(), unit.lower()
    n = 1 if count in ("a", "an") else _NUMBER_WORDS.get(count) or int(count)
    if unit == "day":
        return When(published - timedelta(days=n), day_precision, text)
    if unit == "week":
        return When(published - timedelta(days=7 * n), 2, text)
    if unit == "month":
        return When(_month_start(published, n), 3, text)
    return When(date(published.year - n, 1, 1), 3, text, year_only=True)


def _not_after(when: When, published: date) -> When:
    if when.date > published:
        when.future = True
    return when


# "on 17 July 36 civilians were killed": after a day-first date, a number of one to
# three digits starts the next phrase (a count); a year in a report has four digits.
_DAY_MONTH_COUNT = re.compile(
    rf"(?i)^(.*\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_SHORT})[a-z]*\.?)"
    r"\s+\d{1,3}$")


def _parse_calendar(raw: str, published: date) -> When | None:
    """Day-level calendar dates ("November 11, 2017", "11 Nov") through dateparser."""
    if not re.search(r"\d", raw) or not re.search(
            r"(?i)\b(" + _MONTH_SHORT + r")|\d{4}-\d\d-\d\d|\d+/\d+", raw):
        return None
    import dateparser

    settings = {
        "RELATIVE_BASE": _as_datetime(published),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "STRICT_PARSING": False,
    }
    cleaned = re.sub(r"(?i)^(on|by|since|until|from)\s+", "", raw.strip(" ,."))
    cleaned = _DAY_MONTH_COUNT.sub(r"\1", cleaned)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return _not_after(When(parsed.date(), 1, raw), published)


def _as_datetime(d: date):  # noqa: ANN202 - datetime, imported lazily
    from datetime import datetime

    return datetime(d.year, d.month, d.day, 12, 0)


def _reporting_head(tok: Token) -> Token | None:
    """The nearest verb above a token, when that verb is a reporting verb; none when the
    token dates the verb's subject ("An incident in October 2016 confirmed ...": the
    incident's date, not the confirming's)."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc if anc.lemma_ in reporting_verbs() else None
        if anc.dep_ in ("nsubj", "nsubjpass") and anc.pos_ in ("NOUN", "PROPN"):
            return None
    return None


def _before_attribution(ent: Span, reporting: Token, trigger: Token) -> bool:
    """A date that closes the reported clause, right before a trailing attribution
    ("The air force hit targets in Hasakeh province late Saturday the Observatory
    said"): the attribution is an aside put after what it reports, so the date belongs
    to the clause before it, though the parse (without the comma) hangs it on "said".
    Only when the reported clause holding the trigger ends before the date and the
    reporting verb's own subject opens right after it; a date after the verb ("... the
    Observatory said Saturday") stays the report's."""
    subject = next((c for c in reporting.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not ent.end <= subject.left_edge.i < reporting.i:
        return False
    if any(not t.is_punct for t in ent.doc[ent.end:subject.left_edge.i]):
        return False
    return any(c.dep_ == "ccomp" and c.right_edge.i < ent.start and (
        c.i == trigger.i or c in trigger.ancestors) for c in reporting.children)


def _reporter_of(trigger: Token) -> Token | None:
    """The nearest reporting verb above a trigger: the one whose complement tells the
    incident ("media reported that dozens were killed"), not one further up."""
    return next((a for a in trigger.ancestors if a.lemma_ in reporting_verbs()), None)


_MISSED = re.compile(r"(?i)\b(last|this|earlier this) (week|month|year)\b|\bovernight\b|"
                     r"\blast night\b|\byesterday\b|\btoday\b|\brecently\b|"
                     r"\b(?:that|last) (?-i:" + _MONTH_NAMES.title() + r")\b")


# "On 16 Apr", "3 Sept 2014": a day-first date with the month written short, which the
# small model often reads as a count ("16 Apr" a CARDINAL): the day, not 16 of anything
_DAY_FIRST = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH_SHORT + r")[a-z]*\.?(?:,?\s+(?:19|20)\d\d)?\b")


def _month_word(text: str) -> bool:
    """A month's name or its abbreviation, capitalised ("April", "Apr", "Sept.")."""
    word = text.rstrip(".").lower()
    return text[:1].isupper() and len(word) >= 3 and any(m.startswith(word) for m in MONTHS)


# the words that open a day-level date: "on November 28", "since Apr 3"
_DATE_OPENERS = {"on", "since", "until", "till", "by", "from", "before", "after"}


# "on November 28" the model tagged as part of a place: the day after a date's opener
_MONTH_FIRST = re.compile(
    r"(?i:\b(?:on|since|until|by)\s+)((?:" + _MONTH_SHORT + r")[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+(?:19|20)\d\d)?)\b")


def day_of_month(tok: Token) -> bool:
    """A number that is the day of a date the small model may read as a count: day-first
    ("16 Apr", "3 Sept": one or two digits before a month's name or abbreviation) or
    month-first after a word that opens a date ("on November 28"; not "In April 16
    people were killed", where the number counts)."""
    doc = tok.doc
    if not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", tok.text):
        return False
    if tok.i + 1 < len(doc) and _month_word(doc[tok.i + 1].text):
        return True
    return tok.i >= 2 and _month_word(doc[tok.i - 1].text) and (
        doc[tok.i - 2].lower_ in _DATE_OPENERS)


def dates_in(sent: Span) -> list[Span]:
    """The time expressions of a sentence (the model's and the patterns' it misses).
    Found once per sentence of a frozen doc: the date, story and timeline steps each
    ask for them (two to three times per sentence)."""
    memo = span_memo(sent.doc, "dates_in")
    if memo is None:
        return _dates_in(sent)
    key = (sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(_dates_in(sent))
    return list(found)


def _dates_in(sent: Span) -> list[Span]:
    ents = [e for e in sentence_ents(sent) if e.label_ in ("DATE", "TIME")]
    covered = {t.i for e in ents for t in e}
    # The small model misses some relative expressions; add them by pattern.
    text = sent.text
    found = [(m.start(), m.end()) for m in [*_MISSED.finditer(text), *_DAY_FIRST.finditer(text)]]
    found += [(m.start(1), m.end(1)) for m in _MONTH_FIRST.finditer(text)]
    found += [(m.start(), m.end()) for m in _fixed_day_pattern().finditer(text)]
    for start, end in found:
        span = sent.doc.char_span(sent.start_char + start, sent.start_char + end)
        if span is not None and not any(t.i in covered for t in span):
            ents.append(span)
    ents = [e for e in ents if not _feast_as_modifier(e)]
    ents.extend(sent.doc[t.i:t.i + 1] for t in sent if t.i not in covered and _names_year(t))
    return ents


def _names_year(tok: Token) -> bool:
    """A year that modifies one thing and that the model read as part of a named event
    ("in the 1967 Middle East war", "the 2003 invasion"): it dates that thing, as "in
    1967" would (a number before a plural noun counts it: "2000 troops")."""
    return (_YEAR_NUMBER.fullmatch(tok.text) is not None and tok.dep_ == "nummod"
            and tok.head.tag_ in ("NN", "NNP") and tok.ent_type_ not in _COUNT_ENTS)


_COUNT_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)" + _YEAR_NUMBER.pattern + r"(?!\d)")


def names_a_year(text: str | None) -> bool:
    """Whether a date expression gives its year ("on 3 May 1995", "in 1999"): "on Tuesday"
    or "last month" counts from the publication day and gives none of its own."""
    return bool(text) and _YEAR_IN_TEXT.search(text) is not None


def _describes_another(root: Token, trigger: Token) -> bool:
    """A year in a passive relative clause describing a thing or in a participle
    commenting on the event ("stole the old railway, which was built in 1913"; "...,
    marking the largest toll since it first intervened in 2016"): it dates that thing,
    not the event. An active clause may still tell the event's own background ("has lost
    95 percent of the caliphate it declared in 2014")."""
    passive = False  # "which was built in 1913" (not "the caliphate it declared in 2014")
    for a in root.ancestors:
        if a.i == trigger.i or a.is_ancestor(trigger):
            return False
        passive = passive or any(c.dep_ == "auxpass" for c in a.children)
        if (a.dep_ == "relcl" and a.head.i != trigger.i and passive) or (
                a.dep_ == "advcl" and a.tag_ == "VBG"):
            return True
    return False


def _of_a_person_or_place(root: Token, trigger: Token) -> bool:
    """A date inside a "who" clause on a person or a "where" clause on a place the event is
    not in ("Kabila, a lifetime rebel who seized control of Congo in 1997, was shot"; "at
    least 60 people were killed in Hama, where Assad's father Hafez crushed an armed revolt
    29 years ago"): it tells the person's past or plans, or the place's history, not when
    the event happened. One walk up from the date for both clauses. The caller skips only a
    year or a future date: a day or a week may be the event's own ("gunmen who attacked his
    car on Monday"; "IS fighters who had mounted a counterattack last week, pushing out
    government forces", where the parse hangs the participle outside the clause)."""
    for a in root.ancestors:
        if a.i == trigger.i or a.is_ancestor(trigger):
            return False
        if a.dep_ == "relcl" and any(
                (c.lower_ == "where" and c.dep_ == "advmod")  # a place's
                or any(t.lower_ in PERSON_RELATIVES for t in (c, *c.children))  # a person's
                for c in a.children):
            return True
    return False


def _in_relative_clause(root: Token, trigger: Token) -> bool:
    """A date inside a clause that describes a noun of the event's clause ("retook
    Kobani, a town IS stormed in 2014, on Monday"): it dates what the clause tells, so it
    is no closer to the event than a date of the event's own clause ("on Monday")."""
    for a in root.ancestors:
        if a.i == trigger.i:
            return False
        if a.dep_ in ("relcl", "acl") and a.head.i != trigger.i:
            return True
    return False


def _sentence_year(ents: list[Span]) -> int | None:
    """The one year a sentence states (None when it states none or several)."""
    years = {int(t.text) for e in ents for t in e
             if re.fullmatch(r"(?:19|20)\d\d", t.text)}
    return years.pop() if len(years) == 1 else None


def _with_year(text: str, year: int | None, published: date) -> When | None:
    """A bare month ("that May") in a sentence that states a year elsewhere is that
    year's month ("In August 2016, ITV reported she had been killed ... that May"), not
    the latest such month before publication."""
    m = _BARE_MONTH.match(text.strip(" ,."))
    if year is None or m is None:
        return None
    return _not_after(When(date(year, MONTHS.index(m.group(1).lower()) + 1, 1), 3, text),
                      published)


def _below(trigger: Token, verb: Token | None) -> bool:
    """Whether the trigger is the verb or in its clause ("shot down recently ... using a
    missile": the missile too)."""
    return verb is not None and (trigger.i == verb.i or verb in trigger.ancestors)


def _clause_verb(tok: Token) -> Token | None:
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _governs(root: Token, trigger: Token) -> bool:
    """The time expression belongs to the clause the trigger is in ("where 33 were
    killed in July 2015; or when 109 died in a bomb attack in October 2015": October
    dates the attack, July the other clause's killing)."""
    verb = _clause_verb(root)
    return verb is not None and any(t.i == verb.i for t in _own_verb(trigger))


def _own_verb(trigger: Token) -> list[Token]:
    """The verb whose clause a trigger is: itself, or the verb it is an argument of
    directly or through one preposition ("died in a bomb attack"); none for a noun deeper
    in a phrase ("appealed for help against the threat of attack")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return [trigger]
    head = trigger.head
    if head.pos_ == "ADP":
        head = head.head
    return [head] if head.pos_ in ("VERB", "AUX") and head.i != trigger.i else []


_COUNT_AFTER = re.compile(r"(?i)\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s*$")


def _counted_back(sent: Span, trigger: Token, published: date) -> When | None:
    """"These developments come five months after the regime ... took control of
    Deraa": an incident told in an "N months (years) after" phrase of a sentence that
    states no date happened that long before the report, in that month (ACLED's event
    date is the incident's, at month precision 3; a few days' error of the main clause's
    own day does not move the month much, where it would move a day or a week)."""
    for head in [trigger, *trigger.ancestors]:
        a = head if head.lower_ == "after" else next(
            (c for c in head.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if a is None or a.i <= sent.start:
            continue
        m = _COUNT_AFTER.search(sent.doc[max(sent.start, a.i - 3):a.i].text)
        if m is None or m.group("unit").lower() in ("day", "week"):
            # days and weeks count from the main clause's own day, which need not be the
            # report's ("Holmes' death comes four days after the SDF declared victory")
            return None
        return counted_back(published, m.group("n"), m.group("unit"), m.group(0),
                            day_precision=2)
    return None


_UNITS = {"day": 1, "week": 7, "month": 0, "year": 0}


def _count_of(clause: Token) -> tuple[int, str, int] | None:
    """The count of a clause told as "N units after/before" something ("Four months
    after Ndadaye became president", "two days before the vote"): (N, unit, +1 after or
    -1 before); None without both."""
    mark = next((c for c in clause.children if c.dep_ == "mark"
                 and c.lower_ in ("after", "before")), None)
    unit = next((c for c in clause.children if c.dep_ == "npadvmod"
                 and c.lemma_.lower() in _UNITS and c.i < (mark.i if mark else -1)), None)
    if mark is None or unit is None:
        return None
    number = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
    word = number.lower_ if number is not None else ""
    n = 1 if word in ("a", "an") else _NUMBER_WORDS.get(word) or (
        int(word) if word.isdigit() and len(word) <= 2 else 0)
    if not n:
        return None
    return n, unit.lemma_.lower(), 1 if mark.lower_ == "after" else -1


def _shifted(when: When, n: int, unit: str, sign: int) -> When:
    """A date moved by a count of units, at no finer precision than the unit."""
    if unit in ("day", "week"):
        day = when.date + timedelta(days=sign * n * _UNITS[unit])
        precision = max(when.precision, 1 if unit == "day" else 2)
    elif unit == "month":
        months = when.date.year * 12 + when.date.month - 1 + sign * n
        day, precision = date(months // 12, months % 12 + 1, 1), max(when.precision, 3)
    else:
        day, precision = date(when.date.year + sign * n, 1, 1), 3
    return When(day, precision, when.text, year_only=when.year_only or unit == "year")


def _within(shifted: When, when: When, published: date) -> When:
    """The shifted date, unless it falls after publication: a report tells no later
    event as done, so the count is not read (the date written stands)."""
    return when if shifted.date > published else shifted


def _counted_from(when: When, root: Token, trigger: Token, published: date) -> When:
    """The date of an event told so many units after (before) a dated clause: "Four months
    after Ndadaye became president in June 1993, he was shot" (the shooting: October 1993).
    ACLED dates each event by its own day: the date written dates the counted clause, the
    count says how far the event lies from it. The event of the counted clause itself
    ("10 days before Russian troops entered") keeps the date: it is mostly a landmark the
    main event is dated by, not an incident of the report."""
    verb = _clause_verb(root)
    if verb is None or not when.explicit or when.future:
        return when
    own = verb.i == trigger.i or verb.is_ancestor(trigger)
    outer = verb.dep_ == "advcl" and (verb.head.i == trigger.i or verb.head.is_ancestor(trigger))
    count = _count_of(verb) if outer and not own else None
    if count is None:
        return when
    return _within(_shifted(when, count[0], count[1], count[2]), when, published)


def _dated_otherwise(vague: Span, ents: list[Span], published: date) -> bool:
    """Whether the sentence also names a month or a day ("most recently in Douma in April
    2018"): that expression says when, where "recently" only says the incident is the
    latest of its kind."""
    for ent in ents:
        if ent.start == vague.start:
            continue
        when = parse_expression(ent.text, published)
        if when is not None and not when.future and not when.year_only and when.explicit:
            return True
    return False


def _glossed(ent: Span, published: date) -> When | None:
    """"on Tuesday [11 December 2007]", "this morning, 6 March": the calendar date put in
    brackets or after a comma right after a relative day is that day (read from the
    tokens: the parser may cut the sentence at the bracket)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in ("[", "(", ","):
        return None
    if doc[ent.end].text == ",":
        # "this morning, 6 March": a calendar day set off by a comma after a relative
        # time word glosses it the same way (only after a word with no number of its own)
        if any(t.like_num for t in ent):
            return None
        close = next((t.i for t in doc[ent.end + 1:ent.end + 7]
                      if t.ent_type_ != "DATE"), ent.end + 1)
    else:
        close = next((t.i for t in doc[ent.end + 1:ent.end + 7] if t.text in ("]", ")")), None)
    if close is None:
        return None
    when = parse_expression(doc[ent.end + 1:close].text, published)
    if when is not None and when.explicit and when.precision == 1 and not when.future:
        return when
    return None


def coordinated_days(sent: Span, when: When, published: date) -> list[When]:
    """The other days an event's own day is listed with: "clashed with police on Monday
    and Tuesday", "on Sunday and on Monday". ACLED codes one event per day, so each is
    its own event. Only days (not months or a year), and not a period's ends ("between
    Monday and Wednesday")."""
    if not when.explicit or when.precision != 1 or not when.text:
        return []
    ents = dates_in(sent)
    own = next((k for k, e in enumerate(ents) if e.text == when.text), None)
    if own is None or own > 0 and ents[own - 1].text == when.text:
        return []
    doc, first = sent.doc, ents[own]
    if first.start > 0 and doc[first.start - 1].lower_ in ("between", "from", "since"):
        return []
    others: list[When] = []
    last = first
    for ent in ents[own + 1:]:
        if not all(t.lower_ in (",", "and", "on") for t in doc[last.end:ent.start]):
            break
        day = parse_expression(ent.text, published)
        if day is None or day.precision != 1 or day.date == when.date or day.future:
            break  # ("on Monday, 9 May": the same day told twice)
        others.append(day)
        last = ent
    if not any(t.lower_ == "and" for t in doc[first.end:last.start]):
        return []
    return others


def resolve_when(sent: Span, trigger: Token, published: date) -> When:
    """The date of the event whose trigger is ``trigger``.

    Picks the time expression attached to the trigger (inside its clause), not
    the one attached to a reporting verb ("the coalition said Wednesday").
    With none, the event gets the publication date at precision 2: news
    reports events of the last day or two without always dating them.
    """
    best: tuple[int, When, Token] | None = None
    reported: When | None = None
    ents = dates_in(sent)
    year = _sentence_year(ents)
    for ent in ents:
        when = _glossed(ent, published) or _with_year(
            ent.text, year, published) or parse_expression(ent.text, published)
        if when is None:
            continue
        root = ent.root
        if when.year_only and any(t.like_num and len(t.text) == 4 for t in ent) and (
                _describes_another(root, trigger)):
            continue
        if (when.future or when.year_only) and _of_a_person_or_place(root, trigger):
            continue  # "shot dead Hamid, who was running in elections scheduled for next
            # month", "Kabila, ... who seized control of Congo in 1997, was shot"
        reporting = _reporting_head(root)
        if root.lower_ == "recently" and reporting is not None:
            continue  # "Rory Stewart recently said ...": when the talk was, vaguely
        in_subtree = ((trigger in root.ancestors or root.head == trigger) and not (
            _in_relative_clause(root, trigger))) or (
            reporting is not None and _before_attribution(ent, reporting, trigger))
        if root.lower_ == "recently" and _dated_otherwise(ent, ents, published):
            continue  # "used chemical weapons most recently in Douma in April 2018": the
            # month the sentence names, not a vague month before the report
        if root.lower_ == "recently" and not _below(trigger, _clause_verb(root)):
            continue  # an adverb dates its own verb's clause only ("was later reclaimed
            # ..., but Isis recently launched a counter-offensive": not the reclaiming)
        if reporting is not None and reporting != trigger and not in_subtree:
            if reporting == _reporter_of(trigger):
                reported = reported or when  # the verb that reports this very incident
            continue
        distance = min(abs(t.i - trigger.i) for t in (root, ent[0], ent[-1]))
        score = distance - (100 if in_subtree else 0) - (
            settings.OWN_CLAUSE_DATE_BONUS if _governs(root, trigger) else 0)
        if best is None or score < best[0]:
            best = (score, when, root)
    if best is not None:
        return _counted_from(best[1], best[2], trigger, published)
    before = _counted_back(sent, trigger, published)
    if before is not None:
        return before
    if reported is not None and reported.explicit and not reported.year_only and (
            reported.date < published - timedelta(days=settings.REPORTED_DATE_AGE_DAYS)):
        # "on March 22 media reported that dozens were killed", in a report of April 8:
        # an earlier report's day is the incident's, not the publication day
        # (a report dated only by its month keeps the month's precision)
        return When(reported.date, max(2, reported.precision), reported.text)
    return When(published, 2, "", explicit=False)



def story_date(sent: Span, published: date) -> tuple[When | None, bool]:
    """The past date a sentence sets for a story it starts retelling ("Six weeks ago,
    Muthana fled the village of Susa"), which the undated sentences that go on with
    the same people keep ("She was eventually captured by Kurdish forces"); None when
    it sets none (a date of a reporting verb, one within the background window, a
    future, or several different dates); and whether the sentence gives any date (a
    new date ends the story told before)."""
    found, dated = set(), False
    for ent in dates_in(sent):
        when = parse_expression(ent.text, published)
        if when is None:
            continue
        dated = True
        if when.future or _reporting_head(ent.root):
            continue
        if when.date < published - settings.BACKGROUND_WINDOW:
            found.add((when.date, when.precision, when.year_only, ent.text))
    if len(found) != 1:
        return None, dated
    day, precision, year_only, text = found.pop()
    return When(day, max(2, precision), text, year_only=year_only), dated


_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


# nouns that announce the one incident the next sentence tells ("An incident in
# October 2016 confirmed the lethality of these machines. A drone ... exploded")
_ANNOUNCING = {"incident", "episode"}


def _announces_incident(previous: Span) -> bool:
    """Whether the sentence before is about one dated incident, named as such, whose
    story the next sentence tells ("An incident in October 2016 ...")."""
    for t in previous:
        if t.lower_ in _ANNOUNCING and t.dep_ in ("nsubj", "nsubjpass") and any(
                x.ent_type_ == "DATE" for x in t.subtree):
            return True
    return False


def goes_on(trigger: Token, previous: Span) -> bool:
    """Whether the trigger's clause goes on with the story of the sentence before: a
    past-tense clause whose subject is a personal pronoun, or a definite noun that
    sentence named ("... when a group of boys spray-painted a wall. The boys were
    arrested")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _clause_verb(trigger)
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _announces_incident(previous):
        return True
    before = {t.lemma_.lower() for t in previous if t.pos_ in ("NOUN", "PROPN")}
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _PRONOUNS:
            return True
        if subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() in before and any(
                c.lower_ == "the" for c in subj.children):
            return True
    return False
