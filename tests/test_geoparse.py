"""geoparse's fast path: NER only around gazetteer names, batched over articles."""

from __future__ import annotations

import pytest

from frontlines.extraction.nlp import get_geo_nlp, one_blas_thread
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.geoparse import geoparse, geoparse_many, recognise
from frontlines.extraction.places.recognize import (
    Tokens,
    find_toponyms,
    gazetteer_ngrams,
    ner_positions,
)

TEXTS = [
    "Syrian forces shelled Rawa and Albu Kamal on Monday, the Syrian Observatory "
    "for Human Rights said. The US condemned the strikes.",
    "A school shooting in Parkland, Florida shocked the nation. Megyn Kelly "
    "interviewed survivors in Kelly, Texas.",
    "Residents of the village of Ashmi fled to the al-Tijara neighbourhood of Damascus.",
    "Nothing here names a place at all, said the spokesman on Tuesday.",
]


def _summary(tops):
    return [(t.text, t.start, t.place.geonames_id if t.place else None) for t in tops]


def test_windows_find_what_the_full_ner_finds():
    for text in TEXTS:
        assert _summary(geoparse(text)) == _summary(geoparse(text, ner="full")), text


def test_batch_equals_one_by_one():
    spans = [None, [(21, 29), (31, 38)], None, []]
    many = geoparse_many(TEXTS, spans)
    for text, sp, got in zip(TEXTS, spans, many, strict=True):
        assert _summary(got) == _summary(geoparse(text, spans=sp))
    assert [t.text for t in many[1]] == ["Parkland", "Florida"]


def test_ner_positions_cover_what_only_the_ner_makes_a_place():
    doc = get_geo_nlp().make_doc("The US and Wash. officials met. In Rawa, the Monday talks ended.")
    tk = Tokens(doc)
    gaz = load_gazetteer()
    at = {tk.texts[i] for i in ner_positions(tk, gaz, gazetteer_ngrams(tk, gaz))}
    assert {"US", "Wash.", "Rawa"} <= at  # an all-caps stop word, an alias, a town
    assert not at & {"The", "In", "Monday"}


def test_precomputed_ngrams_change_nothing():
    gaz = load_gazetteer()
    nlp = get_geo_nlp()
    for text in TEXTS:
        a = nlp.get_pipe("ner")(nlp.make_doc(text))
        b = nlp.get_pipe("ner")(nlp.make_doc(text))
        tk = Tokens(b)
        b.user_data["frontlines_ngrams"] = (tk, gazetteer_ngrams(tk, gaz))
        spans = [[(s.start, s.end, s.label_) for s in part]
                 for part in (*find_toponyms(a, gaz), *find_toponyms(b, gaz))]
        assert spans[:2] == spans[2:]


def test_windows_leave_other_tokens_unlabelled():
    text = "Lord Grabowski, a tall man who likes very long walks, sailed from Dover."
    full, windows = recognise([text], "full")[0], recognise([text])[0]
    assert "Grabowski" in [e.text for e in full.ents if e.label_ == "PERSON"]
    assert [e.text for e in windows.ents] == ["Dover"]  # the NER never saw the lord


def test_one_blas_thread_restores_the_setting():
    from frontlines.extraction.nlp import _openblas_threads

    setter = _openblas_threads()
    if setter is None:
        pytest.skip("numpy without a bundled OpenBLAS")
    before = setter(3)
    with one_blas_thread():
        assert setter(1) == 1
    assert setter(before) == 3
