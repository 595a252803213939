"""What every command shares: one-line errors, progress, exit status and safe outputs.

Why one module: each command must report faults the same way (one line naming
the file and line, the exit statuses of domain/errors.py) and write its output
the same safe way (a temporary file renamed into place when complete; never
onto one of its inputs or the store).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from frontlines.domain.errors import (
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_PARTIAL,
    InputError,
    OutputError,
)
from frontlines.extraction.readers import parse_date


def err(msg: str) -> None:
    """One line on standard error, prefixed with the program's name."""
    print(f"frontlines: {msg}", file=sys.stderr)


class Progress:
    """Articles done, rate and events found, on stderr when it is a terminal."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self.articles = self.events = self.problems = 0
        self._last = 0.0

    def update(self, events: int = 0, problem: bool = False) -> None:
        if problem:
            self.problems += 1
        else:
            self.articles += 1
            self.events += events
        now = time.monotonic()
        if self.enabled and now - self._last > 0.5:
            self._last = now
            rate = self.articles / max(now - self.start, 1e-6)
            sys.stderr.write(f"\r{self.articles} articles, {rate:.1f}/s, {self.events} events"
                             f"{f', {self.problems} skipped' if self.problems else ''}   ")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.articles:
            sys.stderr.write("\n")


def status(progress: Progress) -> int:
    """0 all read, 1 some inputs skipped, 3 none could be read."""
    if progress.articles == 0:
        err("no article could be read")
        return EXIT_NOTHING
    return EXIT_PARTIAL if progress.problems else EXIT_OK


# ---------------------------------------------------------------- arguments

def iso_date(value: str) -> date:
    """argparse type: a YYYY-MM-DD date."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def published_date(value: str) -> date:
    """argparse type: a publication date (ISO, or written out as in a dateline)."""
    try:
        found = parse_date(value, "--published")
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    assert found is not None  # parse_date returns None only for an empty value
    return found


def bbox(value: str) -> tuple[float, float, float, float]:
    """argparse type: MIN_LON,MIN_LAT,MAX_LON,MAX_LAT, finite, in range, min <= max."""
    parts = value.split(",")
    try:
        box = tuple(float(x) for x in parts)
    except ValueError:
        box = ()
    if len(box) != 4 or not all(abs(x) < float("inf") for x in box):
        raise argparse.ArgumentTypeError(
            f"expected four numbers MIN_LON,MIN_LAT,MAX_LON,MAX_LAT, got {value!r}")
    min_lon, min_lat, max_lon, max_lat = box
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise argparse.ArgumentTypeError(
            f"{value!r}: longitudes in [-180, 180], latitudes in [-90, 90], minimum first")
    return box  # type: ignore[return-value]


def join_negative_values(argv: list[str], options: Iterable[str] = ("--bbox",)) -> list[str]:
    """``--bbox -180,-90,180,90`` as ``--bbox=-180,...``: argparse takes a value starting
    with '-' for an option unless it is a plain negative number."""
    out: list[str] = []
    it = iter(argv)
    for a in it:
        if a in options:
            nxt = next(it, None)
            if nxt is not None and nxt.startswith("-") and nxt[1:2].isdigit():
                out.append(f"{a}={nxt}")
                continue
            out.append(a)
            if nxt is not None:
                out.append(nxt)
            continue
        out.append(a)
    return out


# ---------------------------------------------------------------- outputs

def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def refuse_overwrite(output: str | None, protected: Iterable[str]) -> None:
    """An output path that is one of the inputs or the store: InputError, nothing written."""
    if output in (None, "-"):
        return
    out = Path(output)
    for p in protected:
        if p in (None, "-"):
            continue
        related = [Path(p)] + [Path(p + s) for s in ("-wal", "-shm", "-journal")]
        if any(_same_file(out, q) or out.resolve() == q.resolve() for q in related):
            raise InputError(output, f"is also an input or the store ({p}): refusing to "
                                     "overwrite it (give another -o)")


def _special(path: Path) -> bool:
    """A device, FIFO or socket (/dev/null, /dev/stdout): written in place, not renamed."""
    try:
        return not stat.S_ISREG(path.stat().st_mode) and not path.is_dir()
    except OSError:
        return False


@contextlib.contextmanager
def output(path: str | None, protected: Iterable[str] = ()) -> Iterator[IO[str]]:
    """A text stream for the command's output; the file appears only when complete.

    Written to a temporary file beside the target, renamed into place at the
    end: an interrupted or failed command leaves the previous file as it was.
    """
    if path in (None, "-"):
        yield sys.stdout
        return
    refuse_overwrite(path, protected)
    target = Path(path)
    if target.is_dir():
        raise OutputError(path, "is a directory")
    if _special(target):
        with _output_faults(path), open(target, "w", encoding="utf-8", newline="") as fh:
            yield fh
        return
    with _output_faults(path), atomic_path(target) as tmp, \
            open(tmp, "w", encoding="utf-8", newline="") as fh:
        yield fh


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside target, renamed onto it when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _output_faults(path: str) -> Iterator[None]:
    """OSErrors while writing (disk full, permission) name the output file."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(path, (exc.strerror or str(exc)).lower()
                          + "; nothing written") from None
