"""Conflict words in their everyday senses (GeoWebNews sentences, quoted)."""

from __future__ import annotations

import pytest

from frontlines.extraction.events.senses import other_sense


def _sense(nlp, sentence: str, word: str) -> str | None:
    doc = nlp(sentence)
    return other_sense(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Local volunteers join flood fighting effort in Fargo.", "fighting"),
    ("In an interview at the New York Auto Show, he immediately shot down rumors of the "
     "biturbocharged V8 making its way.", "shot"),
    ("It is the second carbon capture project in the province.", "capture"),
    ("Barrow County fell to 18th in population growth.", "fell"),
    ("The 'Debut' CD certainly demonstrates the talents of the young piano player.",
     "demonstrates"),
    ("The projects have been executed by Pakistan Army engineers in collaboration with the "
     "government.", "executed"),
    ("Ingraham apologized, but Hogg blasted it as an insincere effort.", "blasted"),
    ("The Winnipeg Fire Paramedic Service was busy fighting two apartment fires overnight.",
     "fighting"),
])
def test_everyday_senses(nlp, sentence: str, word: str) -> None:
    assert _sense(nlp, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Syrian troops captured the town of Rawa after heavy fighting with Islamic State.",
     "captured"),
    ("Air defences shot down two drones over Hama on Monday.", "shot"),
    ("Hundreds of people demonstrated in Kampala on Monday against the arrests.",
     "demonstrated"),
    ("Government forces fought Islamic State fighters near Albu Kamal.", "fought"),
])
def test_conflict_senses_are_kept(nlp, sentence: str, word: str) -> None:
    assert _sense(nlp, sentence, word) is None
