"""Bounds on the work one sentence can cause, so that cost stays linear in the text.

Several stages look at every pair of things in a sentence (places, numbers,
candidate spans); fine for news sentences of 20-80 tokens, quadratic or worse
for a 100,000-word "sentence" without punctuation. A sentence is therefore cut
every MAX_SENTENCE_TOKENS tokens before spaCy's parser runs (the parser keeps
boundaries set before it), and the scans that walk outwards from a token stop
after a fixed number of tokens (casualties.number_value, places.locate; the
bounds are in settings.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.settings import MAX_SENTENCE_TOKENS

_ENDS = frozenset({".", "!", "?", "…"})


@Language.component("frontlines_sentence_cap")
def cap_sentences(doc: Doc) -> Doc:
    """Mark a sentence start every MAX_SENTENCE_TOKENS tokens of a run with no end mark,
    and after every blank line: a paragraph never continues the sentence before it (a
    closing quotation otherwise swallows the next paragraph's first sentence)."""
    run = 0
    after_blank = False
    for tok in doc:
        if run >= MAX_SENTENCE_TOKENS or (after_blank and not tok.is_space):
            tok.is_sent_start = True
            run = 0
        if not tok.is_space or "\n\n" in tok.text:
            after_blank = tok.is_space
        run += 1
        if tok.text in _ENDS or "\n" in tok.text:
            run = 0
    return doc
