"""What the pipeline knows while it reads one article: the scan state carried from
sentence to sentence, what one sentence gives its mentions, and where a mention happened.
Shared by the pipeline and the stages it calls (``sides``), so that neither imports the
other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from spacy.tokens import Span

from frontlines.domain import taxonomy
from frontlines.domain.model import Place, Toponym
from frontlines.extraction import actors as actors_stage
from frontlines.extraction.casualties import Casualties, count_casualties
from frontlines.extraction.events import MentionDraft
from frontlines.extraction.time import When

VIOLENT_TYPES = taxonomy.VIOLENT_EVENT_TYPES
# whose sentences' tolls are the event's: violence, and riots and protests with deaths
CASUALTY_EVENT_TYPES = VIOLENT_TYPES | {taxonomy.RIOTS, taxonomy.PROTESTS}
TERRITORY = taxonomy.TERRITORY


@dataclass
class SentenceInfo:
    """What one sentence gives every mention in it."""

    span: Span
    window: Span  # the sentence and its neighbours: where context cues are looked for
    toponyms: list[Toponym]
    country: str | None  # of the first place the sentence names
    source: str | None
    source_words: str
    casualty_used: bool = False  # its figures go to its first violent mention only
    toll_owner: MentionDraft | None = None  # a killing with a place of its own takes them

    @cached_property
    def countries(self) -> dict[int, str]:
        """Character offset of each country name the sentence names -> its code."""
        return {t.start: t.place.country_code for t in self.toponyms
                if t.place is not None and t.place.level == "country" and t.place.country_code}

    @cached_property
    def casualties(self) -> Casualties:
        """Counted on first use: most sentences hold no mention and need no count."""
        return count_casualties(self.span)


@dataclass
class ArticleScan:
    """What carries from one sentence to the next while scanning an article."""

    actors: actors_stage.ActorContext
    toponyms: list[Toponym]  # the whole document's
    published: date
    previous_source: str | None = None
    last_place: tuple[Place, str, int] | None = None  # the current scene
    # Names the gazetteer lacks, as an earlier sentence placed them ("Sarrin in Aleppo
    # province", then "Kurdish forces captured Sarrin"): one sense per article.
    placed: dict[str, tuple[Place, int]] = field(default_factory=dict)
    story: tuple[When, int] | None = None  # a retold story's date, and its sentence
    dateline: Place | None = None  # the town a dateline names, if the report opens with one


@dataclass
class Where:
    """Where a mention happened, and how that was decided."""

    place: Place | None = None
    text: str | None = None
    precision: int = 1
    unresolved: bool = False  # text is not in the gazetteer; place is its region
    inherited: bool = False  # no place in its own sentence: the previous scene's
