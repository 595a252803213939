"""Word lists that several extraction stages share, each read from one data file."""

from __future__ import annotations

from frontlines import data


def reporting_verbs() -> frozenset[str]:
    """Lemmas of reporting verbs ("say", "report", "claim"): data/reporting_verbs.txt.
    Sources take their subject, time gives a date attached to them to the report,
    the event flags and frames treat a clause under them as reported speech."""
    return data.words("reporting_verbs.txt")
