"""One exception family, so the CLI can catch it once and print one line per failure.

Each subclass also inherits the builtin it refines, as pint does, so callers that only
know Python's exceptions still catch them.
"""
from __future__ import annotations


class AidtrackerError(Exception):
    """Base class of every error aidtracker raises on purpose."""


class DataFileError(AidtrackerError, ValueError):
    """A reference data file in ``data/`` is malformed.

    ``problems`` holds every ``file:line: message`` found, so one run reports them all.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(self.problems[0] if len(self.problems) == 1
                         else f"{len(self.problems)} problems in reference data; first: {self.problems[0]}")


class SourceError(AidtrackerError, OSError):
    """An input document cannot be read (missing, binary, mis-encoded, empty, unsupported)."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestError(AidtrackerError, ValueError):
    """A manifest CSV is missing a column or holds a bad value."""


class StoreError(AidtrackerError, RuntimeError):
    """The SQLite store cannot be opened or is not an aidtracker store."""


class ReportError(AidtrackerError, RuntimeError):
    """The Excel report cannot be written."""
