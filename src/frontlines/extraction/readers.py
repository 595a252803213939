"""Readers: files in, clean :class:`Article` objects out.

Reads ``.txt`` (first line may be the title, a byline/dateline may give the
publication date and outlet), ``.html`` (trafilatura strips boilerplate),
``.jsonl`` (one article per line), ``.csv`` and ``-`` (standard input).
Problems are yielded as :class:`Problem` items naming the file and line, so
that one bad record never loses the others.

Every read is bounded by what is read, not by the size the file system
reports (0 for devices, FIFOs and pipes): a whole-file cap for text, HTML and
CSV, a per-line cap for JSONL (an over-long line is skipped, the rest read),
and a per-article cap that keeps each text under spaCy's limit.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from frontlines import settings
from frontlines.domain.errors import InputError, Problem
from frontlines.domain.model import Article

# Bounds (why each: settings.py); module globals so that tests can lower them.
MAX_BYTES = settings.MAX_FILE_BYTES
MAX_LINE_BYTES = settings.MAX_LINE_BYTES
MAX_ARTICLE_CHARS = settings.MAX_ARTICLE_CHARS
MAX_SKIP_BYTES = settings.MAX_SKIP_BYTES
_CHUNK = 1 << 20

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


def _capped(text: str, origin: str) -> str:
    """The article text, or an InputError when it is longer than one article may be."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(origin, f"article too long ({len(text):,} characters; limit "
                                 f"{MAX_ARTICLE_CHARS:,}): skipped")
    return text


def _decode(raw: bytes, origin: str) -> str:
    if len(raw) > MAX_BYTES:
        raise InputError(origin, f"file is too large (over {MAX_BYTES:,} bytes read): skipped")
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
        id=article_id, text=_capped(text, origin), title=title,
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
        id=article_id, text=_capped(doc.text.strip(), origin), title=doc.title,
        published=published or page_date, url=url or doc.url,
        outlet=doc.sitename, origin=origin,
    )


_STR_FIELDS = ("title", "url", "outlet", "published", "date")


def _check_types(record: dict, origin: str) -> None:
    """Fields of the wrong type are the record's fault, named, before anything uses them."""
    for k in ("text", "html", *_STR_FIELDS):
        v = record.get(k)
        if v is not None and not isinstance(v, str):
            raise InputError(origin, f'"{k}" must be a string, not {type(v).__name__}')
    rid = record.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, str | int)
                            or len(str(rid)) > 200):
        raise InputError(origin, '"id" must be a string or an integer (at most 200 characters)')


def _spans(spans: object, text: str, origin: str) -> list[tuple[int, int]]:
    """Given place spans: [start, end] integer pairs inside the text."""
    ok = isinstance(spans, list) and all(
        isinstance(s, list | tuple) and len(s) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in s)
        and 0 <= s[0] <= s[1] <= len(text) for s in spans)
    if not ok:
        raise InputError(origin, '"spans" must be a list of [start, end] integer pairs'
                                 " inside the text")
    return [(int(s[0]), int(s[1])) for s in spans]  # type: ignore[union-attr,index]


def from_record(record: dict, origin: str, published: date | None = None) -> Article:
    """One JSONL article: ``{"id", "text" | "html", "title", "published", "url", "outlet"}``."""
    if not isinstance(record, dict):
        raise InputError(origin, "each line must be a JSON object")
    _check_types(record, origin)
    text, html = record.get("text"), record.get("html")
    has_text = bool(text and text.strip())
    if not has_text and not (html and html.strip()):
        raise InputError(origin, 'no "text" or "html" field')
    pub = parse_date(record.get("published") or record.get("date"), origin) or published
    rid = record.get("id")
    aid = article_id_for(text or html, str(rid) if rid not in (None, "") else None)
    spans = record.get("spans")
    if has_text:
        # Given spans are offsets into the text as sent: stripping would shift them.
        kept = text if spans is not None else text.strip()
        art = Article(id=aid, text=_capped(kept, origin), published=pub, origin=origin)
    else:
        art = from_html(html, aid, pub, origin, url=record.get("url"))
    art.title = record.get("title") or art.title
    art.url = record.get("url") or art.url
    art.outlet = record.get("outlet") or art.outlet
    if spans is not None:
        art.spans = _spans(spans, art.text, origin)
    return art


def _checked_record(record: object, origin: str, published: date | None) -> Article | Problem:
    """One record of a batch as an Article, or the Problem that stops it (never raises)."""
    try:
        art = from_record(record, origin, published)  # type: ignore[arg-type]
        check_not_future(art.published, origin)
        return art
    except InputError as exc:
        return Problem(exc.origin, exc.message)
    except RecursionError:
        return Problem(origin, "record nested too deeply")
    except Exception as exc:  # noqa: BLE001 - one record's fault never stops the batch
        return Problem(origin, f"record could not be read ({type(exc).__name__}: "
                               f"{str(exc)[:100]})")


def _json(line: bytes, origin: str, first: bool) -> object | Problem:
    """One JSONL line decoded and parsed, or the Problem with it."""
    try:
        text = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        return Problem(origin, f"not UTF-8 text (bad byte at column {exc.start + 1})")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return Problem(origin, f"broken JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return Problem(origin, "broken JSON (nested too deeply)")
    except ValueError as exc:  # e.g. an integer of thousands of digits
        return Problem(origin, f"broken JSON ({str(exc)[:100]})")


_TOO_LONG, _ENDLESS = object(), object()


def _skip_line(fh: BinaryIO, head: bytes) -> object:
    """Read past the rest of an over-long line in bounded chunks."""
    seen, chunk = len(head), head
    while not chunk.endswith(b"\n"):
        if b"\x00" in chunk or seen > MAX_SKIP_BYTES:
            return _ENDLESS
        chunk = fh.readline(_CHUNK)
        if not chunk:
            break
        seen += len(chunk)
    return _TOO_LONG


def _lines(fh: BinaryIO) -> Iterator[tuple[int, bytes | object]]:
    """(line number, line) split on \\n only; an over-long line is _TOO_LONG, never kept."""
    limit, lineno = MAX_LINE_BYTES, 0
    while line := fh.readline(limit + 1):
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            skipped = _skip_line(fh, line)
            yield lineno, skipped
            if skipped is _ENDLESS:
                return
            continue
        yield lineno, line


def _iter_jsonl(fh: BinaryIO, name: str, published: date | None) -> Iterator[Article | Problem]:
    for lineno, line in _lines(fh):
        origin = f"{name}:{lineno}"
        if line is _ENDLESS:
            yield Problem(origin, "binary data or a line without end: stopped reading the file")
            return
        if line is _TOO_LONG:
            yield Problem(origin, f"line longer than {MAX_LINE_BYTES:,} bytes: skipped")
            continue
        assert isinstance(line, bytes)
        if not line.strip():
            continue
        record = _json(line, origin, lineno == 1)
        yield record if isinstance(record, Problem) else _checked_record(record, origin, published)
class _Feed:
    """Decoded lines for the csv module, with the lines of the current row kept so
    that a row broken by an unterminated quote can be re-read from its next line."""

    def __init__(self, source: Iterator[tuple[int, bytes | object]], name: str) -> None:
        self.source, self.name = source, name
        self.pending: list[tuple[int, str]] = []
        self.row: list[tuple[int, str]] = []

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        if self.pending:
            item = self.pending.pop(0)
        else:
            lineno, raw = next(self.source)
            if not isinstance(raw, bytes):
                raise _CsvLineError(lineno, f"line longer than {MAX_LINE_BYTES:,} bytes")
            try:
                item = (lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
            except UnicodeDecodeError as exc:
                raise _CsvLineError(lineno, f"not UTF-8 text (bad byte at column "
                                            f"{exc.start + 1})") from None
        self.row.append(item)
        return item[1]

    def retry(self) -> int:
        """Give back all but the first line of the failed row; returns that row's line."""
        first = self.row[0][0] if self.row else 0
        self.pending[:0] = self.row[1:]
        self.row = []
        return first


class _CsvLineError(Exception):
    def __init__(self, lineno: int, message: str) -> None:
        super().__init__(message)
        self.lineno = lineno


def _csv_rows(fh: BinaryIO, name: str) -> Iterator[tuple[int, list[str]] | Problem]:
    """(first line, fields) of each CSV row, or a Problem naming the row's line."""
    import csv

    csv.field_size_limit(MAX_LINE_BYTES)
    feed = _Feed(_lines(fh), name)
    reader = csv.reader(feed, strict=True)
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except _CsvLineError as exc:
            feed.row = []
            yield Problem(f"{name}:{exc.lineno}", f"{exc}: skipped")
            continue
        except csv.Error as exc:
            # A quote left open swallows the next lines until EOF or a stray quote.
            unterminated = "end of data" in str(exc) or len(feed.row) > 1
            why = "unterminated quote" if unterminated else str(exc)
            yield Problem(f"{name}:{feed.retry()}", f"broken CSV row ({why}): skipped")
            continue
        first = feed.row[0][0] if feed.row else 0
        feed.row = []
        yield first, fields


def _iter_csv(fh: BinaryIO, name: str, published: date | None) -> Iterator[Article | Problem]:
    """A CSV of articles: columns like the JSONL fields (``date`` for ``published``)."""
    stem = Path(name).stem
    header: list[str] | None = None
    for rowno, item in enumerate(_csv_rows(fh, name), 1):
        if isinstance(item, Problem):
            yield item
            continue
        lineno, fields = item
        if header is None:
            header = [h.strip().lower() for h in fields]
            continue
        origin = f"{name}:{lineno}"
        record: dict[str, object] = dict(zip(header, fields, strict=False))
        rid = record.get("id") or record.get("")
        record["id"] = f"{stem}-{rid}" if rid else f"{stem}-row{rowno}"
        if not record.get("outlet") and record.get("source"):
            record["outlet"] = record["source"]
        yield _checked_record(record, origin, published)


def _open(path: str) -> BinaryIO:
    """The binary stream of a path (standard input for -)."""
    if path == "-":
        return sys.stdin.buffer
    if Path(path).is_dir():
        raise InputError(path, "is a directory (give the files inside it)")
    return open(path, "rb")  # noqa: SIM115 - closed by read_path


def _kind(path: str, fh: BinaryIO) -> str:
    """jsonl, csv, html or txt: by suffix; standard input by its first bytes."""
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".html", ".htm"):
        return "html"
    if path == "-":
        head = getattr(fh, "peek", lambda n: b"")(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"{"):
            return "jsonl"
        if head[:15].lower().startswith((b"<!doctype html", b"<html")):
            return "html"
    return "txt"


def _whole(fh: BinaryIO, name: str, kind: str, path: str,
           published: date | None) -> Article | Problem:
    """A text or HTML file: read at most MAX_BYTES + 1 bytes, then one Article."""
    try:
        text = _decode(fh.read(MAX_BYTES + 1), name)
        stem = Path(path).stem if path != "-" else None
        reader = from_html if kind == "html" else from_text
        art = reader(text, article_id_for(text, stem), published, name)
        check_not_future(art.published, name)
        return art
    except InputError as exc:
        return Problem(exc.origin, exc.message)


def read_path(path: str, published: date | None = None) -> Iterator[Article | Problem]:
    """Articles (or Problems) from one path; ``-`` is standard input. Never raises."""
    name = "<stdin>" if path == "-" else path
    try:
        fh = _open(path)
    except InputError as exc:
        yield Problem(exc.origin, exc.message)
        return
    except FileNotFoundError:
        yield Problem(name, "no such file")
        return
    except OSError as exc:  # permission, symlink loop, device errors: this file only
        yield Problem(name, (exc.strerror or str(exc)).lower())
        return
    try:
        yield from _read_open(fh, name, path, published)
    except OSError as exc:
        yield Problem(name, f"read error: {(exc.strerror or str(exc)).lower()}")
    finally:
        if path != "-":
            fh.close()


def _read_open(fh: BinaryIO, name: str, path: str,
               published: date | None) -> Iterator[Article | Problem]:
    kind = _kind(path, fh)
    if kind == "jsonl":
        yield from _iter_jsonl(fh, name, published)
    elif kind == "csv":
        yield from _iter_csv(fh, name, published)
    else:
        yield _whole(fh, name, kind, path, published)


def read_paths(paths: Iterable[str], published: date | None = None) -> Iterator[Article | Problem]:
    """Every article of every path, in order, problems interleaved."""
    for path in paths:
        yield from read_path(path, published)
