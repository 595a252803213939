"""Opening the store file, and store faults as one-line errors.

Why apart from the Store class: how a file is opened (read-write or read-only,
WAL, busy timeout) and what each SQLite failure means to the user are one
concern, tested on broken files without any store logic.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from frontlines.domain.errors import InputError, StoreError
from frontlines.settings import STORE_BUSY_TIMEOUT_S

BUSY_TIMEOUT_S = STORE_BUSY_TIMEOUT_S

# SQLite's messages -> what the user can do about them.
_FAULTS = (
    ("file is not a database", "not a SQLite database (not a frontlines store)"),
    ("file is encrypted", "not a SQLite database (not a frontlines store)"),
    ("malformed", "the store is corrupt (database disk image is malformed); restore a copy"),
    ("disk is full", "disk full: nothing of this write was stored; free space and re-run"),
    ("readonly database", "the store is read-only (file, folder or mount): it can be queried,"
                          " not written"),
    ("unable to open", "cannot open the store (missing folder, a directory, or no permission)"),
    ("database is locked", f"the store stayed locked by another writer for {BUSY_TIMEOUT_S:.0f} s;"
                           " re-run when it has finished"),
    ("disk i/o error", "input/output error reading or writing the store"),
)


def describe(exc: sqlite3.Error) -> str:
    """One line saying what is wrong with the store, from an SQLite exception."""
    text = str(exc).lower()
    for needle, message in _FAULTS:
        if needle in text:
            return message
    return f"store error ({exc})"


@contextlib.contextmanager
def faults(path: str) -> Iterator[None]:
    """Turn SQLite failures inside the block into a StoreError naming the file."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(path, describe(exc)) from None
    except MemoryError:
        raise StoreError(path, "out of memory reading the store") from None
    except OSError as exc:  # the store's folder cannot be made
        raise StoreError(path, exc.strerror or str(exc)) from None


def _check_path(path: str, must_exist: bool) -> None:
    p = Path(path)
    if p.is_dir():
        raise StoreError(path, "is a directory, not a store file")
    if must_exist and not p.exists():  # a wrong path, not a broken store: a usage error
        raise InputError(path, f"no store here (run `frontlines ingest PATH... --db {path}`"
                               " first)")


def open_readonly(path: str, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A connection that can never write: no tables created, a read-only file is fine.

    A WAL store in a folder the reader cannot write needs ``immutable`` (no
    shared-memory file can be made); nobody can be writing it then either.
    """
    _check_path(path, must_exist=True)
    uri = "file:" + quote(str(Path(path).resolve()))
    last: sqlite3.Error | None = None
    for mode in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(uri + mode, uri=True, timeout=timeout,
                                   isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return conn
        except sqlite3.Error as exc:
            last = exc
            if "unable to open" not in str(exc) and "readonly" not in str(exc):
                break
    assert last is not None
    raise StoreError(path, describe(last))


def open_readwrite(path: str, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A writing connection: WAL (readers never wait), synchronous FULL, busy timeout."""
    _check_path(path, must_exist=False)
    with faults(path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=timeout)
            conn.row_factory = sqlite3.Row
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        except sqlite3.OperationalError as exc:
            if "unable to open" in str(exc) and _read_only(path):
                raise StoreError(path, describe(sqlite3.OperationalError(
                    "attempt to write a readonly database"))) from None
            raise
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn


def _read_only(path: str) -> bool:
    """The file or its folder cannot be written (a read-only mount says so even to root)."""
    p = Path(path)
    return not os.access(p.parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK))


def is_store(conn: sqlite3.Connection) -> bool | None:
    """True for a frontlines store, None for an empty database, False for anything else."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return None
    if "meta" not in tables:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return row is not None
