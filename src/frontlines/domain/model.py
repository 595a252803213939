"""The typed data model shared by every pipeline stage.

Plain dataclasses, so that each stage can be used and tested alone and the
records serialise to JSON without a schema library.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any


@dataclass
class Article:
    """One input document after ingest: clean text plus what we know of it."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    origin: str | None = None  # "file:line" it came from, for error messages
    spans: list[tuple[int, int]] | None = None  # gold toponym spans (geoparse "spans" mode)


@dataclass
class Place:
    """A resolved GeoNames place (or an admin unit / country)."""

    name: str
    latitude: float
    longitude: float
    geonames_id: int | None = None
    country: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-2
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str | None = None  # GeoNames: P populated place, A admin unit, ...
    population: int = 0
    level: str = "city"  # "city", "admin2", "admin1", "country"
    confidence: float = 1.0


@dataclass
class Toponym:
    """A place name in the text and what it resolved to (None when unresolved)."""

    text: str
    start: int
    end: int
    place: Place | None = None
    # A name the gazetteer lacks, in a place the text names ("the Adiyat School" ...
    # "in Raqqa"): that place, which event location may use for coordinates.
    within: Place | None = None


@dataclass
class Actor:
    """A canonical actor (ACLED naming) and the words that named it."""

    name: str
    inter: int  # ACLED inter code 1-8
    country: str | None = None
    text: str = ""  # surface form in the text
    kind: str = ""  # "state", "rebel", "militia", "civilians", ...


@dataclass
class Evidence:
    article_id: str
    sentence: str
    start: int
    end: int


@dataclass
class Mention:
    """One event mention in one sentence, before article-level merging."""

    sub_event_type: str
    event_type: str
    disorder_type: str
    trigger: str
    trigger_start: int
    sent_start: int
    sent_end: int
    sentence: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    place: Place | None = None
    place_text: str | None = None
    place_unresolved: bool = False  # place_text is not in the gazetteer; place is its region
    place_inherited: bool = False  # no place in its own sentence: the previous scene's
    # nothing in the text places it: the country of a short text or of its actors
    place_guessed: bool = False
    geo_precision: int = 1
    event_date: date | None = None
    time_precision: int = 1
    date_text: str | None = None
    killed: int | None = None
    killed_high: int | None = None  # top of a range the text gives ("1,000 to 1,300")
    killed_at_least: bool = False  # killed is a floor the source states ("at least 26")
    injured: int | None = None
    source: str | None = None
    negated: bool = False
    hypothetical: bool = False
    past: bool = False  # background: happened before the reporting window
    plover_event: str | None = None
    score: float = 0.5  # trigger strength from the lexicon
    civilian_target: bool = False
    # actor2 holds the post, base or headquarters the attack struck: the target by
    # intent, never a perpetrator read as a victim
    post_target: bool = False
    # "state" or "nonstate" when the agent's own words name armed men ("security
    # forces", "gunmen") that no actor of the table resolves (no country in a brief)
    agent_class: str | None = None
    # the words that decided the type: the trigger's own type, or the patient or weapon
    # that typed a generic "attacked"/"killed"; "" when the type is the fallback of a
    # generic verb with nothing to go by (a clash, for want of knowing the victims)
    typed_by: str = ""
    # a kind of weapon named in passing ("holding Russia responsible for gas attacks",
    # "they use suicide bombers"), not the weapon of the incident its group tells
    weapon_in_passing: bool = False
    # who was hit, as the report describes them (the patient phrase and its apposition:
    # "Investigative reporter Anna Politkovskaya, a Kremlin critic"); "" when unnamed
    victim: str = ""
    # the victim is one person told by name ("Kadirgamar, 73, was fatally shot"), not a
    # pronoun, a noun or a body of people (sides.victim_by_name)
    victim_named: bool = False
    # the report gives no year: no publication date, and no year in its own date
    # ("on Tuesday"); event_date's year is then today's by default, not a fact
    year_unknown: bool = False
    explain: dict[str, str] = field(default_factory=dict)  # field -> deciding words


# Field order of the JSONL record, as in SPEC.md.
EVENT_FIELDS = [
    "event_id", "article_id", "event_date", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "inter1", "inter2", "interaction", "civilian_targeting",
    "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "geonames_id", "fatalities", "fatalities_low",
    "fatalities_high", "injuries", "sources", "notes", "evidence",
    "ucdp_type_of_violence", "plover_event", "confidence",
]


@dataclass
class Event:
    """One incident: the record of SPEC.md ("Event record")."""

    event_id: str
    event_date: str  # ISO YYYY-MM-DD
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    article_id: str | None = None
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonames_id: int | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    sources: list[str] = field(default_factory=list)
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    ucdp_type_of_violence: int | None = None
    plover_event: str | None = None
    confidence: float = 0.5
    explain: dict[str, str] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The record in SPEC.md field order (article_id omitted when None).

        Built field by field rather than with dataclasses.asdict, whose deep copy
        was most of the time of a served page of events; lists are copied.
        """
        out: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if name == "article_id" and value is None:
                continue
            if name == "evidence":
                value = [{f: getattr(e, f) for f in _EVIDENCE_FIELDS} for e in value]
            elif name == "sources":
                value = list(value)
            out[name] = value
        if explain:
            out["explain"] = dict(self.explain)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        known = _EVENT_ATTRS
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["evidence"] = [
            e if isinstance(e, Evidence) else Evidence(**e) for e in kwargs.get("evidence", [])
        ]
        return cls(**kwargs)


_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
_EVENT_ATTRS = frozenset(f.name for f in fields(Event))
