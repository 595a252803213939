"""One article in, all its records out: events and control statements, fault by fault.

Why a module of its own: the store writes ready records and must not parse
text, and one article's failure (a bug, a pathological text) must not stop the
others. spaCy parses a batch of articles at a time; when a batch fails, each of its
articles is parsed alone so that only the faulty one is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from frontlines.domain.control import Observation
from frontlines.domain.errors import Problem
from frontlines.domain.model import Article, Event
from frontlines.extraction.control import control_statements
from frontlines.extraction.docs import uncached
from frontlines.extraction.nlp import get_nlp
from frontlines.extraction.pipeline import parse_batches, process, text_to_parse
from frontlines.settings import MAX_ARTICLE_CHARS, PARSE_BATCH_ARTICLES, PARSE_PIECE_CHARS


@dataclass
class ArticleRecords:
    """What one article yields: per-article events and control statements."""

    article: Article
    events: list[Event]
    statements: list[Observation] = field(default_factory=list)
    doc: Any = None  # the parsed spaCy Doc (for --explain), not stored


def _records(doc: Any, article: Article, statements: bool) -> ArticleRecords:
    result = process(doc, article)
    obs = control_statements(doc, article=article, events=result.events) if statements else []
    return ArticleRecords(article, result.events, obs, doc)


def _failed(article: Article, exc: BaseException) -> Problem:
    what = "too deeply nested" if isinstance(exc, RecursionError) else f"{type(exc).__name__}"
    return Problem(article.origin or article.id,
                   f"article {article.id!r} could not be analysed ({what}: {str(exc)[:120]})")


def pieces(text: str, size: int) -> list[str]:
    """The text cut into pieces of at most size characters, at a line break (else a
    space, else anywhere); joined, they are the text again."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        out.append(text[start:end])
        start = end
    return out


def _page_text(article: Article, prefilter: bool = True) -> str:
    """The text to parse: page furniture blanked (same length, same offsets;
    extraction/furniture.py), so the records never come from a related-story list,
    and with `prefilter` the sentences far from any conflict cue
    (pipeline.text_to_parse, extraction/prefilter.py)."""
    return text_to_parse(article, prefilter)


def parse(nlp: Any, text: str) -> Any:
    """One Doc of the text; a long text is parsed in pieces (settings.PARSE_PIECE_CHARS)
    so that spaCy's memory stays bounded, the pieces joined with the text's offsets."""
    if len(text) <= PARSE_PIECE_CHARS:
        return nlp(text)
    docs = [uncached(d) for d in nlp.pipe(pieces(text, PARSE_PIECE_CHARS), batch_size=1)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def extract_records(articles: Iterable[Article], statements: bool = True,
                    batch_size: int = PARSE_BATCH_ARTICLES, prefilter: bool = True
                    ) -> Iterator[ArticleRecords | Problem]:
    """Records of each article in order; a Problem in place of an article that fails.

    What is parsed is pipeline.text_to_parse: page furniture and, with `prefilter`,
    the sentences far from any conflict cue blanked (offsets unchanged), in batches of
    pipeline.parse_batches (bounded by words to parse, at most `batch_size` articles).

    An article longer than settings.MAX_ARTICLE_CHARS is refused unparsed (the
    readers refuse it too; this guards callers that build Articles themselves).
    """
    pages = ((_page_text(a, prefilter) if len(a.text) <= MAX_ARTICLE_CHARS else "", a)
             for a in articles)
    for chunk in parse_batches(pages, batch_size):
        if any(len(a.text) > MAX_ARTICLE_CHARS for _, a in chunk):  # one by one, in order
            for _, article in chunk:
                if len(article.text) > MAX_ARTICLE_CHARS:
                    yield Problem(article.origin or article.id,
                                  f"article {article.id!r} too long ({len(article.text):,} "
                                  f"characters; limit {MAX_ARTICLE_CHARS:,}): skipped")
                else:
                    yield from extract_records([article], statements, 1, prefilter)
            continue
        yield from _chunk_records(chunk, statements)


def _chunk_records(chunk: list[tuple[str, Article]], statements: bool
                   ) -> Iterator[ArticleRecords | Problem]:
    """Records of one batch parsed together; when the batch fails, each article is
    parsed alone so that only the faulty one is reported."""
    nlp = get_nlp()  # loaded once, on the first article (not when none can be read)
    texts = [text for text, _ in chunk]
    try:
        docs: list[Any] | None = (
            list(nlp.pipe(texts, batch_size=len(texts)))
            if all(len(t) <= PARSE_PIECE_CHARS for t in texts) else None)
    except Exception:  # noqa: BLE001 - parse the batch's articles one by one below
        docs = None
    for i, (text, article) in enumerate(chunk):
        try:
            doc = docs[i] if docs is not None else parse(nlp, text)
            item: ArticleRecords | Problem = _records(doc, article, statements)
        except Exception as exc:  # noqa: BLE001 - one article's fault stays its own
            item = _failed(article, exc)
        yield item
