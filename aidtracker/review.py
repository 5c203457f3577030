"""A review workbook: export records for an analyst to correct in Excel, apply the edits back.

In the Review sheet an analyst may write ``reject`` in the action column, change any editable
field, or change ``event_id`` (to another event's id to merge, to ``new`` to split). Applying
the workbook stores each change as a correction (see ``corrections``).
"""
from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from .aggregate import _load
from .corrections import EDITABLE, CorrectionError, correct
from .event_groups import events_frame

COLUMNS = ["id", "event_id", "action", *EDITABLE, "doc", "evidence", "sentence"]
EDITABLE_FILL = PatternFill("solid", fgColor="E2EFDA")


def export_review(db, out: str | Path) -> Path:
    """Write the review workbook for the store ``db``."""
    frame, merges, splits = _load(db, True)
    _, membership = events_frame(frame, merges=merges, splits=splits)
    frame = frame.assign(event_id=membership.reindex(frame.index).fillna(""), action="")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Review")
    ws.freeze_panes = "D2"
    header = []
    for c in COLUMNS:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = Font(bold=True)
        if c in EDITABLE or c in ("action", "event_id"):
            cell.fill = EDITABLE_FILL
        header.append(cell)
    ws.append(header)
    for row in frame[COLUMNS].itertuples(index=False, name=None):
        cells = []
        for v in row:
            if isinstance(v, float) and math.isnan(v) or v is pd.NaT:
                v = None
            if isinstance(v, pd.Timestamp):
                v = v.date().isoformat()
            cell = WriteOnlyCell(ws, value=v)
            if isinstance(v, str) and v[:1] in "=+-@":
                cell.data_type = "s"
            cells.append(cell)
        ws.append(cells)
    help_ws = wb.create_sheet("How to review")
    for line in ("Write reject in the action column to drop a record.",
                 f"Change any of: {', '.join(EDITABLE)}.",
                 "Change event_id to another row's event_id to merge it into that event, or to new to split it.",
                 "Then run: aidtracker review apply THIS_FILE"):
        help_ws.append([line])
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=out.parent)
    os.close(fd)
    wb.save(tmp)
    os.replace(tmp, out)
    return out


def _norm(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT:
        return ""
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def apply_review(db, path: str | Path) -> dict[str, int]:
    """Store the changes made in a review workbook; returns counts by action."""
    try:
        ws = load_workbook(path, read_only=True)["Review"]
    except (OSError, KeyError) as exc:
        raise CorrectionError(f"{path}: not a review workbook ({exc})") from None
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    missing = [c for c in ("id", "event_id", "action") if c not in header]
    if missing:
        raise CorrectionError(f"{path}: Review sheet lacks column(s) {', '.join(missing)}")
    frame, merges, splits = _load(db, True)
    _, membership = events_frame(frame, merges=merges, splits=splits)
    current = frame.assign(event_id=membership.reindex(frame.index).fillna("")).set_index("id")
    first_of_event = {e: i for i, e in zip(current.index, current["event_id"])}
    counts = {"reject": 0, "edit": 0, "merge": 0, "split": 0}
    for values in rows:
        row = dict(zip(header, values))
        rid = row.get("id")
        if not rid or rid not in current.index:
            continue
        if _norm(row.get("action")).lower() == "reject":
            correct(db, rid, "reject", note="review workbook")
            counts["reject"] += 1
            continue
        for field in EDITABLE:
            if field in row and _norm(row[field]) != _norm(current.at[rid, field]):
                correct(db, rid, "edit", field, _norm(row[field]), note="review workbook")
                counts["edit"] += 1
        new_event = _norm(row.get("event_id"))
        if new_event and new_event != current.at[rid, "event_id"]:
            if new_event.lower() == "new":
                correct(db, rid, "split", note="review workbook")
                counts["split"] += 1
            elif new_event in first_of_event:
                correct(db, rid, "merge", other_id=first_of_event[new_event], note="review workbook")
                counts["merge"] += 1
            else:
                raise CorrectionError(f"{path}: event_id {new_event!r} of record {rid} names no event")
    return counts
