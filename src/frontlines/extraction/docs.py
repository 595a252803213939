"""Cached views of a parsed Doc that the extraction stages read many times.

``Doc.text`` joins every token's text anew on each call, and ``Doc.ents`` (which
``Span.ents`` walks for every sentence) builds a Span per entity of the whole doc:
the place, date and role steps asked for them per sentence and per mention, a
quadratic cost in a long article (a fifth of frontlines' own stages on GeoWebNews).
The text of a Doc never changes, so it is cached on first use; its entities are
final once the pipeline has run, so ``pipeline.process`` freezes them (`freeze`)
and only then are they served from the cache.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

_TEXT = "frontlines_text"
_ENTS = "frontlines_ents"
_MEMO = "frontlines_memo"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def uncached(doc: Doc) -> Doc:
    """The doc without the views cached here: pieces of a long text are joined by
    ``Doc.from_docs``, which keeps no such data of its parts (and warns about it)."""
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_ENTS, None)
    doc.user_data.pop(_MEMO, None)
    return doc


def freeze(doc: Doc) -> None:
    """Cache the doc's entities: called when no component will set them again."""
    doc.user_data[_ENTS] = tuple(doc.ents)


def span_memo(doc: Doc, name: str) -> dict | None:
    """A frozen doc's store for what one step derives from a span of it (keyed by the
    span's token bounds), or None before `freeze`: what is read off the parse and its
    entities no longer changes then, and several steps ask it of the same sentence."""
    if _ENTS not in doc.user_data:
        return None
    return doc.user_data.setdefault(_MEMO, {}).setdefault(name, {})


def token_at(doc: Doc, idx: int) -> Token | None:
    """The token that starts at character ``idx`` (a mention's trigger), or None."""
    return next((t for t in doc if t.idx == idx), None)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities (cached once frozen)."""
    ents = doc.user_data.get(_ENTS)
    return ents if ents is not None else tuple(doc.ents)


def sentence_ents(sent: Span) -> list[Span]:
    """The entities wholly inside a span, as ``Span.ents`` gives them, found by
    bisection over the doc's (sorted) entities."""
    ents = doc_ents(sent.doc)
    i = bisect.bisect_left(ents, sent.start, key=lambda e: e.start)
    out = []
    while i < len(ents) and ents[i].end <= sent.end:
        out.append(ents[i])
        i += 1
    return out
