"""PLACEHOLDER (helper A replaces): actor table and resolution."""

from __future__ import annotations


def entity_patterns() -> list[dict]:
    return [{"label": "ORG", "pattern": "Islamic State"}]
