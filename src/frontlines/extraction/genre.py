"""Is an article a report, or commentary (an opinion column, an editorial, a letter)?

ACLED codes incidents a report tells as news: a time, a place, what happened. An opinion
column or a letter to the editor names incidents too, but as background, history or
argument ("Turkey has for years been threatening the Kurds, and in 2018 invaded
Afrin"; "operations which included drone strikes"). The genre is read from the text
itself, never from the outlet: a letter opens by citing the article it answers; a
column speaks in the writer's voice and attributes almost nothing. In such an article a
record needs more than a trigger (see :func:`keeps`): its own date, or a place in the
lede, where a column states the news it hangs on ("Dozens have died ... after what was
quite clearly a chemical weapon attack"). The words are data (data/genre.yaml), the
thresholds in settings.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from frontlines import settings
from frontlines.domain.model import Mention

LETTER = "letter"
OPINION = "opinion"

# Quotations are other people's voices: a report quoting "we will fight" is no column.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(resources.files("frontlines.data").joinpath("genre.yaml")
                          .read_text("utf-8"))


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = _data()
    voice = re.compile(rf"\b(?:{_alternatives(data['first_person'])})\b")
    told = re.compile(rf"\b(?:{_alternatives(data['attribution'])})\b", re.IGNORECASE)
    cited = re.compile(rf",\s*\d{{1,2}}\s+(?:{_alternatives(data['months'])})\s*\)")
    return voice, told, cited


def genre(text: str) -> str | None:
    """LETTER, OPINION, or None for a report (the default: most text is news)."""
    voice, told, cited = _words()
    if cited.search(text[:settings.LETTER_OPENING_CHARS]):
        return LETTER
    words = len(text.split())
    if words < settings.OPINION_MIN_WORDS:
        return None
    own = len(voice.findall(_QUOTED.sub(" ", text))) * 1000 / words
    attributed = len(told.findall(text)) * 1000 / words
    if own >= settings.OPINION_VOICE_PER_1000 and attributed < settings.OPINION_TOLD_PER_1000:
        return OPINION
    return None


def keeps(kind: str | None, group: list[Mention], lede_end: int) -> bool:
    """Whether a record of an article of this genre is an incident told as news: any
    record of a report; in a letter only one with its own date ("in January 2015");
    in a column also one told in the lede (before character ``lede_end``)."""
    present = set(_data()["present"])
    if kind is None or any(m.date_text and m.date_text.lower() not in present for m in group):
        return True
    return kind == OPINION and any(m.sent_start < lede_end for m in group)
