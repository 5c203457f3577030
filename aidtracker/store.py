"""The SQLite ledger: documents and their records, one transaction per document.

Re-ingesting an unchanged document (same SHA-256) adds nothing; a changed one replaces its
records. WAL mode lets readers work while an ingest runs.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from .errors import StoreError
from .model import RECORD_COLUMNS, Document, Record

DEFAULT_DB = "aidtracker.sqlite"
SCHEMA_VERSION = "1"
REAL = {"quantity", "value", "stated_usd", "value_usd", "value_eur", "fx_rate", "value_estimate_usd", "calibre_mm"}
INTEGER = {"start", "end"}


def _type(col: str) -> str:
    return "REAL" if col in REAL else ("INTEGER" if col in INTEGER else "TEXT")


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, path TEXT, source TEXT, date TEXT, sha256 TEXT,
    chars INTEGER, ingested_at TEXT, text TEXT, extractor TEXT DEFAULT '');
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY, seq INTEGER,
    doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    {", ".join(f'"{c}" {_type(c)}' for c in RECORD_COLUMNS if c != "doc")});
CREATE INDEX IF NOT EXISTS records_doc ON records(doc);
INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');
"""


def _migrate(con: sqlite3.Connection) -> None:
    """Add columns that newer versions append to the record contract (never rename or drop)."""
    have = {row[1] for row in con.execute("PRAGMA table_info(records)")}
    for col in RECORD_COLUMNS:
        if col not in have:
            con.execute(f'ALTER TABLE records ADD COLUMN "{col}" {_type(col)}')
    if "extractor" not in {row[1] for row in con.execute("PRAGMA table_info(documents)")}:
        # stores from before the fingerprint: their documents re-extract once
        con.execute("ALTER TABLE documents ADD COLUMN extractor TEXT DEFAULT ''")


def default_db() -> str:
    """``$AIDTRACKER_DB`` or ``aidtracker.sqlite`` in the current folder."""
    return os.environ.get("AIDTRACKER_DB", DEFAULT_DB)


def record_id(r: Record) -> str:
    """A content hash: the same record from the same text always has the same id."""
    key = "\x1f".join(str(x) for x in (r.doc, r.start, r.end, r.donor, r.recipient, r.system, r.quantity, r.status))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def connect(path: str | Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) a store; raises StoreError when it is not an aidtracker store."""
    path = str(path or default_db())
    try:
        con = sqlite3.connect(path, timeout=30, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA busy_timeout=30000")
        con.executescript(SCHEMA)
        _migrate(con)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not an aidtracker store ({exc})") from None
    return con


def stored_versions(con: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """``{doc: (sha256, extractor fingerprint)}`` of every stored document."""
    return {doc: (sha or "", fp or "") for doc, sha, fp in con.execute("SELECT doc, sha256, extractor FROM documents")}


def save_document(con: sqlite3.Connection, doc: Document, records: list[Record], extractor: str = "") -> str:
    """Store one document and its records atomically. Returns 'added', 'replaced' or 'unchanged'.

    ``extractor`` is the fingerprint of the data and code that produced ``records``
    (reference.fingerprint); a document is unchanged only when its text and that agree.
    """
    row = con.execute("SELECT sha256, extractor FROM documents WHERE doc = ?", (doc.doc,)).fetchone()
    previous = row[0] if row else None
    if row and previous == doc.sha256 and doc.sha256 and (row[1] or "") == extractor:
        return "unchanged"
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute("DELETE FROM records WHERE doc = ?", (doc.doc,))
        con.execute("INSERT OR REPLACE INTO documents (doc, path, source, date, sha256, chars, ingested_at, text, "
                    "extractor) VALUES (?,?,?,?,?,?,?,?,?)",
                    (doc.doc, doc.path, doc.source, doc.date.isoformat() if doc.date else "", doc.sha256,
                     len(doc.text), datetime.now(timezone.utc).isoformat(timespec="seconds"), doc.text, extractor))
        rows = []
        for seq, r in enumerate(records):
            row = r.as_row()
            rows.append((record_id(r), seq, *[row[c] for c in RECORD_COLUMNS]))
        con.executemany(f"INSERT OR REPLACE INTO records (id, seq, {', '.join(_q(c) for c in RECORD_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * (len(RECORD_COLUMNS) + 2))})", rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return "replaced" if previous else "added"


def _q(col: str) -> str:
    return f'"{col}"'


def fetch_records(con: sqlite3.Connection) -> tuple[list[str], list[tuple]]:
    """All stored records in document and text order: ``(columns, rows)``."""
    cols = ["id", *RECORD_COLUMNS]
    cur = con.execute(f"SELECT {', '.join(_q(c) for c in cols)} FROM records ORDER BY doc, seq")
    return cols, cur.fetchall()


def fetch_documents(con: sqlite3.Connection) -> tuple[list[str], list[tuple]]:
    """Stored documents with their record counts: ``(columns, rows)``."""
    cols = ["doc", "path", "source", "date", "sha256", "chars", "ingested_at", "records"]
    cur = con.execute("SELECT d.doc, d.path, d.source, d.date, d.sha256, d.chars, d.ingested_at, "
                      "(SELECT COUNT(*) FROM records r WHERE r.doc = d.doc) FROM documents d ORDER BY d.doc")
    return cols, cur.fetchall()
