"""Shared fixtures: the real pipeline, the bundled example, the shared data sets."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"
AFP_PATH = EXAMPLES / "afp-2017-11-17-rawa.txt"


def shared(*parts: str) -> Path:
    """Path into ../shared/data; skips the test cleanly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    from frontlines.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def afp_text() -> str:
    return AFP_PATH.read_text(encoding="utf-8")
