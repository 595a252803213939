"""The event stage's working record: one typed trigger before actors, places and time.

Its own module so that the helpers of the event stage (frames, flags) can name
it without importing the package that runs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from frontlines.domain import taxonomy


@dataclass
class MentionDraft:
    """One typed trigger in one sentence, before actor/place/time resolution."""

    trigger: Token
    trigger_text: str  # the deciding words, e.g. "car bombing"
    sub_event_type: str
    event_type: str
    disorder_type: str
    plover_event: str | None
    score: float
    agent: Span | None = None
    patient: Span | None = None
    agent_pattern: str = ""  # "active", "passive-by", "blamed-on", "light-verb", "linear"...
    backers: list[Span] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    past_cue: str | None = None
    civilian_target: bool = False
    attributed: bool = False  # inside a report of blame/accusation ("accused X of shelling")
    # refers back to an incident already mentioned ("the victims of the attack", "that
    # offensive"): the integrator should merge it into that event, never start a new one
    anaphoric: bool = False
    # not an incident: an ongoing situation ("is under attack"), a participial description
    # of an actor ("the coalition fighting IS said"), a purpose frame ("an operation to
    # retake"), or a circumstance of the sentence's main event ("after a dawn offensive")
    generic: bool = False
    # the side whose area the event hit ("rebel" of "shelled rebel-held villages")
    area_holder: Span | None = None
    # the token range (first, last) of a clause its sentence tells as another incident
    # ("while in another attack gunmen killed two police officers": frames.told_apart);
    # set on every draft of that sentence, inside the clause or not
    apart: tuple[int, int] | None = None
    explain: dict[str, str] = field(default_factory=dict)  # decision -> deciding words

    def retype(self, info: taxonomy.SubEventType) -> None:
        """Take another sub-event type with the event type, disorder type and PLOVER
        class the taxonomy gives it (one place, so the four never disagree)."""
        self.sub_event_type, self.event_type = info.name, info.event_type
        self.disorder_type, self.plover_event = info.disorder_type, info.plover

    @property
    def past(self) -> bool:
        return self.past_cue is not None
