"""Scoring against gold data sets: one module per `frontlines eval KIND`."""

from __future__ import annotations


def print_rows(rows: list[tuple[str, str]]) -> None:
    """A two-column report, names aligned."""
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
