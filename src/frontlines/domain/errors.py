"""Errors a user can cause, and the exit status each one ends a command with.

One home for both so that every command (and the Python API) reports a fault
the same way: one line naming the file (and line), never a traceback, and an
exit status the README documents.
"""

from __future__ import annotations

from dataclasses import dataclass

# Exit statuses of every command (README "Exit status").
EXIT_OK = 0  # everything was done
EXIT_PARTIAL = 1  # done, but some inputs or records were skipped (each reported)
EXIT_USAGE = 2  # bad arguments or an unusable input/output path: nothing was done
EXIT_NOTHING = 3  # no input could be read, or a query found nothing
EXIT_STORE = 4  # the store cannot be used (corrupt, not a store, read-only, disk full)
EXIT_OUTPUT = 5  # the output could not be written (disk full, permission); input untouched
EXIT_INTERRUPTED = 130  # Ctrl-C: what was committed stays, the rest is rolled back


class FrontlinesError(Exception):
    """A fault the user can fix; ``str()`` is the one-line message, ``exit_code`` the status."""

    exit_code = EXIT_USAGE

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}" if origin else message)
        self.origin = origin
        self.message = message


class InputError(FrontlinesError):
    """An input (file, line, record or argument) that cannot be read."""

    exit_code = EXIT_USAGE


class StoreError(FrontlinesError):
    """The store file cannot be opened, read or written; origin is its path."""

    exit_code = EXIT_STORE


class OutputError(FrontlinesError):
    """The output file cannot be written; origin is its path."""

    exit_code = EXIT_OUTPUT


@dataclass
class Problem:
    """An input or record that could not be used; yielded in place of it, so a batch goes on."""

    origin: str  # "file:line", or the article's origin/id
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
