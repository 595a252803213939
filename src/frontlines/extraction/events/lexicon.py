"""Loading the trigger lexicon (data/triggers.yaml) into fast lookup tables.

The lexicon is data so that analysts can extend it without touching code; this
module only compiles it: single words go into a dict, multi-word phrases into a
dict keyed by their first word, so matching a sentence is one pass over tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from frontlines import data, settings


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a word sequence announcing a (resolvable) type."""

    words: tuple[str, ...]
    type: str
    score: float
    pos: str | None = None


@dataclass
class Lexicon:
    """The compiled lexicon: trigger entries, cue classes, overrides."""

    by_first: dict[str, list[Entry]] = field(default_factory=dict)
    cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    cue_first: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    overrides: list[dict[str, str]] = field(default_factory=list)
    non_events: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    non_first: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    # non-event cue phrases that weigh more than one word ("sanctions" is diplomacy
    # whatever else the report says); phrase -> weight
    non_weights: dict[tuple[str, ...], int] = field(default_factory=dict)

    _words: dict[str, frozenset[str]] = field(default_factory=dict)

    def cue_words(self, cls: str) -> frozenset[str]:
        """Single-word members of a cue class (for membership tests on one token);
        computed once per class, as the rules ask for them on every trigger."""
        words = self._words.get(cls)
        if words is None:
            words = frozenset(p[0] for p in self.cues.get(cls, []) if len(p) == 1)
            self._words[cls] = words
        return words


def _split(phrase: str) -> tuple[str, ...]:
    """The tokens of a lexicon phrase as spaCy cuts them: a hyphen between letters is a
    token of its own ("booby-trapped" is booby, -, trapped), or the phrase never matches."""
    return tuple(_HYPHEN.sub(" - ", phrase.lower()).split())


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _index(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    for lst in out.values():
        lst.sort(key=len, reverse=True)
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Parse triggers.yaml once per process."""
    raw = data.load("triggers.yaml")
    lex = Lexicon()
    for item in raw["triggers"]:
        for w in item["words"]:
            score = float(item.get("score", settings.TRIGGER_DEFAULT_SCORE))
            e = Entry(_split(str(w)), item["type"], score, item.get("pos"))
            lex.by_first.setdefault(e.words[0], []).append(e)
    for lst in lex.by_first.values():
        lst.sort(key=lambda e: (len(e.words), e.score), reverse=True)
    for cls, words in raw["cues"].items():
        lex.cues[cls] = [_split(str(w)) for w in words]
        lex.cue_first[cls] = _index(lex.cues[cls])
    lex.overrides = list(raw.get("overrides", []))
    for cls, words in raw.get("non_events", {}).items():
        lex.non_events[cls] = [_split(str(w)) for w in words]
        lex.non_first[cls] = _index(lex.non_events[cls])
    for phrase, w in raw.get("non_event_weights", {}).items():
        lex.non_weights[_split(str(phrase))] = int(w)
    return lex


def token_keys(tok: Token) -> tuple[str, ...]:
    """Forms a token can match: lower-cased text and lemma (the lemmatizer is unreliable)."""
    low = tok.lower_
    lem = tok.lemma_.lower()
    return (low,) if lem == low else (low, lem)


def _word_matches(tok: Token, word: str) -> bool:
    if word.endswith("*") and len(word) > 1:
        return tok.lower_.startswith(word[:-1])
    return word in token_keys(tok)


def match_at(tokens: Span | list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` matches the tokens starting at index i."""
    if i + len(phrase) > len(tokens):
        return False
    return all(_word_matches(tokens[i + k], w) for k, w in enumerate(phrase))


def find_cues(tokens: Span | list[Token], index: dict[str, list[tuple[str, ...]]]
              ) -> list[tuple[int, int]]:
    """All (start, end) matches of one cue class in a token sequence (relative indices)."""
    hits: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        for key in token_keys(tok):
            for phrase in index.get(key, ()):
                if match_at(tokens, i, phrase):
                    hits.append((i, i + len(phrase)))
                    break
    return hits


def weigh_cues(tokens: Span | list[Token], index: dict[str, list[tuple[str, ...]]],
               weights: dict[tuple[str, ...], int]) -> int:
    """Weighted count of the matches of one cue class (one per start token)."""
    total = 0
    for i, tok in enumerate(tokens):
        found = None
        for key in token_keys(tok):
            found = next((p for p in index.get(key, ()) if match_at(tokens, i, p)), None)
            if found is not None:
                break
        if found is not None:
            total += weights.get(found, 1)
    return total

