"""Helpers for the table-driven phrase tests: run one phrase, compare with expected rows."""
from __future__ import annotations

from datetime import date

from aidtracker.model import Document

FIELDS = ("donor", "recipient", "system", "category", "quantity", "quantity_kind", "status", "date")


def run(extractor, text: str, when: str = "2025-03-14"):
    doc = Document(doc="phrase", path="", text=text, date=date.fromisoformat(when))
    return extractor.extract(doc)


def _fits(want: dict, have: dict) -> bool:
    for field, value in want.items():
        actual = have[field]
        if field == "system":
            if value.lower() not in (actual or "").lower():
                return False
        elif actual != value:
            return False
    return True


def compare(records, expected: list[dict], phrase: str) -> None:
    """Every expected row matches its own record (on the fields it names) and nothing else is found."""
    got = [{f: getattr(r, f) for f in FIELDS} for r in records if r.category != "package"]
    assert len(got) == len(expected), f"{phrase!r}\n expected {len(expected)} record(s): {expected}\n got {got}"
    free = list(range(len(got)))
    for want in expected:
        match = next((i for i in free if _fits(want, got[i])), None)
        assert match is not None, f"{phrase!r}: no record matches {want}\n got {got}"
        free.remove(match)
