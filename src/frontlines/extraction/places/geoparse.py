"""``geoparse``: find and resolve every place name of a text (the CLI's geoparse).

Runs only the NER and the place component (no tagger or parser), then
resolves; with caller-given spans it does toponym resolution only.

The NER was ~80 % of the time, and its labels are read only at gazetteer names
and place frames (``recognize.ner_positions``). By default (``ner="windows"``)
it therefore runs on windows of four tokens either side of those positions
(~1/3 of the text on GeoWebNews), batched across articles; ``ner="full"``
runs it on everything. The small model's NER sees four tokens either side
(four convolution layers of window 1) plus the current entity's start, so the
windows reproduce nearly all its labels: on GeoWebNews precision rose 0.007,
recall and end-to-end Acc@161 fell 0.001, resolution on gold spans was
unchanged, and geoparse ran ~2.2x faster (``frontlines eval geo --speed 3``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from spacy.tokens import Doc, Span

from frontlines.domain.model import Place, Toponym
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.recognize import (
    NGRAMS_KEY,
    Tokens,
    gazetteer_ngrams,
    ner_positions,
)
from frontlines.extraction.places.resolve import resolve_spans

NerMode = Literal["windows", "full"]
# Window around a position that needs the NER: tokens before (the entity may
# start earlier: "Hisham al-Hashemi") and after ("New York Times"); windows
# closer than GAP tokens are merged (one longer window costs less than two).
WINDOW_BEFORE = 4
WINDOW_AFTER = 4
WINDOW_GAP = 3
CHUNK = 64  # articles per geoparse_many call of the CLI and the evaluation
BATCH = 256  # NER windows per call: the parser advances a batch's states together


def _windows(positions: list[int], n_tokens: int) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for p in positions:
        a, b = max(0, p - WINDOW_BEFORE), min(n_tokens, p + WINDOW_AFTER + 1)
        if out and a <= out[-1][1] + WINDOW_GAP:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def recognise(texts: Iterable[str], ner: NerMode = "windows") -> list[Doc]:
    """Tokenise, label and run the place component on ``texts`` (one Doc each)."""
    from frontlines.extraction.nlp import one_blas_thread

    with one_blas_thread():
        return _recognise(texts, ner)


def _recognise(texts: Iterable[str], ner: NerMode) -> list[Doc]:
    from frontlines.extraction.nlp import get_geo_nlp

    nlp = get_geo_nlp()
    places = nlp.get_pipe("frontlines_places")
    texts = list(texts)
    docs = [nlp.make_doc(t) for t in texts]
    if ner == "full":
        return [places(d) for d in nlp.get_pipe("ner").pipe(docs)]
    gaz = load_gazetteer()
    actor_texts = places.actor_texts()
    jobs: list[tuple[Doc, int, int]] = []
    subs: list[Doc] = []
    for doc, text in zip(docs, texts, strict=True):
        tk = Tokens(doc, text)
        grams = gazetteer_ngrams(tk, gaz, actor_texts)
        doc.user_data[NGRAMS_KEY] = (tk, grams)  # reused by the place component
        spaces = tk.spaces()
        for a, b in _windows(ner_positions(tk, gaz, grams), tk.n):
            jobs.append((doc, a, b))
            subs.append(Doc(nlp.vocab, words=tk.texts[a:b], spaces=spaces[a:b]))
    ents: dict[int, list[Span]] = {id(d): [] for d in docs}
    for (doc, a, _b), sub in zip(jobs, nlp.get_pipe("ner").pipe(subs, batch_size=BATCH),
                                 strict=True):
        ents[id(doc)].extend(Span(doc, a + e.start, a + e.end, label=e.label)
                             for e in sub.ents)
    for doc in docs:
        doc.set_ents(ents[id(doc)], default="outside")
    return [places(d) for d in docs]


def _locale_fallback(tops: list[Toponym]) -> list[Toponym]:
    """Given spans the caller says are places, one the gazetteer lacks (a church,
    a neighbourhood, a hospital) is best guessed as the story's locale: the nearest
    town the text names in the story's main country (the one its places lie in most
    often: a footballer's home village is in his country, not at his club's city
    named beside it), else its most named place, with a low confidence."""
    counts: Counter[int] = Counter()
    by_id: dict[int, Place] = {}
    for t in tops:
        p = t.place
        if p is not None and p.geonames_id is not None:
            rank = 2 if p.level in ("city", "admin2") else 1 if p.level == "admin1" else 0
            counts[p.geonames_id] += 100 * rank + 1
            by_id[p.geonames_id] = p
    if not counts:
        return tops
    best = by_id[counts.most_common(1)[0][0]]
    towns = [t for t in tops if t.place is not None and t.place.level in ("city", "admin2")]
    main = Counter(t.place.country_code for t in tops
                   if t.place is not None and t.place.country_code).most_common(1)
    home = [t for t in towns if main and t.place.country_code == main[0][0]]
    towns = home or towns
    out = []
    for t in tops:
        if t.place is None:
            near = min(towns, key=lambda o: abs(o.start - t.start), default=None)
            p = near.place if near is not None else best
            t = dataclasses.replace(t, place=dataclasses.replace(p, confidence=0.05))
        out.append(t)
    return out


def geoparse(text: str, spans: list[tuple[int, int]] | None = None,
             demonyms: bool = True, nested: bool = True,
             unresolved: bool = False, locale: bool = True,
             ner: NerMode = "windows") -> list[Toponym]:
    """Find and resolve the place names of ``text``.

    With ``spans`` (character offsets), resolve exactly those spans (toponym
    resolution only; the other places found still serve as context). With
    ``demonyms`` (default), country adjectives such as "Syrian" are returned as
    toponyms of their country, as GeoWebNews annotates them; with ``nested``
    (default), so are place names inside organisation names ("Air Canada").
    The event pipeline uses ``resolve(doc)``, which reports neither. Names
    found but not in the gazetteer are left out unless ``unresolved``: on
    GeoWebNews they are mostly people and firms the NER took for places.
    With ``spans`` and ``locale`` (default), a given span the gazetteer lacks
    gets the story's main town as a low-confidence guess (``_locale_fallback``).
    ``ner``: see the module docstring. Many texts: ``geoparse_many`` (faster).
    """
    return geoparse_many([text], None if spans is None else [spans], demonyms=demonyms,
                         nested=nested, unresolved=unresolved, locale=locale, ner=ner)[0]


def geoparse_many(texts: Sequence[str],
                  spans: Sequence[list[tuple[int, int]] | None] | None = None,
                  demonyms: bool = True, nested: bool = True, unresolved: bool = False,
                  locale: bool = True, ner: NerMode = "windows") -> list[list[Toponym]]:
    """``geoparse`` of each text (``spans``: one list or None per text), with the
    NER's windows of all texts batched together."""
    docs = recognise(texts, ner)
    if spans is None:
        spans = [None] * len(docs)
    return [_resolve_doc(text, doc, sp, demonyms, nested, unresolved, locale)
            for text, doc, sp in zip(texts, docs, spans, strict=True)]


def _resolve_doc(text: str, doc: Doc, spans: list[tuple[int, int]] | None,
                 demonyms: bool, nested: bool, unresolved: bool,
                 locale: bool) -> list[Toponym]:
    found = list(doc.spans.get("toponyms", []))
    dem = list(doc.spans.get("demonyms", []))
    if spans is not None:
        token_spans = []
        for a, b in spans:
            sp = doc.char_span(a, b, alignment_mode="expand")
            token_spans.append((sp.start, sp.end) if sp is not None else None)
        good = [t for t in token_spans if t is not None]
        names = [text[a:b] for (a, b), t in zip(spans, token_spans, strict=True)
                 if t is not None]
        resolved = iter(resolve_spans(doc, good, found, dem, names))
        out = []
        for (a, b), t in zip(spans, token_spans, strict=True):
            top = next(resolved) if t is not None else Toponym(text[a:b], a, b, None)
            out.append(Toponym(text=text[a:b], start=a, end=b, place=top.place or top.within))
        return _locale_fallback(out) if locale else out
    wanted = [(s.start, s.end) for s in found]
    if demonyms:  # adjectives ("Syrian forces"), not peoples ("Europeans")
        gaz = load_gazetteer()
        wanted += [(s.start, s.end) for s in dem
                   if not (s.text.endswith("s") and gaz.is_demonym(s.text[:-1]))]
    if nested:
        wanted += [(s.start, s.end) for s in doc.spans.get("nested_toponyms", [])]
    # A name found inside a longer entity and then taken by itself ("the villages of
    # Arak and Bardeh") is one span: a twin would break its relation to the next name.
    wanted = sorted(set(wanted))
    # A name the gazetteer lacks that the text puts in or near a place ("the Crown
    # Heights neighborhood of Brooklyn") is reported at that place, low confidence.
    out = [dataclasses.replace(t, place=t.within) if t.place is None and t.within else t
           for t in resolve_spans(doc, wanted, found, dem)]
    return out if unresolved else [t for t in out if t.place is not None]
