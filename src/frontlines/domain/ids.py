"""Event ids: one format for per-article and consolidated events."""

from __future__ import annotations

import hashlib


def event_id(key: str, iso3: str | None) -> str:
    """A stable id from what founds an event, prefixed like ACLED's ``event_id_cnty``
    with the country's ISO3 code (XXX when unknown): ``SYR3F2A9C01B7``. The same
    key always gives the same id, so a re-run gives the same ids."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10].upper()
    return f"{(iso3 or 'XXX').upper()}{digest}"
