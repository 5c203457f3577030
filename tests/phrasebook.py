"""Helpers for the table-driven phrase tests: run one phrase, compare with expected rows."""
from __future__ import annotations

from datetime import date

from aidtracker.model import Document

FIELDS = ("donor", "recipient", "system", "category", "quantity", "quantity_kind", "status", "date")


def run(extractor, text: str, when: str = "2025-03-14"):
    doc = Document(doc="phrase", path="", text=text, date=date.fromisoformat(when))
    return extractor.extract(doc)


def compare(records, expected: list[dict], phrase: str) -> None:
    """Every expected row matches one record (on the fields it names) and nothing else is found."""
    got = [{f: getattr(r, f) for f in FIELDS} for r in records]
    assert len(got) == len(expected), f"{phrase!r}\n expected {len(expected)} record(s): {expected}\n got {got}"
    for want, have in zip(sorted(expected, key=_key), sorted(got, key=_key)):
        for field, value in want.items():
            actual = have[field]
            if field == "system":
                assert value.lower() in (actual or "").lower(), f"{phrase!r}: system {actual!r} lacks {value!r}\n got {got}"
            else:
                assert actual == value, f"{phrase!r}: {field} is {actual!r}, expected {value!r}\n got {got}"


def _key(row: dict):
    return (row.get("donor") or "", row.get("category") or "", str(row.get("quantity")), str(row.get("system")))
