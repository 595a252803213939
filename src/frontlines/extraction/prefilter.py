"""Relevance prefilter: parse only the sentences that could hold an event.

Most news is not about armed conflict, and the dependency parse is most of
frontlines's cost. Before parsing, a cheap pass (a regular-expression sentence
splitter and a word-set look-up, no model) finds the sentences with a conflict
cue: a trigger of the event lexicon (triggers.yaml, with its regular
inflections) or a word of data/prefilter_cues.txt. The other sentences are
blanked out with spaces, far enough from any cue (settings.PREFILTER_WINDOW; in an
article with few cue sentences for its length, settings.PREFILTER_SPARSE_WINDOW), so the text keeps
its length: every character offset, evidence span and event id stays what the
full text gives, and spaCy reads a run of spaces as one token. An article with
no cue at all becomes blank and costs next to nothing.

Recall is measured, not assumed: ``frontlines eval prefilter`` runs the whole
pipeline with and without this step on the development sets and counts the
records lost (docs/benchmarks.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from frontlines import data, settings
from frontlines.extraction.events.lexicon import load_lexicon

_WORD = re.compile(r"[a-z0-9]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|"
                    r"November|December)\b")  # not "May": the verb
# A sentence ends at . ! ? (with closing quotes/brackets) before a capital, digit or quote,
# or at a line break.
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_SUFFIXES = ("s", "es", "ed", "ing", "ings", "er", "ers", "ment", "ments")


FormSets = tuple[frozenset[str], ...]
Phrase = tuple[FormSets, FormSets | None]
# an [other_senses] entry: words, and phrases of words side by side ("on camera")
Senses = tuple[frozenset[str], tuple[FormSets, ...]]


@dataclass(frozen=True)
class Cues:
    """The compiled cue lexicon: single forms, and phrases keyed by one of their forms;
    weak forms count only near a context form."""

    words: frozenset[str]
    # form -> phrases looked up by it: (other words' form sets, and for a trigger of the
    # event lexicon all its words' form sets in order, which must then stand together)
    phrases: dict[str, tuple[Phrase, ...]]
    weak: frozenset[str]
    context: frozenset[str]
    not_capitalised: frozenset[str]
    abbreviations: frozenset[str]
    dates: frozenset[str] = frozenset()  # a neighbour naming a time is kept ("needed")
    anaphors: tuple[tuple[str, ...], ...] = ()  # opening words pointing back
    place_frame: re.Pattern[str] | None = None  # "in Hasakeh": a neighbour naming a place
    # cue form -> words that, in the same sentence, give it another sense ("struck a
    # deal"), and word pairs that must stand side by side to do so ("on camera")
    other_senses: dict[str, Senses] = field(default_factory=dict)


def inflections(word: str) -> set[str]:
    """Regular forms of a word, enough for recall: attack -> attacks, attacked, attacking,
    attacker; seize -> seized, seizing; kidnap -> kidnapped; rally -> rallied. Forms
    already inflected (killed, fighting, taken) only take a plural."""
    if word.endswith(("ed", "ing", "en")) or len(word) < 3:
        return {word, word + "s"}
    if word.endswith("e"):
        return {word, word + "s", word + "d",
                word[:-1] + "ing", word[:-1] + "ings"}
    forms = {word} | {word + s for s in _SUFFIXES}
    if word.endswith("y"):
        forms |= {word[:-1] + s for s in ("ies", "ied", "ier", "iers")}
    if word[-1] not in "aeiouwxy":
        forms |= {word + word[-1] + s for s in ("ed", "ing", "er", "ers")}
    return forms


def _phrase_parts(phrase: str) -> list[str]:
    return _WORD.findall(phrase.lower().replace("*", ""))


def _sections() -> dict[str, list[list[str]]]:
    """data/prefilter_cues.txt as {section: [phrase words]}."""
    text = data.path("prefilter_cues.txt").read_text(encoding="utf-8")
    out: dict[str, list[list[str]]] = {}
    section = "cues"
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        out.setdefault(section, []).append(line.split())
    return out


def _forms(phrases: list[list[str]]) -> frozenset[str]:
    return frozenset(f for ph in phrases for w in ph for p in _phrase_parts(w)
                     for f in inflections(p))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Compile the cue lexicon once per process: every trigger of triggers.yaml (but
    the blocking entries) and the extra cues, each with its regular inflections."""
    sections = _sections()
    lex = load_lexicon()
    triggers = [list(e.words) for entries in lex.by_first.values() for e in entries
                if e.type != "@none"]
    words: set[str] = set()
    phrases: dict[str, list[Phrase]] = {}
    strict = len(triggers)
    for n, phrase in enumerate(triggers + sections.get("cues", [])):
        parts = [p for w in phrase for p in _phrase_parts(w)]
        if not parts:
            continue
        form_sets = [frozenset(inflections(p)) for p in parts]
        if len(form_sets) == 1:
            words |= form_sets[0]
            continue
        # A phrase is looked up by its longest word; the others must be in the sentence too.
        key = max(range(len(parts)), key=lambda i: len(parts[i]))
        rest = tuple(s for i, s in enumerate(form_sets) if i != key)
        # The event lexicon matches a trigger's words side by side ("die-in", "set up",
        # "fall to"); the extra cues may stand apart ("drove the fighters out").
        order = tuple(form_sets) if n < strict else None
        for form in form_sets[key]:
            phrases.setdefault(form, []).append((rest, order))
    return Cues(frozenset(words), {k: tuple(v) for k, v in phrases.items()},
                _forms(sections.get("weak", [])), _forms(sections.get("context", [])),
                frozenset(w for ph in sections.get("capitalised_not_cue", []) for w in ph),
                frozenset(w for ph in sections.get("abbreviations", []) for w in ph),
                frozenset(w for ph in sections.get("neighbour_dates", []) for w in ph),
                tuple(tuple(ph) for ph in sections.get("anaphors", [])),
                _place_frame([w for ph in sections.get("place_prepositions", []) for w in ph]),
                _other_senses(sections.get("other_senses", [])))


def _other_senses(lines: list[list[str]]) -> dict[str, Senses]:
    """[other_senses] lines "cue forms | sense words" as {cue form: (sense words, sense
    phrases)}; a phrase is written with "+" ("on+camera": the words side by side), for a
    sense word that alone also occurs in violent reports ("captured a camera crew")."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for line in lines:
        if "|" not in line:
            continue
        bar = line.index("|")
        for form in line[:bar]:
            for sense in line[bar + 1:]:
                if "+" in sense:
                    phrases.setdefault(form, set()).add(tuple(sense.split("+")))
                else:
                    words.setdefault(form, set()).add(sense)
    return {k: (frozenset(words.get(k, ())),
                tuple(tuple(frozenset((w,)) for w in ph) for ph in sorted(phrases.get(k, ()))))
            for k in words.keys() | phrases.keys()}


def _other_sense(sense: Senses, found: set[str], sequence: list[str]) -> bool:
    """Whether a sentence's words give a cue form one of its other senses."""
    words, phrases = sense
    return not found.isdisjoint(words) or any(
        _side_by_side(sequence, ph) for ph in phrases)


def _place_frame(prepositions: list[str]) -> re.Pattern[str] | None:
    """A preposition before a capitalised word: "in Hasakeh", "near the Bardaale"."""
    if not prepositions:
        return None
    words = "|".join(re.escape(w) for w in prepositions)
    return re.compile(rf"\b(?:{words}) (?:the )?[A-Z][a-z]+")


def _found(sequence: list[str], text: str, cues: Cues) -> set[str]:
    """The set of a text's lower-cased words (`sequence`, in order), less the capitalised
    ones that are no cue (March) and the cue forms another word of the text gives
    another sense ([other_senses])."""
    found = set(sequence)
    for w in found & cues.not_capitalised:
        if w not in text:  # only ever capitalised here
            found.discard(w)
    for w in found & cues.other_senses.keys() if settings.PREFILTER_OTHER_SENSES else ():
        if _other_sense(cues.other_senses[w], found, sequence):  # "struck a deal", "on camera"
            found.discard(w)
    return found


def cue_strength(text: str, cues: Cues | None = None) -> int:
    """2 when a sentence holds a conflict cue, 1 when only a weak one, else 0.
    A phrase cue needs all its words; it is weak when all of them are weak."""
    cues = cues or load_cues()
    sequence = _WORD.findall(text.lower())
    return _strength(_found(sequence, text, cues), cues, sequence)


def _strength(found: set[str], cues: Cues, sequence: list[str]) -> int:
    """cue_strength of a sentence's words (a set, and in order for the phrases)."""
    best = 0
    weak_seen = set()
    for w in found & cues.words:
        if w not in cues.weak:
            return 2
        best = 1
        weak_seen.add(w)
    if len(weak_seen) >= 2:  # two different weak triggers: "an operation ... targeting"
        return 2
    for w in found & cues.phrases.keys():
        for rest, order in cues.phrases[w]:
            if all(not found.isdisjoint(forms) for forms in rest) and (
                    order is None or _side_by_side(sequence, order)):
                if w not in cues.weak or not all(forms <= cues.weak for forms in rest):
                    return 2
                best = 1
    return best


def _side_by_side(sequence: list[str], order: FormSets) -> bool:
    """Whether the words of a phrase stand together, in order, in the sequence."""
    n = len(order)
    return any(all(sequence[i + k] in order[k] for k in range(n))
               for i in range(len(sequence) - n + 1) if sequence[i] in order[0])


def has_cue(text: str, cues: Cues | None = None) -> bool:
    """Whether a sentence holds a conflict cue on its own (not only a weak one)."""
    return cue_strength(text, cues) == 2


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character spans of the text's sentences, by punctuation and line
    breaks; a full stop after an initial or an abbreviation ("Nov. 6") ends none.
    Cached: the mask and the pipeline's count of blanked sentences both need them."""
    abbreviations = load_cues().abbreviations
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start()] == "." and _abbreviation(text, m.start(), abbreviations):
            continue
        if m.start() > start:
            spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def _abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word before the full stop at `dot` is an initial or abbreviation."""
    word = re.search(r"(\w+)$", text[max(0, dot - 12):dot])
    if word is None:
        return False
    w = word.group(1)
    return (len(w) == 1 and w.isupper()) or w.lower() in abbreviations


def _cue_sentences(text: str, sents: Sequence[tuple[int, int]]) -> list[int]:
    """Indices of the sentences with a cue, or with a weak cue and another cue in the
    same or a neighbouring sentence or a context word within
    settings.PREFILTER_CONTEXT_REACH sentences."""
    return _cue_hits(text, sents)[0]


def _cue_hits(text: str, sents: Sequence[tuple[int, int]]) -> tuple[list[int], int]:
    """_cue_sentences, and how many of them hold a cue on their own (strength 2)."""
    cues = load_cues()
    sequences = [_WORD.findall(text[s:e].lower()) for s, e in sents]
    words = [_found(seq, text[s:e], cues) for seq, (s, e) in zip(sequences, sents, strict=True)]
    strength = [_strength(w, cues, seq) for w, seq in zip(words, sequences, strict=True)]
    hits = []
    for i, level in enumerate(strength):
        if level == 2:
            hits.append(i)
        elif level == 1:
            near = range(max(i - 1, 0), min(i + 2, len(sents)))
            if any(strength[j] == 2 for j in near) or any(
                    not words[j].isdisjoint(cues.context) for j in near
                    if abs(i - j) <= settings.PREFILTER_CONTEXT_REACH):
                hits.append(i)
    return hits, sum(1 for level in strength if level == 2)


def article_window(text: str, hits: int) -> int:
    """Sentences to keep either side of a cue in this article: the full window when the
    article is dense with cues (conflict news, where the neighbours hold the context of
    an incident), none when its cue sentences are sparse (general news, where a cue is
    mostly a passing word: "attacking midfielder", "shot to fame")."""
    per_1000 = 1000 * hits / max(len(text.split()), 1)
    if per_1000 >= settings.PREFILTER_DENSE_CUES_PER_1000:
        return settings.PREFILTER_WINDOW
    return settings.PREFILTER_SPARSE_WINDOW


def keep_spans(text: str, window: int | None = None) -> list[tuple[int, int]]:
    """Character spans to parse: cue sentences and `window` sentences either side
    (by default the article's own window, article_window); with
    settings.PREFILTER_NEIGHBOURS = "needed", only the neighbours the event stages may
    read (needed_neighbour) and the lede."""
    sents = sentences(text)
    hits, strong = _cue_hits(text, sents)
    dense = strong if settings.PREFILTER_DENSITY_STRONG else len(hits)
    window = article_window(text, dense) if window is None else window
    if settings.PREFILTER_NEIGHBOURS == "needed" and window > 0:
        return _needed_spans(text, sents, hits, window)
    if window == 0:
        return _joined(sents, set(hits) | _story_dates(text, sents, hits))
    keep: list[tuple[int, int]] = []
    for i in hits:
        s = sents[max(i - window, 0)][0]
        e = sents[min(i + window, len(sents) - 1)][1]
        if keep and s <= keep[-1][1]:
            keep[-1] = (keep[-1][0], max(e, keep[-1][1]))
        else:
            keep.append((s, e))
    return keep


def _needed_spans(text: str, sents: Sequence[tuple[int, int]], hits: list[int],
                  window: int) -> list[tuple[int, int]]:
    """Spans of the cue sentences, of their neighbours within `window` that the event
    stages may need, and of the lede (dateline, the story's place and date)."""
    cues = load_cues()
    kept = set(hits) | ({_lede(text, sents)} if hits else set())
    for i in hits:
        for j in range(max(i - window, 0), min(i + window, len(sents) - 1) + 1):
            if j not in kept and needed_neighbour(text, sents, i, j, cues):
                kept.add(j)
    return _joined(sents, kept)


def _story_dates(text: str, sents: Sequence[tuple[int, int]], hits: list[int]) -> set[int]:
    """In a sparse article, the sentence before a cue sentence that opens by pointing back
    ("In 2011 a group of boys spray-painted a wall. The boys were arrested ...": a
    pronoun, or "the" and a word of that sentence, as time.goes_on reads it) when it names
    a year or a month: the date of the past story the cue sentence goes on with
    (time.story_date), which features tell sparsely among other talk."""
    cues = load_cues()
    out = set()
    for i in hits:
        if i == 0 or i - 1 in hits:
            continue
        chunk = text[sents[i - 1][0]:sents[i - 1][1]]
        opening = _WORD.findall(text[sents[i][0]:sents[i][1]][:40].lower())
        before = set(_WORD.findall(chunk.lower()))
        points_back = any(tuple(opening[:len(a)]) == a for a in cues.anaphors) or (
            opening[:1] == ["the"] and len(opening) > 1 and opening[1] in before)
        if (_YEAR.search(chunk) or _MONTH.search(chunk)) and points_back:
            out.add(i - 1)
    return out


def _joined(sents: Sequence[tuple[int, int]], kept: set[int]) -> list[tuple[int, int]]:
    """Character spans of the kept sentences, consecutive ones joined."""
    spans: list[tuple[int, int]] = []
    for j in sorted(kept):
        s, e = sents[j]
        if spans and j - 1 in kept:
            spans[-1] = (spans[-1][0], e)  # consecutive sentences: one span, gap and all
        else:
            spans.append((s, e))
    return spans


def _lede(text: str, sents: Sequence[tuple[int, int]]) -> int:
    """Index of the first sentence with words (page furniture is blanked before)."""
    return next((n for n, (s, e) in enumerate(sents) if not text[s:e].isspace()), 0)


def needed_neighbour(text: str, sents: Sequence[tuple[int, int]], i: int, j: int,
                     cues: Cues) -> bool:
    """Whether sentence `j`, near cue sentence `i`, may hold what an event of `i`
    takes from beyond its sentence: a time ("on Sunday", "in 2014"), a conflict word
    (a weak cue or a [context] word: the actor, "suicide"), a place ("in Hasakeh"),
    or, when `i` opens by pointing back ("They", "The attack"), whatever the sentence
    before holds."""
    chunk = text[sents[j][0]:sents[j][1]]
    words = set(_WORD.findall(chunk.lower()))
    if not words.isdisjoint(cues.dates) or _YEAR.search(chunk):
        return True
    if not words.isdisjoint(cues.context) or not words.isdisjoint(cues.weak):
        return True
    if cues.place_frame is not None and cues.place_frame.search(chunk):
        return True
    if j < i:
        opening = _WORD.findall(text[sents[i][0]:sents[i][1]][:40].lower())
        return any(tuple(opening[:len(a)]) == a for a in cues.anaphors)
    return False


def mask(text: str, window: int | None = None) -> str:
    """The text with every stretch far from a cue replaced by spaces (line breaks kept),
    so that offsets into it are offsets into the original."""
    keep = keep_spans(text, window)
    parts: list[str] = []
    pos = 0
    for s, e in keep + [(len(text), len(text))]:
        if s > pos:
            parts.append(_blank(text[pos:s]))
        parts.append(text[s:e])
        pos = max(pos, e)
    return "".join(parts)


def _blank(chunk: str) -> str:
    return re.sub(r"[^\n]", " ", chunk)


def kept_share(text: str, window: int | None = None) -> float:
    """Share of the text's characters left for the parser (for reports)."""
    if not text:
        return 0.0
    return sum(e - s for s, e in keep_spans(text, window)) / len(text)
