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
from .reference import Reference, fingerprint, load_reference
from .sources import ManifestEntry, iter_paths, read_document, read_manifest
from .store import connect, save_document, stored_versions


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


def not_recorded(document: Document, extractor: DocumentExtractor | None = None) -> list[tuple[str, str, str]]:
    """The items a document names that gave no record, each as ``(text, system, reason)``: the
    other half of ``aidtracker extract --explain``.

    >>> doc = Document("d", "", "Ukraine requested 20 F-16s. Norway sent 6 NASAMS.", date=Date(2024, 1, 1))
    >>> not_recorded(doc)
    [('20 F-16s', 'F-16 Fighting Falcon', 'excluded: request')]
    """
    dropped: list[tuple[str, str, str]] = []
    (extractor or DocumentExtractor(load_reference())).extract(document, trace=dropped)
    return dropped


_WORKER: dict = {}


def _init_worker(data: str) -> None:
    _WORKER["extractor"] = DocumentExtractor(load_reference(data))


def _work(args: tuple[Path, dict]) -> tuple:
    path, entries = args
    try:
        doc = read_document(path, entries)
    except SourceError as exc:
        return ("error", str(exc), None)
    return ("ok", doc, _WORKER["extractor"].extract(doc))


def extract_many(paths: Iterable[Path], entries: dict[str, ManifestEntry], ref: Reference,
                 jobs: int = 1) -> Iterator[tuple]:
    """``("ok", document, records)`` or ``("error", message, None)`` for each path, in order.

    With ``jobs > 1`` documents are read and extracted in that many worker processes; results
    still arrive in path order, so a parallel run stores exactly what a serial run stores.
    """
    if jobs <= 1:
        _WORKER.setdefault("extractor", None)
        extractor = DocumentExtractor(ref)
        for path in paths:
            try:
                doc = read_document(path, entries)
            except SourceError as exc:
                yield ("error", str(exc), None)
                continue
            yield ("ok", doc, extractor.extract(doc))
        return
    import multiprocessing
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(str(ref.path),)) as pool:
        yield from pool.imap(_work, ((p, entries) for p in paths), chunksize=4)


def extract(paths: Iterable[str | Path], manifest: str | Path | dict[str, ManifestEntry] | None = None,
            ref: Reference | None = None, summary: RunSummary | None = None,
            on_error: Callable[[str], None] | None = None, jobs: int = 1) -> Iterator[tuple[Document, list[Record]]]:
    """Yield ``(document, records)`` for every readable file under ``paths``.

    Unreadable files are reported through ``on_error`` (and ``summary.errors``) and skipped.
    """
    ref = ref or load_reference()
    entries = read_manifest(manifest) if isinstance(manifest, (str, Path)) else (manifest or {})
    summary = summary if summary is not None else RunSummary()

    def counted():
        for p in iter_paths(list(paths)):
            summary.files += 1
            yield p

    yield from _readable(extract_many(counted(), entries, ref, jobs), summary, on_error)


def _readable(results, summary: RunSummary, on_error) -> Iterator[tuple[Document, list[Record]]]:
    """``(document, records)`` of the readable files; errors go to the summary and ``on_error``."""
    for status, payload, recs in results:
        if status == "error":
            summary.errors.append(payload)
            if on_error:
                on_error(payload)
            continue
        summary.records += len(recs)
        yield payload, recs


def _unchanged(path: Path, stored: dict[str, tuple[str, str]], extractor: str) -> bool:
    sha, fp = stored.get(path.stem, ("", ""))
    if not sha or fp != extractor:
        return False
    try:
        return sha == hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False


def ingest(paths: Iterable[str | Path], db: str | Path | None = None,
           manifest: str | Path | dict[str, ManifestEntry] | None = None, ref: Reference | None = None,
           force: bool = False, on_error: Callable[[str], None] | None = None,
           progress: Callable[[Document, int], None] | None = None, jobs: int = 1) -> RunSummary:
    """Extract every file under ``paths`` and store it, one transaction per document.

    Unchanged documents (same SHA-256 as stored, extracted with the same data files and code,
    see reference.fingerprint) are skipped without extraction; after the catalog or the rules
    change, every document is extracted again and its records replaced. With
    ``jobs > 1`` extraction runs in worker processes while this process alone writes the store.
    """
    summary = RunSummary()
    ref = ref or load_reference()
    entries = read_manifest(manifest) if isinstance(manifest, (str, Path)) else (manifest or {})
    con = connect(db)
    try:
        stored = stored_versions(con)
        extractor = fingerprint(ref)

        def todo():
            for path in iter_paths(list(paths)):
                summary.files += 1
                if not force and path.is_file() and _unchanged(path, stored, extractor):
                    summary.unchanged += 1
                    continue
                yield path

        for doc, recs in _readable(extract_many(todo(), entries, ref, jobs), summary, on_error):
            if force:
                con.execute("UPDATE documents SET sha256 = '' WHERE doc = ?", (doc.doc,))
            outcome = save_document(con, doc, recs, extractor)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if progress:
                progress(doc, len(recs))
    finally:
        con.close()
    return summary


def report(db: str | Path | None = None, out: str | Path = "reports/aid-summary.xlsx",
           sheet_rows: int | None = None) -> Path:
    """Write the Excel report of a store; returns the path written.

    Sheets longer than ``sheet_rows`` (default 50,000; Excel's own limit is 1,048,575) keep
    their first rows and the whole table goes beside the workbook as Parquet.
    """
    from .aggregate import documents, light_records, record_chunks
    from .event_groups import events_frame
    from .memory import release
    from .reports.excel import MAX_SHEET_ROWS, write_report
    frame, merges, splits = light_records(db)
    release()
    events, _ = events_frame(frame, merges=merges, splits=splits)
    release()
    return write_report(frame, documents(db), Path(out), events, max_rows=sheet_rows or MAX_SHEET_ROWS,
                        record_chunks=lambda: record_chunks(db, chunksize=20_000))


__all__ = ["extract", "extract_text", "ingest", "report", "RunSummary", "AidtrackerError"]
