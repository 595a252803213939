"""The model's attribute ruler and lemmatizer, decided once per kind of token.

Both are Python loops over every token, and together they cost as much of the parse
of the prefiltered text as the dependency parser:

* spaCy's attribute ruler (tag -> part of speech and morphology, lemma exceptions)
  runs a Matcher of 179 patterns over every token. All but a few of those patterns
  are one token long and read only the token's lower form, tag, dependency and
  whether it is a space, so which of them match is the same for every token with the
  same four values: this module decides it once per such token kind (a cache) and
  leaves only the multi-token patterns to a Matcher.
* the rule lemmatizer caches its answer per (word, part of speech, morphology) only
  when it applies a rule; for a base form ("attack" as a singular noun, the most
  common case) it asks the morphology again on every token. Its answer depends on
  those three values alone, so it is kept for every kind. And a word seen for the
  first time is looked up in the model's index of known lemmas, a list of thousands
  of words scanned from the start for every candidate form (200 microseconds a
  word): the lists are given a set for their membership test.

The matches and lemmas are the model's own (``tests/test_prefilter.py`` compares the
tokens' attributes with spaCy's); a ruler with a pattern this module cannot read
keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from frontlines import settings

# What a one-token pattern may test here, and where its value sits in a token's key.
_KEY_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]

Test = Callable[[tuple], bool]


def _value_test(pos: int, value: object) -> Test | None:
    """A test of one attribute's value as the Matcher reads it, or None if unknown."""
    if isinstance(value, (bool, str)):
        return lambda key: key[pos] == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda key: key[pos] in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda key: key[pos] not in banned
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda key: rx.search(key[pos]) is not None
    return None


def _token_test(spec: dict) -> Test | None:
    """All of a token pattern's tests, or None when it tests anything else."""
    tests = []
    for attr, value in spec.items():
        if attr not in _KEY_ATTRS:
            return None
        test = _value_test(_KEY_ATTRS.index(attr), value)
        if test is None:
            return None
        tests.append(test)
    return lambda key: all(t(key) for t in tests)


def _index_words(spec: dict) -> tuple[str, ...]:
    """The lower forms a token must have to match, when the pattern names them."""
    lower = spec.get("LOWER")
    if isinstance(lower, str):
        return (lower,)
    if isinstance(lower, dict) and set(lower) == {"IN"}:
        return tuple(lower["IN"])
    return ()


class KindMatcher:
    """The ruler's matches: one-token patterns by token kind, the rest by a Matcher.
    A kind seen for the first time is tested only against the patterns that could
    match it: those naming its lower form or its tag, and the few that name neither."""

    def __init__(self, ruler: AttributeRuler, multi: Matcher) -> None:
        self.ruler = ruler
        self.multi = multi
        self.by_word: dict[str, list[tuple[str, Test]]] = {}
        self.by_tag: dict[str, list[tuple[str, Test]]] = {}
        self.unnamed: list[tuple[str, Test]] = []
        self.cache: dict[tuple, tuple[tuple[int, int], ...]] = {}

    def add(self, key: str, spec: dict, test: Test) -> None:
        """A one-token pattern of the ruler's rule `key`."""
        words = _index_words(spec)
        for w in words:
            self.by_word.setdefault(w, []).append((key, test))
        if words:
            return
        if isinstance(spec.get("TAG"), str):
            self.by_tag.setdefault(spec["TAG"], []).append((key, test))
        else:
            self.unnamed.append((key, test))

    def _rules(self, ids: tuple) -> tuple[tuple[int, int], ...]:
        """(rule index, rule key) of the one-token rules a token kind matches."""
        strings = self.ruler.vocab.strings
        key = (strings[ids[0]], strings[ids[1]], strings[ids[2]], bool(ids[3]))
        rules = self.by_word.get(key[0], []) + self.by_tag.get(key[1], []) + self.unnamed
        return tuple((int(k), strings[k]) for k, test in rules if test(key))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's ``match``: (rule index, rule key, start, end), sorted."""
        strings = self.ruler.vocab.strings
        matches = [(int(strings[m_id]), m_id, s, e)
                   for m_id, s, e in self.multi(doc, allow_missing=True)]
        cache = self.cache
        for i, ids in enumerate(map(tuple, doc.to_array(_ARRAY_ATTRS).tolist())):
            rules = cache.get(ids)
            if rules is None:
                if len(cache) >= settings.ATTRIBUTE_KINDS_CACHED:
                    cache.clear()
                rules = cache[ids] = self._rules(ids)
            for n, m_id in rules:
                matches.append((n, m_id, i, i + 1))
        matches.sort()
        return matches


def kind_matcher(ruler: AttributeRuler) -> KindMatcher | None:
    """The fast matcher for this ruler, or None when one of its one-token patterns
    tests something a token kind does not hold."""
    fast = KindMatcher(ruler, Matcher(ruler.vocab))
    for n, entry in enumerate(ruler.patterns):
        key = str(n)  # the ruler's own key: its rules in the order they were added
        for pattern in entry["patterns"]:
            if len(pattern) > 1:
                fast.multi.add(key, [pattern])
                continue
            test = _token_test(pattern[0])
            if test is None:
                return None
            fast.add(key, pattern[0], test)
    return fast


def speed_up(ruler: AttributeRuler) -> None:
    """Give the ruler the fast matcher (same matches), when it can read its patterns."""
    fast = kind_matcher(ruler)
    if fast is not None:
        ruler.match = fast


class KindLemmas:
    """The lemmatizer's ``pipe``: each token without a lemma takes the lemma of its
    kind (word, part of speech, morphology), asked of the lemmatizer once per kind."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def lemmatize(self, doc: Doc) -> Doc:
        """Set the lemmas of one doc, as ``Lemmatizer.__call__`` does."""
        strings = self.lemmatizer.vocab.strings
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        cache = self.cache
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma != 0:
                continue  # set by the attribute ruler
            kind = (orth, pos, morph)
            found = cache.get(kind)
            if found is None:
                if len(cache) >= settings.ATTRIBUTE_KINDS_CACHED:
                    cache.clear()
                found = cache[kind] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            arr[i, 3] = found
        doc.from_array([LEMMA], arr[:, 3:4])
        return doc

    def __call__(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self.lemmatize(doc)


class _IndexedList(list):
    """A list of words (the lemma index of one part of speech) whose membership test
    is a set look-up; otherwise the list it was."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def speed_up_lemmatizer(lemmatizer: Lemmatizer) -> None:
    """Give a rule lemmatizer that does not overwrite lemmas the cache of every kind,
    and its lemma index a set look-up."""
    if lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return
    lemmatizer.pipe = KindLemmas(lemmatizer)
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index.keys()):
        words = index[pos]
        if type(words) is list:
            index[pos] = _IndexedList(words)
