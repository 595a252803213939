"""``geoparse``: find and resolve every place name of a text (the CLI's geoparse).

Runs only the NER and the place component (no tagger or parser), then
resolves; with caller-given spans it does toponym resolution only.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from frontlines.model import Place, Toponym
from frontlines.places.gazetteer import load as load_gazetteer
from frontlines.places.resolve import resolve_spans


def _nlp():
    from frontlines.nlp import get_nlp

    return get_nlp()


def _locale_fallback(tops: list[Toponym]) -> list[Toponym]:
    """Given spans the caller says are places, one the gazetteer lacks (a church,
    a neighbourhood, a hospital) is best guessed as the story's locale: the town
    it names most often (else its most named place), with a low confidence."""
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
             unresolved: bool = False, locale: bool = True) -> list[Toponym]:
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
    """
    nlp = _nlp()
    # Only the NER (which has its own tok2vec) is needed to find places: the
    # tagger, parser and lemmatizer would triple the time, and the place
    # component checks actor phrases itself.
    skip = ("tok2vec", "tagger", "attribute_ruler", "parser", "lemmatizer",
            "frontlines_actors")
    with nlp.select_pipes(disable=[p for p in skip if p in nlp.pipe_names]):
        doc = nlp(text)
    found = list(doc.spans.get("toponyms", []))
    dem = list(doc.spans.get("demonyms", []))
    if spans is not None:
        token_spans = []
        for a, b in spans:
            sp = doc.char_span(a, b, alignment_mode="expand")
            token_spans.append((sp.start, sp.end) if sp is not None else None)
        good = [t for t in token_spans if t is not None]
        resolved = iter(resolve_spans(doc, good, found, dem))
        out = []
        for (a, b), t in zip(spans, token_spans, strict=True):
            top = next(resolved) if t is not None else Toponym(text[a:b], a, b, None)
            out.append(Toponym(text=text[a:b], start=a, end=b, place=top.place))
        return _locale_fallback(out) if locale else out
    wanted = [(s.start, s.end) for s in found]
    if demonyms:  # adjectives ("Syrian forces"), not peoples ("Europeans")
        gaz = load_gazetteer()
        wanted += [(s.start, s.end) for s in dem
                   if not (s.text.endswith("s") and gaz.is_demonym(s.text[:-1]))]
    if nested:
        wanted += [(s.start, s.end) for s in doc.spans.get("nested_toponyms", [])]
    wanted.sort()
    out = resolve_spans(doc, wanted, found, dem)
    return out if unresolved else [t for t in out if t.place is not None]
