"""Limits and defaults of `frontlines serve`, in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"  # localhost only unless the user asks otherwise
DEFAULT_PORT = 8000
DEFAULT_PAGE = 100  # events per page when no limit is given
MAX_PAGE = 10_000  # largest page (a map fetches a store of 10,000 events in one or two)
MAX_BODY_BYTES = 5 * 1024 * 1024  # largest POST body: ~ a few hundred articles
MAX_ARTICLES = 200  # articles per POST: extraction runs while the client waits
TOKEN_ENV = "FRONTLINES_TOKEN"


@dataclass(frozen=True)
class Settings:
    """What one server instance was started with."""

    db: str
    token: str | None = None  # None: writes are off
    max_body_bytes: int = MAX_BODY_BYTES
    max_articles: int = MAX_ARTICLES


def read_token(token_file: str | None) -> str | None:
    """The write token: from --token-file when given, else $FRONTLINES_TOKEN, else None.

    An empty token is no token, so a blank file or variable never opens writes.
    """
    if token_file:
        value = Path(token_file).read_text(encoding="utf-8").strip()
    else:
        value = os.environ.get(TOKEN_ENV, "").strip()
    return value or None
