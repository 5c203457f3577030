"""Strict CSV reading for the reference data: every problem becomes ``file:line: message``."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass
class Problems:
    """Collects ``file:line: message`` strings so a single run reports every problem."""

    items: list[str] = field(default_factory=list)

    def add(self, path: Path | str, line: int, message: str) -> None:
        self.items.append(f"{Path(path).name}:{line}: {message}")

    def __bool__(self) -> bool:
        return bool(self.items)


def read_rows(path: Path, columns: tuple[str, ...], problems: Problems,
              required: tuple[str, ...] = ()) -> list[tuple[int, dict[str, str]]]:
    """Read ``path`` as CSV and return ``(line_number, row)`` pairs.

    Blank lines and lines whose first cell starts with ``#`` are skipped. The header must
    contain ``columns`` (extra columns are allowed and ignored); cells in ``required`` must
    be non-empty.

    >>> import tempfile, os
    >>> p = Path(tempfile.mkdtemp()) / "t.csv"; _ = p.write_text("a,b\\nx,\\n")
    >>> pr = Problems(); read_rows(p, ("a", "b"), pr, required=("b",)); pr.items
    []
    ['t.csv:2: empty b']
    """
    if not path.exists():
        problems.add(path, 0, "file is missing")
        return []
    out: list[tuple[int, dict[str, str]]] = []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header: list[str] | None = None
        for line_no, cells in enumerate(reader, start=1):
            if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in columns if c not in header]
                if missing:
                    problems.add(path, line_no, f"header lacks column(s) {', '.join(missing)}")
                    return []
                continue
            if len(cells) > len(header):
                problems.add(path, line_no, f"{len(cells)} cells but the header has {len(header)}")
                continue
            row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            bad = [c for c in required if not row.get(c)]
            if bad:
                problems.add(path, line_no, f"empty {', '.join(bad)}")
                continue
            out.append((line_no, row))
    if header is None:
        problems.add(path, 1, "file is empty")
    return out


def yes_no(value: str, path: Path, line: int, column: str, problems: Problems) -> bool:
    """Parse a ``yes``/``no`` cell (blank is ``no``)."""
    v = value.strip().lower()
    if v in ("", "no", "n", "false", "0"):
        return False
    if v in ("yes", "y", "true", "1"):
        return True
    problems.add(path, line, f"{column} must be yes or no, not {value!r}")
    return False
