"""Plain, immutable data that flows through the pipeline: documents, segments, records.

The record contract (column order) is stable: later versions add columns, never rename.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

#: Columns of the shared gold schema, then provenance, then value columns. Never rename; only append.
RECORD_COLUMNS: tuple[str, ...] = (
    "doc", "donor", "recipient", "system", "category", "quantity", "quantity_kind",
    "status", "date", "value", "currency", "evidence",
    "unit", "path", "start", "end", "sentence", "rule",
    # values (issue 4): the source's own USD equivalent, conversions at the record's date,
    # and an estimate from the price list for records whose text states no value
    "stated_usd", "value_usd", "value_eur", "fx_rate", "fx_date", "fx_source",
    "value_estimate_usd", "estimate_source", "calibre_mm",
)

QUANTITY_KINDS = ("exact", "at_least", "at_most", "approx", "vague", "unknown")
STATUSES = ("pledged", "announced", "approved", "contracted", "financed", "delivered",
            "suspended", "produced", "agreement")


@dataclass(frozen=True)
class Document:
    """A text document with its provenance.

    >>> Document(doc="d1", path="d1.txt", text="Hello.").doc
    'd1'
    """

    doc: str
    path: str
    text: str
    source: str = ""
    date: date | None = None
    sha256: str = ""


@dataclass(frozen=True)
class Segment:
    """A sentence, list item or heading: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str
    kind: str = "sentence"        # sentence | item | heading
    paragraph: int = 0            # index of the block the segment belongs to
    lead: int | None = None       # for list items: index of the segment that introduces the list


@dataclass(frozen=True)
class Record:
    """One aid record, tied to the span of text it came from."""

    doc: str
    donor: str
    recipient: str
    system: str
    category: str
    quantity: float | None
    quantity_kind: str
    status: str
    date: str
    value: float | None
    currency: str
    evidence: str
    unit: str = ""
    path: str = ""
    start: int = 0
    end: int = 0
    sentence: str = ""
    rule: str = ""
    stated_usd: float | None = None
    value_usd: float | None = None
    value_eur: float | None = None
    fx_rate: float | None = None
    fx_date: str = ""
    fx_source: str = ""
    value_estimate_usd: float | None = None
    estimate_source: str = ""
    calibre_mm: float | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def as_row(self) -> dict:
        """The record as a dict in contract column order (without internal extras)."""
        # every contract field is a str, a number or None, so no deep copy (asdict) is needed;
        # this runs once per stored record and asdict took most of the writer's time
        return {c: getattr(self, c) for c in RECORD_COLUMNS}


assert tuple(f.name for f in fields(Record) if f.name != "extra") == RECORD_COLUMNS
