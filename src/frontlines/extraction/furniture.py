"""Page furniture: the parts of a news page that are not the story.

Datelines and the headline repeated at the top, lists of other stories' headlines
("Related ...", "READ MORE ...", "Tags ..."), photo captions with their credit, embedded
social-media posts and navigation phrases ("Go to top") are not reports of incidents;
coded, a related-stories list gives a suicide bombing that happened elsewhere years ago.
Readers do not always see the page's structure (many sources are flattened to one
paragraph), so this works on the text itself.  Furniture is replaced by spaces, not
cut out: character offsets of the evidence stay offsets into the article text.
The words are data (data/furniture.yaml).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

import yaml

from frontlines.extraction.readers import find_dateline

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_DATE = (rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|{_MONTH}\s+\d{{2}}(?:19|20)\d\d\b"
         r"|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})")
# Datelines the calendar reader leaves: "23-07-2016", "28.05.2017" (day first, as the
# outlets that print them do; never "/", the month-first style of US tables), and a
# day run into its year ("Oct 082017").
_NUMERIC_DATE = re.compile(r"(?P<d>\d{1,2})[-.](?P<m>\d{1,2})[-.](?P<y>(?:19|20)\d\d)")
_GLUED_DATE = re.compile(rf"(?i)(?P<mon>{_MONTH})\s+(?P<d>\d{{2}})(?P<y>(?:19|20)\d\d)\b")
_TIME = r"(?:\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc))?)?"
_UPDATED = r"(?:\s*\(\s*updated[^)]{0,40}\))?"
_SMALL = {"in", "of", "on", "to", "the", "a", "an", "and", "for", "at", "by", "with", "from",
          "as", "vs", "over", "after", "amid", "near", "into", "-", "–", "—", "|", "&", "'s"}
_WORD = re.compile(r"\S+")
_SENT_END = re.compile(r"[.!?][\"')\]\u201d\u2019]?\s+(?=[\"'(\[\u201c\u2018]?[A-Z0-9])|\n+")
_CAPTION_WORDS = 35  # a caption is short; a longer sentence before a credit is story text


@lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("frontlines.data").joinpath("furniture.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in sorted(_data()["dateline_prefixes"],
                                                     key=len, reverse=True))
    # the agency before the day: "AFP Sunday 6 Apr 2014", and a name written in mixed
    # case before a weekday and a whole date ("Reuters Sunday 12 Jun 2016")
    return re.compile(rf"(?:(?:{prefixes})\s*:?\s*|(?-i:[A-Z]{{2,6}})\s+(?={_WEEKDAY}|\d)"
                      rf"|(?-i:[A-Z][a-z]{{2,11}})\s+(?={_WEEKDAY}\s*{_DATE}))?"
                      rf"(?:{_WEEKDAY}\s*)?{_DATE}{_TIME}{_UPDATED}", re.IGNORECASE)


def _blank(chars: list[str], start: int, end: int) -> None:
    for k in range(max(start, 0), min(end, len(chars))):
        if chars[k] != "\n":
            chars[k] = " "


def _title_pattern(title: str | None) -> re.Pattern[str] | None:
    """The headline as the page repeats it: the whole title, or the title without the
    site's name the page's <title> appends ("... kills 10 Governor - Region - World -
    Ahram Online", "... | Reuters")."""
    if not title:
        return None
    heads = [title, re.split(r"\s+[-|–—]\s+", title)[0]]
    alts = ["\\s+".join(re.escape(w) for w in h.split()) for h in heads if len(h.split()) >= 3]
    if not alts:
        return None
    return re.compile("(?:" + "|".join(sorted(set(alts), key=len, reverse=True)) + r")\.?",
                      re.IGNORECASE)


def _head_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """Datelines, a repeated headline and short-URL widgets at the top of the text."""
    spans: list[tuple[int, int]] = []
    title_re = _title_pattern(title)
    short_url = re.compile(r"get short url(?:\s+\d+)*", re.IGNORECASE)
    pos = 0
    while pos < min(len(text), 400):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        for pattern in (_dateline(), title_re, short_url):
            m = pattern.match(text, pos) if pattern is not None else None
            if m and m.end() > pos:
                spans.append((pos, m.end()))
                pos = m.end()
                break
        else:
            break
    return spans


def _title_run(words: list[re.Match[str]], first: int) -> int:
    """Index past the run of headline words starting at `first`: capitalised words and
    the small words between them. When prose follows, its capitalised first word (and
    the small words before it) belong to the prose: "... in Syrias Hama | In a separate"."""
    k = first
    while k < len(words):
        w = words[k].group().strip("\"'()[],:;")
        if not w or w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL or (
                w[:3].lower() == "al-" and w[3:4].isupper()):
            k += 1
            continue
        break
    if k == len(words):
        return k
    while k > first and words[k - 1].group() in _SMALL:  # lower-case small words only
        k -= 1
    return k - 1 if k > first else k


@lru_cache(maxsize=1)
def _markers() -> tuple[dict[str, list[list[str]]], dict[str, list[list[str]]]]:
    """List markers indexed by their first word (upper-case ones as written, the others
    lower-cased), longest first: most words of a page start no marker, and a look-up
    by the first word rules them out without comparing every phrase."""
    data = _data()
    upper: dict[str, list[list[str]]] = {}
    markers: dict[str, list[list[str]]] = {}
    for p in sorted(data["upper_markers"], key=len, reverse=True):
        upper.setdefault(p.split()[0], []).append(p.split())
    for p in sorted(data["list_markers"], key=len, reverse=True):
        markers.setdefault(p.split()[0], []).append(p.split())
    return upper, markers


def _marker_at(words: list[re.Match[str]], k: int) -> int:
    """Number of words of a list marker starting at word k (0 when none)."""
    upper, markers = _markers()
    first = words[k].group().strip(":")
    for phrase in upper.get(first, ()):
        n = len(phrase)
        if [m.group().strip(":") for m in words[k:k + n]] == phrase:
            return n
    if not first[:1].isupper():
        return 0
    for phrase in markers.get(first.lower(), ()):
        n = len(phrase)
        if [m.group().strip(":").lower() for m in words[k:k + n]] == phrase:
            return n
    return 0


_TAG_WORDS = 30  # the longest run of tags looked through for the story's restart
_REPEAT_WORDS = 4  # words that must repeat an earlier sentence's opening


def _repeat_start(words: list[re.Match[str]], first: int) -> int | None:
    """Where the story restarts after a tag list: a page that gives the standfirst
    before its tags opens the body with the same words ("... Tags Syria Idlib Russia
    airstrikes Syrian regime Bashar Assad | Airstrikes on a rebel-held village ...",
    the standfirst having said "Airstrikes on a rebel-held village ..."). Tags may be
    lower-case ("airstrikes", "regime forces"), so the capitalised run cannot find it."""
    low = [w.group().lower().strip("\"'(),:;") for w in words]
    seen: set[tuple[str, ...]] = {tuple(low[j:j + _REPEAT_WORDS])
                                  for j in range(max(first - 1 - _REPEAT_WORDS, 0) + 1)}
    for p in range(first + 1, min(first + _TAG_WORDS, len(words) - _REPEAT_WORDS)):
        if words[p].group()[:1].isupper() and tuple(low[p:p + _REPEAT_WORDS]) in seen:
            return p
    return None


def _list_spans(text: str) -> list[tuple[int, int]]:
    """Lists of other stories' headlines after a marker ("Related", "Tags", "READ MORE")."""
    words = list(_WORD.finditer(text))
    spans: list[tuple[int, int]] = []
    k = 0
    for at in _marker_firsts(words):
        if at < k:
            continue
        k = at
        n = _marker_at(words, k)
        nxt = words[k + n].group() if k + n < len(words) else "A"  # at the very end
        if not n or not (nxt[:1].isupper() or nxt[:1].isdigit()):
            k += 1
            continue
        start = words[k].start()
        end = _repeat_start(words, k + n) or _title_run(words, k + n)
        if k + n == len(words) or (end - (k + n) >= 2 and not re.search(
                r"[.!?]", text[words[end - 1].end():])):
            spans.append((start, len(text)))  # a foot list: the rest of the page
            break
        if end - (k + n) >= 2:
            spans.append((start, words[end - 1].end()))
            k = end
        else:
            k += n
    return spans


def _marker_firsts(words: list[re.Match[str]]) -> list[int]:
    """The words a list marker can start at (those `_marker_at` looks further at): one
    pass over the page's words instead of a call per word."""
    upper, markers = _markers()
    firsts = [m.group().strip(":") for m in words]
    return [k for k, w in enumerate(firsts)
            if w in upper or (w[:1].isupper() and w.lower() in markers)]


# "BEIRUT (AP) -", "MOSCOW (Sputnik)", "OKLAHOMA CITY": a dateline opening a sentence
# "MOSUL, Iraq (AP) -": the country or state after the city is the dateline's too (left
# behind, "Iraq" would open the sentence and read as an actor).
_CITY_LINE = re.compile(r"(?:[A-Z][A-Z.'-]{3,}(?: [A-Z][A-Z.'-]+)?,?(?: [A-Z][a-z]+\.)?"
                        r"(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?(?= \(| ?[-\u2014\u2013]))?)"
                        r"(?: \([A-Za-z .]+\))?\s*[-\u2014\u2013:]?\s+(?=[A-Z\u201c\"])")
_OPENING = re.compile(r"\s*(?P<city>[A-Z][A-Z.'-]{3,}(?: [A-Z][A-Z.'-]+)?),?"
                      r"(?: (?P<where>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?))?"
                      r"(?: \([A-Za-z .]+\))?\s*[-\u2014\u2013]")


def opening_dateline(text: str) -> tuple[str, str | None] | None:
    """The filing place of a report that opens with a dateline ("MOSUL, Iraq (AP) -",
    "BEIRUT (AP) -"): the city, in the text's spelling, and the country or state after
    it if any; None when the text opens otherwise."""
    m = _OPENING.match(text)
    if m is None:
        return None
    return m.group("city").title(), m.group("where")
_INLINE_CREDIT = re.compile(r"\((?:[A-Za-z ]+ )?(?:photo|picture|image|file photo)\)\s*",
                            re.IGNORECASE)


@lru_cache(maxsize=1)
def _sentence_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The caption-credit and page-counter patterns, compiled once."""
    data = _data()
    credits = "|".join(re.escape(w) for w in sorted(data["credit_words"], key=len,
                                                     reverse=True))
    credit = re.compile(rf"\(\s*[^()]{{0,40}}\b(?:{credits})\b[^()]{{0,40}}\)", re.IGNORECASE)
    counters = "|".join(re.escape(w) for w in data["counters"])
    counter = re.compile(rf"\b(?:(?:{counters})\s+\d[\d,]*|\d[\d,]*\s+(?:{counters}))\b",
                         re.IGNORECASE)
    return credit, counter


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence-sized furniture: embedded posts, captions with a credit, phrases."""
    data = _data()
    credit, counter = _sentence_patterns()
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    spans: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        sent = text[a:b]
        low = sent.lower()
        if any(e in low for e in data["embed_markers"]):
            spans.append((a, b))
            continue
        start = 0
        credit_m = _INLINE_CREDIT.search(sent)
        if credit_m:  # "... near destroyed buildings on Monday (AFP photo)": a caption
            spans.append((a, a + credit_m.end()))
            start = credit_m.end()
        cm = _CITY_LINE.match(sent, start)
        if cm:
            spans.append((a + start, a + cm.end()))
        m = credit.match(sent.lstrip())
        prev = next((x for x in reversed(bounds[:i + 1]) if x < a), 0)
        if m and a > 0 and len(text[prev:a].split()) <= _CAPTION_WORDS:
            # "(TRT World and Agencies)" after a short sentence: that one is a caption
            spans.append((prev, a + (len(sent) - len(sent.lstrip())) + m.end()))
        for cm in counter.finditer(sent):
            spans.append((a + cm.start(), a + cm.end()))  # "Views 729": no toll
        for phrase in data["phrases"]:
            if phrase in low:
                for pm in re.finditer(re.escape(phrase), low):
                    spans.append((a + pm.start(), a + pm.end()))
    return spans


def head_date(text: str, title: str | None = None) -> date | None:
    """The date of the dateline at the top of the page ("Wed Jun 1 2016 ...",
    "Date of publication 16 October 2017", after the headline), when there is one."""
    for start, end in _head_spans(text, title):
        m = _dateline().match(text, start)
        if m and m.end() <= end:
            found = find_dateline(m.group(0)) or _other_dateline(m.group(0))
            if found is not None:
                return found
    return None


# '"Associated Press reported on 09/08/2007 that "A suicide car bomber ... on Saturday':
# a digest entry quoting a dated report; its relative days count from that report's day.
_CITED_REPORT = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.&'’-]*\s+){1,6}reported\s+(?:on\s+)?(?P<date>[\w/ ,.-]{6,30}?)"
    r"\s+that\b")
_SLASH_DATE = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)$")


def cited_report_date(text: str) -> date | None:
    """The day of the report a text opens by quoting ("X reported on DATE that ...").
    A slashed numeric date is read month first, as such digests of US wire copy write
    it, unless its first number cannot be a month."""
    m = _CITED_REPORT.match(text)
    if not m:
        return None
    raw = m["date"].strip(" ,.")
    slash = _SLASH_DATE.match(raw)
    try:
        if slash:
            a, b, y = int(slash["a"]), int(slash["b"]), int(slash["y"])
            return date(y, b, a) if a > 12 else date(y, a, b)
    except ValueError:
        return None
    return find_dateline(raw)


def _other_dateline(text: str) -> date | None:
    """A day-first numeric dateline or a day run into its year (see _NUMERIC_DATE)."""
    try:
        m = _NUMERIC_DATE.search(text)
        if m:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        m = _GLUED_DATE.search(text)
        if m:
            month = datetime.strptime(m["mon"][:3].title(), "%b").month
            return date(int(m["y"]), month, int(m["d"]))
    except ValueError:
        return None
    return None


@lru_cache(maxsize=64)
def blank_furniture(text: str, title: str | None = None) -> str:
    """`text` with its page furniture replaced by spaces (same length, same offsets).
    Kept for the last articles: the pipeline asks again after the parse, to tell what
    the prefilter blanked."""
    spans = _head_spans(text, title) + _list_spans(text) + _sentence_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        _blank(chars, start, end)
    return "".join(chars)
