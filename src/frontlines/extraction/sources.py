"""Sources: who claims each fact ("the Observatory said", "SANA reported").

A claim's source is the subject of the reporting verb that governs the event
trigger, or the object of "according to". Pronouns ("It said") carry the
previous sentence's source. Names are normalised with ``data/sources.yaml``
so that "the Observatory", "SOHR" and "a Britain-based monitor" are one source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from frontlines import data
from frontlines.extraction.words import reporting_verbs

PRONOUNS = {"it", "he", "she", "they", "we", "i"}


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, canonical) pairs, longest alias first so the most specific wins."""
    table: dict[str, list[str]] = data.load("sources.yaml")
    pairs: list[tuple[str, str]] = []
    for canonical, aliases in table.items():
        for alias in [canonical, *aliases]:
            pairs.append((alias, canonical))
    pairs.sort(key=lambda p: -len(p[0]))
    out = []
    for alias, canonical in pairs:
        flags = 0 if alias.isupper() else re.IGNORECASE  # "AP", "MoD" stay case-sensitive
        out.append((re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", flags), canonical))
    return out


@lru_cache(maxsize=4096)
def normalise(text: str, country: str | None = None) -> str:
    """The canonical name of a source phrase, or the phrase itself, tidied (remembered:
    each alias pattern is tried in turn, and the same phrases speak again and again)."""
    for pattern, canonical in _aliases():
        if pattern.search(text):
            if "{country}" in canonical:
                if not country:
                    return canonical.replace(" ({country})", "")
                return canonical.replace("{country}", country)
            return canonical
    return _tidy(text)


def _is_person(phrase: Span) -> bool:
    """A person's name: tagged PERSON, or bare proper nouns that name no organisation."""
    if any(t.ent_type_ == "PERSON" for t in phrase):
        return True
    words = [t for t in phrase if not t.is_punct]
    return bool(words) and all(t.pos_ == "PROPN" and t.ent_type_ not in (
        "ORG", "NORP", "GPE", "LOC", "FAC") for t in words)


def _tidy(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)[:80]


NP_LEFT_DEPS = {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod"}


def _np(tok: Token) -> Span:
    """The noun phrase headed by ``tok`` (without a trailing relative clause, and
    without what a misparse hangs in front of it: "On Sunday morning, the rebels")."""
    left = min([c.left_edge.i for c in tok.lefts if c.dep_ in NP_LEFT_DEPS] + [tok.i])
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "advcl"):
            break
        right = child.right_edge.i
    return tok.doc[left:right + 1]


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def source_of(sent: Span, trigger: Token | None, previous: str | None = None,
              country: str | None = None) -> tuple[str | None, str]:
    """(normalised source, the words that name it) for an event in ``sent``."""
    doc = sent.doc
    # "according to X" anywhere in the sentence
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "to":
            head = doc[tok.i + 2]
            phrase = _np(head.head if head.dep_ in ("det", "amod", "compound") else head)
            return normalise(phrase.text, country), f"according to {phrase.text}"
    candidates: list[Token] = []
    if trigger is not None:
        candidates = [a for a in trigger.ancestors if a.lemma_ in reporting_verbs()]
    if not candidates:
        candidates = [t for t in sent if t.lemma_ in reporting_verbs() and t.pos_ == "VERB"
                      and (trigger is None or t.i != trigger.i)]
    for verb in candidates:
        subj = _subject(verb)
        if subj is None:
            continue
        if subj.lower_ in PRONOUNS:
            if previous:
                return previous, f"{subj.text} {verb.text} (= {previous})"
            continue
        phrase = _np(subj)
        name = normalise(phrase.text, country)
        if name == _tidy(phrase.text):
            from frontlines.extraction.actors import resolve_name

            name = resolve_name(phrase.text) or name  # an armed group speaking for itself
        if name == _tidy(phrase.text) and _is_person(phrase):
            # A named person (an analyst, a witness) is not a reporting source; the
            # outlet that quotes them is.
            return None, f"{phrase.text} {verb.text} (a person: the outlet is the source)"
        return name, f"{phrase.text} {verb.text}"
    return None, ""

