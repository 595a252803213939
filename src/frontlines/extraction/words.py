"""Word lists that several extraction stages share: knowledge read from one data file each,
and the few closed-class words of the grammar they test alike."""

from __future__ import annotations

from frontlines import data


def reporting_verbs() -> frozenset[str]:
    """Lemmas of reporting verbs ("say", "report", "claim"): data/reporting_verbs.txt.
    Sources take their subject, time gives a date attached to them to the report,
    the event flags and frames treat a clause under them as reported speech."""
    return data.words("reporting_verbs.txt")


# The relative pronouns that say a clause describes a person ("Llamas, who commanded the
# unit"; a town takes "which"): time skips a date inside such a clause, types read the
# name before it as a person.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
