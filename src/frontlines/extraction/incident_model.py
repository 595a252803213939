"""A learned second opinion on each record: does its sentence tell an incident?

The rules (incidents.py, genre.py, senses) decide what an incident is, one cue at a time.
Long analysis pieces still give records from sentences that only look like incidents:
background ("Russia sent its air force to Syria in 2015"), patterns ("there are
assassinations every week"), statements and plans. What separates them is spread over
many small signals at once: past tense and a day ("were killed on Saturday") against the
perfect and the present ("have been", "are", "has"), a toll, a named town, a date of its
own, the record's place in the article; and what the sentences beside it tell (a dated
incident next to it, or a period, a plan, a speaker, another year). A logistic
regression weighs those signals.

It was trained (benchmarks/train_incident_model.py) on the project's own readings: records
of FA-KES, Guardian and GeoWebNews articles that readers judged against the ACLED codebook
(benchmarks/data/incident_labels.tsv: real or a duplicate of a real one, against
commentary, statement, hypothetical, not political violence). No ACLED or CASE data. The
weights are data (data/incident_model.tsv); the threshold is in settings. Scoring is a
dictionary lookup per word: no model to load, no cost worth measuring beside the parse.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from frontlines import settings
from frontlines.domain.model import Event

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Where in the article the sentence starts (characters): the lede, its paragraphs, the
# body, the tail where background gathers.
_POSITION_BOUNDS = (400, 1500, 4000)
# How far (characters) to look for the sentences beside the evidence sentence.
_NEIGHBOUR_REACH = 500
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)\b")
_PERFECT = re.compile(r"\b(?:have|has|'ve)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en)\b", re.I)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


@dataclass(frozen=True)
class Cues:
    """What the model reads of one record: its first evidence sentence and a few fields."""

    sentence: str
    start: int
    evidence: int
    time_precision: int | None
    geo_precision: int | None
    sub_event_type: str
    fatalities: int
    actor1: bool
    actor2: bool
    before: str = ""   # the sentence before the evidence sentence, if any
    after: str = ""    # the sentence after it
    length: int = 0    # the article's length (characters), for the sentence's share of it


def cues_of(event: Event, text: str) -> Cues:
    """The cues of an article record (as `extract` emits it); `text` is the article's page
    text its evidence offsets point into."""
    first = event.evidence[0] if event.evidence else None
    before, after = neighbours(text, first.start, first.end) if first else ("", "")
    return Cues(sentence=first.sentence if first else "", start=first.start if first else 0,
                evidence=len(event.evidence), time_precision=event.time_precision,
                geo_precision=event.geo_precision, sub_event_type=event.sub_event_type,
                fatalities=event.fatalities or 0, actor1=bool(event.actor1),
                actor2=bool(event.actor2), before=before, after=after,
                length=len(text.rstrip()))


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentences just before and after text[start:end] (a plain split at sentence
    ends, so training and the pipeline cut them alike)."""
    ahead = text[max(0, start - _NEIGHBOUR_REACH):start].rstrip()
    before = _SENTENCE_END.split(ahead)[-1] if ahead.strip() else ""
    behind = text[end:end + _NEIGHBOUR_REACH].lstrip()
    stop = _SENTENCE_END.search(behind)
    return before, behind[:stop.start() + 1] if stop else behind


def _phrases(words: Sequence[str]) -> str:
    """An alternation of phrases ("#" = one or two digits), longest first."""
    return "|".join(re.escape(w).replace("\\#", r"\d{1,2}")
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    """The neighbour cues of data/incident_cues.yaml as patterns."""
    text = resources.files("frontlines.data").joinpath("incident_cues.yaml").read_text("utf-8")
    d = yaml.safe_load(text)
    months = _phrases(d["months"])
    return {
        "dated": re.compile(rf"\b(?:{_phrases(d['dated'])})\b|\b(?:{months}) \d{{1,2}}\b"
                            rf"|\b\d{{1,2}} (?:{months})\b", re.I),
        "month": re.compile(rf"\b(?:{_phrases(d['month_words'])})\s*(?:{months})\b", re.I),
        "period": re.compile(rf"\b(?:{_phrases(d['period'])})\b|\b(?:{_phrases(d['period_lead'])})"
                             rf" (?:\w+ )?(?:{_phrases(d['period_units'])})\b", re.I),
        "modal": re.compile(rf"\b(?:{_phrases(d['modal'])})\b", re.I),
        "first": re.compile(rf"\b(?:{_phrases(d['first_person'])})\b"),  # not "US"
        "number": re.compile(rf"\b\d[\d,]*\b|\b(?:{_phrases(d['toll_numbers'])})\b", re.I),
        "toll": re.compile(rf"\b(?:{_phrases(d['toll'])})\b", re.I),
        "said": re.compile(rf"\b(?:{_phrases(d['said'])})\b", re.I),
    }


def sentence_cues(sentence: str) -> set[str]:
    """What kind of sentence it is: dated, of a period, a plan, a speaker's, another year's."""
    pat = _cue_patterns()
    out = {k for k in ("dated", "month", "period", "modal", "said") if pat[k].search(sentence)}
    if _YEAR.search(sentence):
        out.add("year")
    if _PERFECT.search(sentence):
        out.add("perfect")
    if pat["first"].search(_QUOTED.sub("", sentence)):
        out.add("first")
    if pat["number"].search(sentence) and pat["toll"].search(sentence):
        out.add("toll")
    if sentence.lstrip()[:1] in "“\"":
        out.add("quoted")
    return out


def features(c: Cues) -> set[str]:
    """Words and word pairs of the sentence, and the record's shape."""
    words = _WORD.findall(c.sentence.lower())
    out = {f"w:{w}" for w in words}
    out.update(f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    position = sum(c.start >= bound for bound in _POSITION_BOUNDS)
    out.update({
        f"tp:{c.time_precision}", f"gp:{c.geo_precision}", f"st:{c.sub_event_type}",
        f"fat:{int(c.fatalities > 0)}", f"a1:{int(c.actor1)}", f"a2:{int(c.actor2)}",
        f"nev:{min(c.evidence, 3)}", f"pos:{position}", "bias",
    })
    if any(q in c.sentence for q in "“”\""):
        out.add("quote")
    if c.length:  # which quarter of the article: background gathers late in long pieces
        out.add(f"quarter:{min(4 * c.start // c.length, 3)}")
    out.update(f"p:{k}" for k in sentence_cues(c.before))
    out.update(f"n:{k}" for k in sentence_cues(c.after))
    return out


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """Feature weights of the trained model (data/incident_model.tsv)."""
    text = resources.files("frontlines.data").joinpath("incident_model.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit("\t", 1)
            out[name] = float(value)
    return out


def logistic(w: Mapping[str, float], feats: set[str]) -> float:
    """The logistic of the features' summed weights (the training's cross-validation
    scores its folds' weights with the same function)."""
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def probability(c: Cues) -> float:
    """The model's probability that the record is an incident (or a retelling of one)."""
    return logistic(weights(), features(c))


def keeps(event: Event, text: str) -> bool:
    """Whether a record is likely enough an incident to emit (`text`: the article's page
    text, for the sentences beside the evidence)."""
    return probability(cues_of(event, text)) >= settings.INCIDENT_MIN_PROBABILITY
