"""The knowledge files of frontlines, read in one way.

Everything frontlines knows besides the spaCy model (actors, trigger words,
taxonomy, place aliases, vague counts, settings) is a file in this directory,
so that an analyst can read and extend it without touching code. Every module
reads them through :func:`load` (parsed by the file's kind) or :func:`path`.

- ``.yaml``: the parsed document;
- ``.tsv``: rows of tab-separated cells, blank lines and ``#`` lines left out;
- ``.txt``: a word list, whitespace-separated, ``#`` lines left out.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The file ``name`` of the data directory (for readers that stream or hash it)."""
    return HERE / name


def text(name: str) -> str:
    """The text of one data file."""
    return path(name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [line for line in text(name).splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@cache
def load(name: str) -> Any:
    """One data file parsed by its kind (see the module's docstring), read once per
    process. Callers must not mutate what they get: it is shared."""
    if name.endswith((".yaml", ".yml")):
        return yaml.safe_load(text(name))
    if name.endswith(".tsv"):
        return [line.split("\t") for line in _lines(name)]
    if name.endswith(".txt"):
        return [w for line in _lines(name) for w in line.split()]
    raise ValueError(f"{name}: no reader for this kind of data file")


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` list of phrases, one a line ("police station"), stripped."""
    return tuple(line.strip() for line in _lines(name))


@cache
def words(name: str, key: str | None = None) -> frozenset[str]:
    """A word set, lower-cased: a ``.txt`` word list, or the list ``key`` of a yaml file."""
    items = load(name) if key is None else load(name)[key]
    return frozenset(str(w).lower() for w in items)
