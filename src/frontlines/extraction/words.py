"""Word lists that several extraction stages share: knowledge read from one data file each,
and the few closed-class words of the grammar they test alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines import data

if TYPE_CHECKING:
    from spacy.tokens import Token


def reporting_verbs() -> frozenset[str]:
    """Lemmas of reporting verbs ("say", "report", "claim"): data/reporting_verbs.txt.
    Sources take their subject, time gives a date attached to them to the report,
    the event flags and frames treat a clause under them as reported speech."""
    return data.words("reporting_verbs.txt")


# The relative pronouns that say a clause describes a person ("Llamas, who commanded the
# unit"; a town takes "which"): time skips a date inside such a clause, types read the
# name before it as a person.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def no_longer_serving(head: Token) -> bool:
    """ "A former Iraqi army colonel", "a retired police officer", "an ex-soldier": a man
    of a force "former", "retired" or "ex-" (type_rules.yaml no_longer_words) no longer
    serves in it; ACLED codes him a civilian, in the event's type (resolvers) as in its
    actor (actors, completion). Only the phrase's head: "the former commander's troops"
    stay the troops."""
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in data.words(
        "type_rules.yaml", "no_longer_words") for c in head.children)
