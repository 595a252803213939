"""Control observations: one report that an armed actor held a place at a date.

Emitted by extraction (control statements and territory-change events), grouped
into timelines by aggregate/control.py and kept by the store; a record type, so
it lives below all three.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontlines.domain import taxonomy
from frontlines.domain.placenames import key

TERRITORY_CHANGE = {taxonomy.GOVERNMENT_REGAINS, taxonomy.NON_STATE_OVERTAKES,
                    taxonomy.NON_VIOLENT_TRANSFER}
BASE = taxonomy.HQ_ESTABLISHED


def place_key(name: str) -> str:
    """Case- and transliteration-insensitive key of a place name (Raqa = Raqqa)."""
    return key(name) or name.casefold()


@dataclass
class Observation:
    """One report that a controller held a place at (or until/from) a date."""

    place_name: str
    controller: str
    role: str  # "since" (took it that day), "until" (held it until then), "holds"
    date: date
    time_precision: int = 1
    sources: list[str] = field(default_factory=list)
    sentence: str = ""
    start: int = 0
    end: int = 0
    cue: str = ""  # the event sub-type or the statement cue id
    article_id: str | None = None
    article_event_id: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None

    @property
    def place_key(self) -> str:
        return place_key(self.place_name)


_UNARMED = ("Civilians", "Protesters", "Rioters", "Government of")


def can_hold(actor: str, inter: int | None = None) -> bool:
    """A named armed actor: only those hold territory (not civilians, protesters...)."""
    return (bool(actor) and not actor.startswith(("Unidentified", *_UNARMED))
            and inter not in (5, 6, 7))
