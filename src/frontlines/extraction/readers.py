"""Ingest: files in, clean :class:`Article` objects out.

Reads ``.txt`` (first line may be the title, a byline/dateline may give the
publication date and outlet), ``.html`` (trafilatura strips boilerplate),
``.jsonl`` (one article per line) and ``-`` (standard input). Problems are
reported as :class:`InputError` items naming the file and line, so that one
bad record never loses the others.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from frontlines.domain.model import Article

MAX_BYTES = 20_000_000  # one article / one file larger than this is refused
MAX_ARTICLE_CHARS = 2_000_000

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATELINE = re.compile(
    rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTHS})\.?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
)
_BYLINE = re.compile(r"^\s*By\s+(?P<who>[^|\n]{2,80}?)(?:\s{2,}|\s*\||$)")
_KNOWN_OUTLETS = ("AFP", "Reuters", "AP", "Associated Press", "Guardian", "BBC", "Al Jazeera")

# Lines that are page furniture, not article text.
# Photo captions and credits: page furniture that describes a picture, not the story.
CAPTION = re.compile(r"\b(Photo|Photograph|Picture|Image) (by|courtesy of|credit)\b|"
                     r"^\s*(Photo|Photograph|File photo|Credit)\s*:|\((AFP|Reuters|AP) Photo\)",
                     re.IGNORECASE)
BOILERPLATE = re.compile(
    r"^\s*(go to top|back to top|advertisement|share this( article)?|read more|"
    r"sign up.*newsletter|related:.*|follow us.*)\s*$",
    re.IGNORECASE,
)


class InputError(Exception):
    """A user-input problem: one line, names the file (and line)."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


@dataclass
class Problem:
    """An input that could not be read; yielded in place of an Article."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def parse_date(value: str | date | None, origin: str = "") -> date | None:
    """A publication date from ISO text or a dateline-like string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = find_dateline(text)
    if found is None:
        raise InputError(origin or "date", f"cannot read the date {text!r} (use YYYY-MM-DD)")
    return found


def find_dateline(text: str) -> date | None:
    """The first calendar date written out in ``text`` (bylines, datelines)."""
    m = _DATELINE.search(text)
    if not m:
        return None
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        month = m.group("month") or m.group("month2")
        day = int(m.group("day") or m.group("day2"))
        year = int(m.group("year") or m.group("year2"))
        month_no = datetime.strptime(month[:3], "%b").month
        return date(year, month_no, day)
    except ValueError:
        return None


def check_not_future(published: date | None, origin: str, today: date | None = None) -> None:
    """A publication date after today is a user error, not a story to code."""
    today = today or date.today()
    if published is not None and published > today:
        raise InputError(origin, f"publication date {published.isoformat()} is in the future")


def article_id_for(text: str, hint: str | None = None) -> str:
    """A stable id: the given hint, else a content hash."""
    if hint:
        return hint
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _decode(raw: bytes, origin: str) -> str:
    if len(raw) > MAX_BYTES:
        raise InputError(origin, f"file is too large ({len(raw):,} bytes; limit {MAX_BYTES:,})")
    if b"\x00" in raw[:8192]:
        raise InputError(origin, "looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(origin, "empty input")
    return text


def from_text(
    raw: str, article_id: str, published: date | None = None, origin: str = ""
) -> Article:
    """A plain-text story: optional title line, optional byline/dateline, body."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and BOILERPLATE.match(lines[-1]):
        lines.pop()
    lines = [ln for ln in lines if not BOILERPLATE.match(ln) and not CAPTION.search(ln)]
    title = None
    first = lines[0].strip() if lines else ""
    if first and len(first) < 200 and not first.endswith((".", "?", "!", '"')) and len(lines) > 1:
        title = first
    outlet = None
    head_lines = lines[:6]
    dateline = None
    for line in head_lines:
        bm = _BYLINE.match(line)
        if bm:
            who = bm.group("who")
            outlet = next((o for o in _KNOWN_OUTLETS if re.search(rf"\b{re.escape(o)}\b", who)),
                          None)
        if dateline is None and (bm or "|" in line or len(line) < 120):
            dateline = find_dateline(line)
    body_lines = lines[1:] if title else lines
    # Drop a byline line and a repeated title from the body: they are not story text.
    body_lines = [
        ln for ln in body_lines
        if not _BYLINE.match(ln) and (title is None or ln.strip() != title)
    ]
    text = "\n".join(body_lines).strip()
    if not text:
        raise InputError(origin, "no article text after the title")
    return Article(
        id=article_id, text=text[:MAX_ARTICLE_CHARS], title=title,
        published=published or dateline, outlet=outlet, origin=origin,
    )


def from_html(
    raw: str, article_id: str, published: date | None = None, origin: str = "",
    url: str | None = None,
) -> Article:
    """An HTML page: trafilatura keeps the story and drops navigation and furniture."""
    import trafilatura

    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError(origin, "no article text found in the HTML")
    page_date = None
    if doc.date:
        try:
            page_date = date.fromisoformat(doc.date[:10])
        except ValueError:
            page_date = None
    return Article(
        id=article_id, text=doc.text.strip()[:MAX_ARTICLE_CHARS], title=doc.title,
        published=published or page_date, url=url or doc.url,
        outlet=doc.sitename, origin=origin,
    )


def from_record(record: dict, origin: str, published: date | None = None) -> Article:
    """One JSONL article: ``{"id", "text" | "html", "title", "published", "url", "outlet"}``."""
    if not isinstance(record, dict):
        raise InputError(origin, "each line must be a JSON object")
    text, html = record.get("text"), record.get("html")
    has_text = isinstance(text, str) and bool(text.strip())
    if not has_text and not (isinstance(html, str) and html.strip()):
        raise InputError(origin, 'no "text" or "html" field')
    pub = parse_date(record.get("published") or record.get("date"), origin) or published
    rid = record.get("id")
    aid = article_id_for(text or html, str(rid) if rid not in (None, "") else None)
    spans = record.get("spans")
    if isinstance(text, str) and text.strip():
        # Given spans are offsets into the text as sent: stripping would shift them.
        kept = text if spans is not None else text.strip()
        art = Article(id=aid, text=kept[:MAX_ARTICLE_CHARS], published=pub, origin=origin)
    else:
        art = from_html(html, aid, pub, origin, url=record.get("url"))
    art.title = record.get("title") or art.title
    art.url = record.get("url") or art.url
    art.outlet = record.get("outlet") or art.outlet
    if spans is not None:
        if not (isinstance(spans, list) and all(
                isinstance(s, list | tuple) and len(s) == 2 and all(isinstance(x, int) for x in s)
                for s in spans)):
            raise InputError(origin, '"spans" must be a list of [start, end] integer pairs')
        art.spans = [(int(s[0]), int(s[1])) for s in spans]
    return art


def _iter_jsonl(text: str, name: str, published: date | None) -> Iterator[Article | Problem]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(origin, f"broken JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _checked_record(record, origin, published)


def _checked_record(record: dict, origin: str, published: date | None) -> Article | Problem:
    """One record of a batch as an Article, or the Problem that stops it."""
    try:
        art = from_record(record, origin, published)
        check_not_future(art.published, origin)
        return art
    except InputError as exc:
        return Problem(exc.origin, exc.message)


def _iter_csv(text: str, name: str, published: date | None) -> Iterator[Article | Problem]:
    """A CSV of articles: columns like the JSONL fields (``date`` for ``published``)."""
    import csv
    import io

    csv.field_size_limit(MAX_ARTICLE_CHARS * 4)
    stem = Path(name).stem
    try:
        reader = csv.DictReader(io.StringIO(text))
        for rowno, row in enumerate(reader, 2):
            origin = f"{name}:{rowno}"
            record = {k.strip().lower(): v for k, v in row.items() if k is not None}
            rid = record.get("id") or record.get("")
            record["id"] = f"{stem}-{rid}" if rid else f"{stem}-row{rowno}"
            if not record.get("outlet") and record.get("source"):
                record["outlet"] = record["source"]
            yield _checked_record(record, origin, published)
    except csv.Error as exc:
        yield Problem(name, f"broken CSV ({exc})")


def read_path(path: str, published: date | None = None) -> Iterator[Article | Problem]:
    """Articles (or Problems) from one path; ``-`` is standard input."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(name, "is a directory (give the files inside it)")
            if p.stat().st_size > MAX_BYTES:
                raise InputError(name, f"file is too large ({p.stat().st_size:,} bytes)")
            raw = p.read_bytes()
        text = _decode(raw, name)
    except FileNotFoundError:
        yield Problem(name, "no such file")
        return
    except PermissionError:
        yield Problem(name, "permission denied")
        return
    except InputError as exc:
        yield Problem(exc.origin, exc.message)
        return
    suffix = Path(path).suffix.lower() if path != "-" else ""
    stripped = text.lstrip()
    if suffix in (".jsonl", ".ndjson", ".json") or (path == "-" and stripped.startswith("{")):
        yield from _iter_jsonl(text, name, published)
        return
    if suffix == ".csv":
        yield from _iter_csv(text, name, published)
        return
    stem = Path(path).stem if path != "-" else None
    try:
        if suffix in (".html", ".htm") or (path == "-" and stripped[:15].lower().startswith(
                ("<!doctype html", "<html"))):
            art = from_html(text, article_id_for(text, stem), published, name)
        else:
            art = from_text(text, article_id_for(text, stem), published, name)
        check_not_future(art.published, name)
        yield art
    except InputError as exc:
        yield Problem(exc.origin, exc.message)


def read_paths(paths: Iterable[str], published: date | None = None) -> Iterator[Article | Problem]:
    """Every article of every path, in order, problems interleaved."""
    for path in paths:
        yield from read_path(path, published)
