"""Analyst corrections: reject a record, edit a field, merge or split events.

Corrections live in their own table, keyed by the record's content id and, as a fallback, by
its document and character span, so they survive re-ingesting the same documents and are
re-applied every time records are read.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .errors import AidtrackerError
from .model import QUANTITY_KINDS, STATUSES
from .store import connect

ACTIONS = ("reject", "edit", "merge", "split")
EDITABLE = ("donor", "recipient", "system", "category", "quantity", "quantity_kind", "status", "date", "value",
            "currency")
SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, doc TEXT, start INTEGER, "end" INTEGER,
    action TEXT NOT NULL, field TEXT, value TEXT, other_id TEXT, note TEXT, created_at TEXT);
"""


class CorrectionError(AidtrackerError, ValueError):
    """A correction names an unknown record, field or value."""


def _ensure(con: sqlite3.Connection) -> None:
    con.executescript(SCHEMA)


def _record(con: sqlite3.Connection, record_id: str) -> tuple:
    row = con.execute('SELECT id, doc, start, "end" FROM records WHERE id = ?', (record_id,)).fetchone()
    if row is None:
        raise CorrectionError(f"no record with id {record_id!r} (see the id column of `aidtracker records`)")
    return row


def _check(field: str | None, value: str | None) -> None:
    if field not in EDITABLE:
        raise CorrectionError(f"field {field!r} cannot be edited; editable: {', '.join(EDITABLE)}")
    if field == "status" and value not in STATUSES:
        raise CorrectionError(f"status {value!r} is not one of {', '.join(STATUSES)}")
    if field == "quantity_kind" and value not in QUANTITY_KINDS:
        raise CorrectionError(f"quantity_kind {value!r} is not one of {', '.join(QUANTITY_KINDS)}")
    if field in ("quantity", "value") and value not in ("", None):
        try:
            float(value)
        except ValueError:
            raise CorrectionError(f"{field} {value!r} is not a number") from None
    if field == "date" and value:
        try:
            datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            raise CorrectionError(f"date {value!r} is not YYYY-MM-DD") from None


def correct(db: str | Path | None, record_id: str, action: str, field: str | None = None,
            value: str | None = None, other_id: str | None = None, note: str = "") -> int:
    """Record one correction and return its number.

    ``reject``: the record is not aid; ``edit``: set ``field`` to ``value``; ``merge``: the record
    belongs to the event of ``other_id``; ``split``: the record is an event of its own.
    """
    if action not in ACTIONS:
        raise CorrectionError(f"action {action!r} is not one of {', '.join(ACTIONS)}")
    con = connect(db)
    try:
        _ensure(con)
        rid, doc, start, end = _record(con, record_id)
        if action == "edit":
            _check(field, value)
        if action == "merge":
            _record(con, other_id or "")
        cur = con.execute('INSERT INTO corrections (record_id, doc, start, "end", action, field, value, other_id, '
                          'note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)',
                          (rid, doc, start, end, action, field, value, other_id, note,
                           datetime.now(timezone.utc).isoformat(timespec="seconds")))
        return int(cur.lastrowid)
    finally:
        con.close()


def load(con: sqlite3.Connection) -> pd.DataFrame:
    _ensure(con)
    return pd.read_sql_query("SELECT * FROM corrections ORDER BY id", con)


def _resolve_ids(records: pd.DataFrame, corr: pd.DataFrame) -> pd.Series:
    """The current record id each correction applies to: its own id, else the record now at the
    same document span (the text was re-extracted and the content id changed)."""
    ids = set(records["id"])
    span = {(d, int(s), int(e)): i for i, d, s, e in zip(records["id"], records["doc"], records["start"], records["end"])
            if pd.notna(s) and pd.notna(e)}
    out = []
    for rid, doc, s, e in zip(corr["record_id"], corr["doc"], corr["start"], corr["end"]):
        out.append(rid if rid in ids else span.get((doc, int(s), int(e))) if pd.notna(s) else None)
    return pd.Series(out, index=corr.index, dtype="object")


def apply(records: pd.DataFrame, corr: pd.DataFrame,
          copy: bool = True) -> tuple[pd.DataFrame, list[tuple[str, str]], set[str]]:
    """Records with rejections and edits applied (``corrected`` names the edited fields), plus the
    merge pairs and split ids for event grouping. Later corrections win. ``copy=False`` edits
    ``records`` itself (for a frame the caller has just built and holds nowhere else)."""
    if copy:
        records = records.copy()
    records["corrected"] = ""
    if corr.empty:
        return records, [], set()
    corr = corr.assign(target=_resolve_ids(records, corr)).dropna(subset=["target"])
    rejected = set(corr.loc[corr["action"] == "reject", "target"])
    pos = {rid: i for i, rid in enumerate(records["id"])}
    for row in corr[corr["action"] == "edit"].itertuples():
        i = pos.get(row.target)
        if i is None:
            continue
        col = records.columns.get_loc(row.field)
        value = row.value
        if row.field in ("quantity", "value"):
            value = float(value) if value not in ("", None) else float("nan")
        elif row.field == "date":
            value = pd.Timestamp(value) if value else pd.NaT
        elif isinstance(records[row.field].dtype, pd.CategoricalDtype) and value not in records[row.field].cat.categories:
            records[row.field] = records[row.field].cat.add_categories([value])
        records.iat[i, col] = value
        marked = records.iat[i, records.columns.get_loc("corrected")]
        fields = [f for f in marked.split(",") if f]
        if row.field not in fields:
            fields.append(row.field)
        records.iat[i, records.columns.get_loc("corrected")] = ",".join(fields)
    records = records[~records["id"].isin(rejected)]
    grouping: dict[str, tuple[str, str | None]] = {}     # the latest merge or split of a record wins
    for row in corr[corr["action"].isin(["merge", "split"])].itertuples():
        grouping[row.target] = (row.action, row.other_id)
    merges = [(t, o) for t, (a, o) in grouping.items() if a == "merge"]
    splits = {t for t, (a, _) in grouping.items() if a == "split"}
    return records, merges, splits
