"""The Python API; the CLI is a thin layer over these functions.

>>> recs = extract_text("Norway will hand Ukraine six NASAMS launchers.", date="2023-12-14")
>>> [(r.donor, r.system, r.quantity, r.status) for r in recs]
[('Norway', 'NASAMS launcher', 6.0, 'pledged')]
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import AidtrackerError, SourceError
from .extract.pipeline import DocumentExtractor, infer_date
from .model import Document, Record
from .reference import Reference, load_reference
from .sources import ManifestEntry, iter_paths, read_document, read_manifest
from .store import connect, save_document


@dataclass
class RunSummary:
    """What an extract or ingest run did; ``errors`` holds one line per unreadable file."""

    files: int = 0
    records: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.files} file(s)", f"{self.records} record(s)"]
        if self.added or self.replaced or self.unchanged:
            parts.append(f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged")
        parts.append(f"{len(self.errors)} error(s)")
        return ", ".join(parts)


def extract_text(text: str, doc: str = "text", date: str | Date | None = None,
                 ref: Reference | None = None) -> list[Record]:
    """Records from a string (handy in notebooks and tests)."""
    when = Date.fromisoformat(date) if isinstance(date, str) else date
    document = Document(doc=doc, path="", text=text, date=when or infer_date(text),
                        sha256=hashlib.sha256(text.encode()).hexdigest())
    return DocumentExtractor(ref or load_reference()).extract(document)


def extract(paths: Iterable[str | Path], manifest: str | Path | dict[str, ManifestEntry] | None = None,
            ref: Reference | None = None, summary: RunSummary | None = None,
            on_error: Callable[[str], None] | None = None) -> Iterator[tuple[Document, list[Record]]]:
    """Yield ``(document, records)`` for every readable file under ``paths``.

    Unreadable files are reported through ``on_error`` (and ``summary.errors``) and skipped.
    """
    extractor = DocumentExtractor(ref or load_reference())
    entries = read_manifest(manifest) if isinstance(manifest, (str, Path)) else (manifest or {})
    summary = summary if summary is not None else RunSummary()
    for path in iter_paths(list(paths)):
        summary.files += 1
        try:
            doc = read_document(path, entries)
        except SourceError as exc:
            summary.errors.append(str(exc))
            if on_error:
                on_error(str(exc))
            continue
        recs = extractor.extract(doc)
        summary.records += len(recs)
        yield doc, recs


def ingest(paths: Iterable[str | Path], db: str | Path | None = None,
           manifest: str | Path | dict[str, ManifestEntry] | None = None, ref: Reference | None = None,
           force: bool = False, on_error: Callable[[str], None] | None = None,
           progress: Callable[[Document, int], None] | None = None) -> RunSummary:
    """Extract every file under ``paths`` and store it, one transaction per document."""
    summary = RunSummary()
    con = connect(db)
    try:
        for doc, recs in extract(paths, manifest, ref, summary, on_error):
            if force:
                con.execute("UPDATE documents SET sha256 = '' WHERE doc = ?", (doc.doc,))
            outcome = save_document(con, doc, recs)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if progress:
                progress(doc, len(recs))
    finally:
        con.close()
    return summary


def report(db: str | Path | None = None, out: str | Path = "reports/aid-summary.xlsx") -> Path:
    """Write the Excel report of a store; returns the path written."""
    from .aggregate import _load, documents
    from .event_groups import events_frame
    from .reports.excel import write_report
    frame, merges, splits = _load(db, True)
    events, _ = events_frame(frame, merges=merges, splits=splits)
    return write_report(frame, documents(db), Path(out), events)


__all__ = ["extract", "extract_text", "ingest", "report", "RunSummary", "AidtrackerError"]
