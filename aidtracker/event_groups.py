"""Events: one fact, however many documents repeat it.

Mentions (records) of different documents are grouped into events when they have the same donor
and recipient, the
same kind of thing (same category; same system or family, or one of them generic), quantities
that agree (equal, or one unstated), and dates close enough: ``event_window_days`` apart, or
``event_progress_days`` when the later mention moves the event on (pledged, then delivered).
A delivery of part of a pledged quantity ("14 of the 19 pledged") updates the pledge's event
instead of starting one. Package values are not events: they are the value of a decision,
kept as records and summed by donor.

Mentions of one document are never merged here: the document's own resolution (``resolve``)
already told its facts apart with the full context. The event keeps all its mentions; its
status is the most advanced one, and its history lists each status with the date it was first
reported.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from .reference import Reference, load_reference

STAGE = {"agreement": 0, "pledged": 1, "announced": 2, "approved": 3, "contracted": 4, "financed": 4,
         "produced": 5, "delivered": 6, "suspended": 7}
EVENT_COLUMNS = ["event_id", "donor", "recipient", "system", "category", "quantity", "quantity_kind", "status",
                 "status_history", "delivered_quantity", "first_seen", "last_seen", "sources", "mentions", "docs",
                 "value", "currency", "value_usd", "value_eur", "value_estimate_usd", "evidence", "record_ids"]


@dataclass
class _Event:
    rows: list = field(default_factory=list)

    @property
    def first(self):
        return self.rows[0]


def _family_index(ref: Reference) -> tuple[dict[str, str], set[str]]:
    family = {s.name: s.family for s in ref.catalog.systems.values()}
    generic = {s.name for s in ref.catalog.systems.values() if s.generic}
    return family, generic


def _day(v) -> date | None:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.date()
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _num(v):
    return None if v is None or (isinstance(v, float) and pd.isna(v)) else float(v)


class Grouper:
    """Assigns records to events, one record at a time, in date order."""

    def __init__(self, ref: Reference | None = None):
        ref = ref or load_reference()
        self.family, self.generic = _family_index(ref)
        self.window = timedelta(days=int(ref.settings.get("event_window_days", 45)))
        self.progress = timedelta(days=int(ref.settings.get("event_progress_days", 400)))

    def _same_thing(self, a: dict, b: dict) -> bool:
        if (a["donor"], a["recipient"], a["category"]) != (b["donor"], b["recipient"], b["category"]):
            return False
        if a["category"] == "package":
            va, vb = _num(a["value"]), _num(b["value"])
            return a["currency"] == b["currency"] and va is not None and vb is not None \
                and abs(va - vb) <= 0.005 * max(va, vb)
        sa, sb = a["system"], b["system"]
        fa, fb = self.family.get(sa, sa), self.family.get(sb, sb)
        if sa == sb or fa == fb:
            return True
        # a generic word matches a named system only when both state the same number
        qa, qb = _num(a["quantity"]), _num(b["quantity"])
        return (sa in self.generic or sb in self.generic) and qa is not None and qa == qb

    def fits(self, ev: _Event, r: dict) -> bool:
        last = ev.rows[-1]
        # one document's facts were already told apart with its full context; only a stated
        # part of a whole ("14 of the 19 pledged") joins the whole's event from the same text
        part = "+part" in str(r.get("rule") or "") or "+whole" in str(r.get("rule") or "")
        if (not part and any(x["doc"] == r["doc"] for x in ev.rows)) or not self._same_thing(ev.first, r):
            return False
        qe, qr = _num(ev.first["quantity"]), _num(r["quantity"])
        # "delivered 14 of the 19 pledged" updates the event of the 19
        partial = qe is not None and qr is not None and qr < qe and r["status"] == "delivered" \
            and "+part" in str(r.get("rule") or "")
        if qe is not None and qr is not None and qe != qr and not partial:
            return False
        d_last, d_new = _day(last["date"]), _day(r["date"])
        if d_last is None or d_new is None:
            return True
        gap = abs(d_new - d_last)
        moves_on = STAGE.get(r["status"], 0) > max(STAGE.get(x["status"], 0) for x in ev.rows)
        # a later stage may come months after the first report, but only for the same stated number
        counted_alike = qe is not None and qr is not None
        return gap <= self.window or (moves_on and counted_alike and gap <= self.progress)

    def group(self, rows: list[dict]) -> list[_Event]:
        events: list[_Event] = []
        order = sorted(range(len(rows)), key=lambda i: (_day(rows[i]["date"]) or date.min, str(rows[i]["doc"]),
                                                         rows[i].get("start") or 0))
        for i in order:
            r = rows[i]
            # a specific record joins before a generic one does; a counted event before an uncounted one
            candidates = [e for e in events if self.fits(e, r)]
            if candidates:
                best = max(candidates, key=lambda e: (e.first["system"] == r["system"],
                                                      _num(e.first["quantity"]) == _num(r["quantity"]),
                                                      e.rows[-1]["doc"] != r["doc"]))
                best.rows.append(r)
            else:
                events.append(_Event([r]))
        return events


def event_id(first: dict) -> str:
    """A stable id: the hash of the event's first mention."""
    return "ev-" + hashlib.sha1(str(first.get("id") or (first["doc"], first.get("start"))).encode()).hexdigest()[:10]


def summarize_event(ev: _Event) -> dict:
    rows = ev.rows
    counted = [r for r in rows if _num(r["quantity"]) is not None]
    pledge = max(counted, key=lambda r: _num(r["quantity"]), default=rows[0])
    statuses: list[tuple[str, date | None]] = []
    for r in rows:
        if r["status"] not in [s for s, _ in statuses]:
            statuses.append((r["status"], _day(r["date"])))
    status = max((r["status"] for r in rows), key=lambda s: STAGE.get(s, 0))
    delivered = [_num(r["quantity"]) for r in rows if r["status"] == "delivered" and _num(r["quantity"]) is not None]
    specific = [r for r in rows if r["system"]]
    named = max(specific, key=lambda r: len(r["system"] or ""), default=rows[0])
    valued = [r for r in rows if _num(r.get("value")) is not None]
    days = [d for d in (_day(r["date"]) for r in rows) if d]
    docs = list(dict.fromkeys(str(r["doc"]) for r in rows))
    v = valued[0] if valued else {}
    return {
        "event_id": event_id(rows[0]), "donor": rows[0]["donor"], "recipient": rows[0]["recipient"],
        "system": named["system"], "category": rows[0]["category"], "quantity": _num(pledge["quantity"]),
        "quantity_kind": pledge["quantity_kind"], "status": status,
        "status_history": " → ".join(f"{s} {d.isoformat() if d else ''}".strip() for s, d in statuses),
        "delivered_quantity": max(delivered) if delivered else None,
        "first_seen": min(days) if days else None, "last_seen": max(days) if days else None,
        "sources": len(docs), "mentions": len(rows), "docs": ", ".join(docs),
        "value": _num(v.get("value")), "currency": v.get("currency") or "",
        "value_usd": _num(v.get("value_usd")), "value_eur": _num(v.get("value_eur")),
        "value_estimate_usd": max((_num(r.get("value_estimate_usd")) or 0 for r in rows), default=0) or None,
        "evidence": rows[0]["evidence"], "record_ids": ", ".join(str(r.get("id", "")) for r in rows),
    }


def events_frame(records: pd.DataFrame, ref: Reference | None = None,
                 merges: list[tuple[str, str]] = (), splits: set[str] = frozenset()) -> tuple[pd.DataFrame, pd.Series]:
    """Events of a records frame, and each record's event id (indexed like ``records``).

    ``merges`` are (record id, record id) pairs an analyst declared one event; ``splits`` are
    record ids declared an event of their own.
    """
    records = records[records["category"].astype(str) != "package"]   # package values are not events
    if records.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS), pd.Series(dtype="object")
    rows = []
    for idx, r in zip(records.index, records.to_dict("records")):
        r = {k: (str(v) if k in ("donor", "recipient", "category", "status", "quantity_kind") and not pd.isna(v)
                 else v) for k, v in r.items()}
        r["_index"] = idx
        rows.append(r)
    grouper = Grouper(ref)
    alone = [r for r in rows if r.get("id") in splits]
    events = grouper.group([r for r in rows if r.get("id") not in splits]) + [_Event([r]) for r in alone]
    by_record = {r.get("id"): e for e in events for r in e.rows}
    for a, b in merges:
        ea, eb = by_record.get(a), by_record.get(b)
        if ea is not None and eb is not None and ea is not eb:
            ea.rows.extend(eb.rows)
            ea.rows.sort(key=lambda r: (_day(r["date"]) or date.min, str(r["doc"])))
            events.remove(eb)
            for r in eb.rows:
                by_record[r.get("id")] = ea
    frame = pd.DataFrame([summarize_event(e) for e in events], columns=EVENT_COLUMNS)
    frame["first_seen"] = pd.to_datetime(frame["first_seen"])
    frame["last_seen"] = pd.to_datetime(frame["last_seen"])
    for col in ("donor", "recipient", "category", "status"):
        frame[col] = frame[col].astype("category")
    frame = frame.sort_values(["first_seen", "donor", "system"], kind="stable").reset_index(drop=True)
    membership = pd.Series({r["_index"]: event_id(e.rows[0]) for e in events for r in e.rows}).reindex(records.index)
    return frame, membership
