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
from datetime import date

import numpy as np
import pandas as pd

from .reference import Reference, load_reference

STAGE = {"agreement": 0, "pledged": 1, "announced": 2, "approved": 3, "contracted": 4, "financed": 4,
         "produced": 5, "delivered": 6, "suspended": 7}
EVENT_COLUMNS = ["event_id", "donor", "recipient", "system", "category", "unit", "quantity", "quantity_kind", "status",
                 "status_history", "delivered_quantity", "first_seen", "last_seen", "sources", "mentions", "docs",
                 "value", "currency", "value_usd", "value_eur", "value_estimate_usd", "evidence", "record_ids"]


class _M:
    """One mention as the grouper sees it (slots keep a million of them small and fast)."""

    __slots__ = ("i", "doc", "donor", "recipient", "category", "system", "family", "generic", "q", "status",
                 "stage", "day", "part")

    def __init__(self, i, doc, donor, recipient, category, system, family, generic, q, status, stage, day, part):
        self.i, self.doc, self.donor, self.recipient, self.category = i, doc, donor, recipient, category
        self.system, self.family, self.generic, self.q = system, family, generic, q
        self.status, self.stage, self.day, self.part = status, stage, day, part


class _Event:
    """Most events have one mention: ``rows`` and ``docs`` start as that mention alone and
    become a list and a set only when a second one joins, which keeps a million events small."""

    __slots__ = ("first", "last", "origin", "split", "rows", "docs", "max_stage")

    def __init__(self, first: _M):
        self.first = self.last = first
        self.origin = first.i       # the mention that created the event, which fixes its place
        self.split = False
        self.rows = None
        self.docs = None
        self.max_stage = first.stage

    def mentions(self) -> list[_M]:
        return self.rows if self.rows is not None else [self.first]

    def sources(self) -> int:
        return len(self.docs) if self.docs is not None else 1

    def has_doc(self, doc: str) -> bool:
        return doc in self.docs if self.docs is not None else doc == self.first.doc

    def add(self, m: _M) -> None:
        if self.rows is None:
            self.rows, self.docs = [self.first], {self.first.doc}
        self.rows.append(m)
        self.docs.add(m.doc)
        self.last = m
        if m.stage > self.max_stage:
            self.max_stage = m.stage


def _family_index(ref: Reference) -> tuple[dict[str, str], set[str]]:
    family = {s.name: s.family for s in ref.catalog.systems.values()}
    generic = {s.name for s in ref.catalog.systems.values() if s.generic}
    return family, generic


class Grouper:
    """Assigns mentions to events, one mention at a time, in date order."""

    def __init__(self, ref: Reference | None = None):
        ref = ref or load_reference()
        self.family, self.generic = _family_index(ref)
        self.window = int(ref.settings.get("event_window_days", 45))
        self.progress = int(ref.settings.get("event_progress_days", 400))

    def _same_thing(self, a: _M, b: _M) -> bool:
        if a.donor != b.donor or a.recipient != b.recipient or a.category != b.category:
            return False
        if a.system == b.system or a.family == b.family:
            return True
        # a generic word matches a named system only when both state the same number
        return (a.generic or b.generic) and a.q is not None and a.q == b.q

    def fits(self, ev: _Event, r: _M) -> bool:
        first = ev.first
        qe, qr = first.q, r.q
        # "delivered 14 of the 19 pledged" updates the event of the 19; other stated numbers must agree
        if qe is not None and qr is not None and qe != qr \
                and not (qr < qe and r.status == "delivered" and r.part):
            return False
        # one document's facts were already told apart with its full context; only a stated
        # part of a whole ("14 of the 19 pledged") joins the whole's event from the same text
        if (not r.part and ev.has_doc(r.doc)) or not self._same_thing(first, r):
            return False
        d_last, d_new = ev.last.day, r.day
        if d_last is None or d_new is None:
            return True
        gap = abs(d_new - d_last)
        moves_on = r.stage > ev.max_stage
        # a later stage may come months after the first report, but only for the same stated number
        return gap <= self.window or (moves_on and qe is not None and qr is not None and gap <= self.progress)

    def _keys(self, r: _M) -> list[tuple]:
        base = (r.donor, r.recipient, r.category)
        keys = [base + ("family", r.family)]
        if r.q is not None:
            keys.append(base + ("count", r.q))      # a generic word meets a named system by its number
        return keys

    def group(self, rows: list[_M]) -> list[_Event]:
        """Events of ``rows``. Candidate events are looked up by donor, recipient, category and
        family (or stated number), so the work grows with the number of mentions, not its square."""
        events: list[_Event] = []
        index: dict[tuple, list[_Event]] = {}
        for r in sorted(rows, key=lambda m: (m.day if m.day is not None else -1, m.doc, m.i)):
            keys = self._keys(r)
            get = index.get
            candidates = []
            for key in keys:
                for e in get(key, ())[-40:]:   # only recent events of a key can still take a mention
                    if e not in candidates and self.fits(e, r):
                        candidates.append(e)
            if candidates:
                # a specific record joins before a generic one does; a counted event before an uncounted one
                target = max(candidates, key=lambda e: (e.first.system == r.system, e.first.q == r.q))
                target.add(r)
            else:
                target = _Event(r)
                events.append(target)
            for key in keys:
                bucket = index.setdefault(key, [])
                if not bucket or bucket[-1] is not target:
                    bucket.append(target)
        return events


def event_id(record_id: str) -> str:
    """A stable id: the hash of the event's first mention."""
    return "ev-" + hashlib.sha1(str(record_id).encode()).hexdigest()[:10]


def _text(col: pd.Series) -> np.ndarray:
    """Object array of str (categoricals map through their categories once)."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = np.asarray(col.cat.categories.astype(str), dtype=object)
        codes = col.cat.codes.to_numpy()
        out = np.where(codes >= 0, cats[np.maximum(codes, 0)], "nan")
        return out.astype(object)
    return col.fillna("").astype(str).to_numpy(dtype=object)


class _Rows:
    """Some rows of a frame, read one column at a time: the events of a million records are made
    without copying the whole (light) frame to leave out its package rows."""

    def __init__(self, records: pd.DataFrame, positions: np.ndarray):
        self.records, self.positions = records, positions
        self.index = records.index[positions]

    def __contains__(self, col: str) -> bool:
        return col in self.records.columns

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, col: str) -> pd.Series:
        return self.records[col].iloc[self.positions]

    def text_at(self, col: str, positions: np.ndarray) -> np.ndarray:
        """Text of ``col`` at ``positions`` (relative to these rows)."""
        return _text(self.records[col].iloc[self.positions[positions]])

    def numbers(self, col: str) -> np.ndarray:
        return self.records[col].to_numpy(dtype="float64")[self.positions]


class _Columns:
    """The columns the grouper reads, as plain arrays (categoricals mapped once)."""

    def __init__(self, records: _Rows):
        # record ids are read only where needed (first mentions, corrections), not for a million rows
        self.rows = records
        days = pd.to_datetime(records["date"], errors="coerce").to_numpy(dtype="datetime64[D]")
        self.day = np.where(~np.isnat(days), days.astype("int64") + EPOCH_ORDINAL, -1)
        self.qty = records.numbers("quantity")
        self.part = records["rule"].fillna("").astype(str).str.contains(r"\+part|\+whole", regex=True).to_numpy()
        self.doc, self.donor, self.recipient, self.category, self.status, self.system = (
            _text(records[c]) for c in ("doc", "donor", "recipient", "category", "status", "system"))

    def id_of(self, positions: np.ndarray) -> np.ndarray:
        if "id" not in self.rows:
            return self.rows.index[positions].astype(str).to_numpy(dtype=object)
        return self.rows.records["id"].iloc[self.rows.positions[positions]].fillna("").astype(str).to_numpy(dtype=object)

    def positions_of(self, ids: set[str]) -> dict[str, int]:
        """Where (among these rows) the records with ``ids`` are; the first one of a repeated id."""
        if not ids:
            return {}
        if "id" not in self.rows:
            found = np.flatnonzero(self.rows.index.astype(str).isin(list(ids)))
        else:
            in_all = self.rows.records["id"].isin(list(ids)).to_numpy()[self.rows.positions]
            found = np.flatnonzero(in_all)
        out: dict[str, int] = {}
        for rid, pos in zip(self.id_of(found), found.tolist()):
            out.setdefault(rid, pos)
        return out

    def mentions(self, positions: np.ndarray, grouper: Grouper) -> list[_M]:
        family, generic = grouper.family, grouper.generic
        out = []
        for i, q, d in zip(positions.tolist(), self.qty[positions].tolist(), self.day[positions].tolist()):
            sys_, st = self.system[i], self.status[i]
            out.append(_M(i, self.doc[i], self.donor[i], self.recipient[i], self.category[i], sys_,
                          family.get(sys_, sys_), sys_ in generic, None if q != q else q, st, STAGE.get(st, 0),
                          d if d >= 0 else None, bool(self.part[i])))
        return out


def _partitions(cols: _Columns, merges: list[tuple[int, int]]) -> list[np.ndarray]:
    """Positions of the records that can share an event, part by part: events never join two
    donors, recipients or categories (unless an analyst merged them), so each part is grouped
    alone and a million mentions never need to be held as objects at once."""
    codes = [pd.factorize(a)[0].astype(np.int64) for a in (cols.donor, cols.recipient, cols.category)]
    key = (codes[0] * (codes[1].max() + 1) + codes[1]) * (codes[2].max() + 1) + codes[2]
    key = pd.factorize(key)[0]
    if merges:
        root = np.arange(key.max() + 1)

        def find(x: int) -> int:
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x
        for a, b in merges:
            root[find(key[a])] = find(key[b])
        key = np.array([find(x) for x in range(len(root))])[key]
    order = np.argsort(key, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(key[order])) + 1)


def _group_part(mentions: list[_M], grouper: Grouper, merges: list[tuple[int, int]], splits: set[int]) -> list[_Event]:
    """Events of one part; ``merges`` and ``splits`` are the analyst's, as record positions."""
    if splits:
        events = grouper.group([m for m in mentions if m.i not in splits])
        singles = [_Event(m) for m in mentions if m.i in splits]
    else:
        events, singles = grouper.group(mentions), []
    for e in singles:
        e.split = True
    events += singles
    if merges:
        by_record = {m.i: e for e in events for m in e.mentions()}
        for a, b in merges:
            ea, eb = by_record.get(a), by_record.get(b)
            if ea is not None and eb is not None and ea is not eb:
                for m in eb.mentions():
                    ea.add(m)
                    by_record[m.i] = ea
                ea.rows.sort(key=lambda m: (m.day if m.day is not None else -1, m.doc))
                ea.first, ea.last = ea.rows[0], ea.rows[-1]
                events.remove(eb)
    return events


def _history(e: _Event) -> tuple[str, str, list[int]]:
    """Status history, documents and record positions of an event with several mentions."""
    hist: list[str] = []
    seen: set[str] = set()
    for m in sorted(e.rows, key=lambda m: (m.day if m.day is not None else -1)):
        if m.status not in seen:
            seen.add(m.status)
            day = date.fromordinal(m.day).isoformat() if m.day is not None else ""
            hist.append(f"{m.status} {day}".strip())
    return (" → ".join(hist), ", ".join(dict.fromkeys(m.doc for m in e.rows)), [m.i for m in e.rows])


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# the record columns events are made from (a light frame need not carry the others)
NEEDED = ["id", "doc", "donor", "recipient", "system", "category", "unit", "quantity", "quantity_kind", "status",
          "date", "rule", "evidence", "value", "currency", "value_usd", "value_eur", "value_estimate_usd"]


def events_frame(records: pd.DataFrame, ref: Reference | None = None,
                 merges: list[tuple[str, str]] = (), splits: set[str] = frozenset()) -> tuple[pd.DataFrame, pd.Series]:
    """Events of a records frame, and each record's event id (indexed like ``records``).

    ``merges`` are (record id, record id) pairs an analyst declared one event; ``splits`` are
    record ids declared an event of their own.

    >>> recs = pd.DataFrame({"id": ["a", "b"], "doc": ["d1", "d2"], "donor": "Norway", "recipient": "Ukraine",
    ...                      "system": "NASAMS", "category": "air defense", "quantity": 2.0, "quantity_kind": "exact",
    ...                      "status": "pledged",
    ...                      "date": ["2025-01-02", "2025-01-09"], "rule": ""})
    >>> ev, membership = events_frame(recs)
    >>> len(ev), int(ev["sources"].iloc[0]), membership.nunique()
    (1, 2, 1)
    """
    records = _Rows(records, np.flatnonzero((records["category"] != "package").to_numpy()))  # packages are not events
    if not len(records):
        return pd.DataFrame(columns=EVENT_COLUMNS), pd.Series(dtype="object")
    grouper = Grouper(ref)
    cols = _Columns(records)
    n = len(records)
    labels = np.empty(n, dtype=np.int64)
    # per event (there are at most as many events as mentions): arrays, not lists of Python ints
    origin_a, firsts_a, sources_a = (np.empty(n, dtype=np.int64) for _ in range(3))
    split_a = np.zeros(n, dtype=bool)
    extras: dict[int, tuple[str, str, str]] = {}
    where = cols.positions_of({x for pair in merges for x in pair} | set(splits))
    merges = [(where[a], where[b]) for a, b in merges if a in where and b in where]
    splits = {where[x] for x in splits if x in where}
    k = 0
    for positions in _partitions(cols, merges):
        for e in _group_part(cols.mentions(positions, grouper), grouper, merges, splits):
            origin_a[k], firsts_a[k], sources_a[k], split_a[k] = e.origin, e.first.i, e.sources(), e.split
            if e.rows is None:
                labels[e.first.i] = k
            else:
                labels[[m.i for m in e.rows]] = k
                extras[k] = _history(e)
            k += 1
    origin_a, firsts_a, sources_a, split_a = origin_a[:k], firsts_a[:k], sources_a[:k], split_a[:k]
    # number events as one pass over all mentions in date order would have created them
    doc_rank = pd.factorize(cols.doc, sort=True)[0][origin_a]
    # events an analyst split off come last, in record order
    order = np.lexsort((origin_a, np.where(split_a, 0, doc_rank), np.where(split_a, 0, cols.day[origin_a]), split_a))
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    labels = rank[labels]
    firsts_a, sources_a = firsts_a[order], sources_a[order]
    extras = {int(rank[k]): v for k, v in extras.items()}
    first_ids = cols.id_of(firsts_a)
    # the record ids of the events with several mentions, read a batch of events at a time
    items = list(extras.items())
    for lo in range(0, len(items), 10_000):
        batch = items[lo:lo + 10_000]
        ids = cols.id_of(np.fromiter((i for _, (_, _, p) in batch for i in p), dtype=np.int64)).tolist()
        at = 0
        for k, (h, d, p) in batch:
            extras[k] = (h, d, ", ".join(ids[at:at + len(p)]))
            at += len(p)
    del items
    del cols, origin_a, split_a, doc_rank, order, rank
    eids = np.array([event_id(i) for i in first_ids], dtype=object)
    membership = pd.Series(eids[labels], index=records.index)
    return _summaries(records, labels, eids, firsts_a, sources_a, first_ids, extras), membership


def _status_on_day(status: np.ndarray, day: pd.Series) -> np.ndarray:
    """"delivered 2025-07-03" per event; each distinct text made once and shared, as half a
    million events have only a few thousand (status, day) pairs."""
    s_codes, s_uniq = pd.factorize(status)
    d_codes, d_uniq = pd.factorize(day)
    width = len(d_uniq) + 1
    pairs, combos = pd.factorize(s_codes.astype(np.int64) * width + d_codes + 1)
    days = [""] + [d.strftime("%Y-%m-%d") for d in d_uniq]
    texts = np.array([f"{s_uniq[c // width]} {days[c % width]}".strip() for c in combos], dtype=object)
    return texts[pairs]


def _summaries(records: _Rows, labels: np.ndarray, eids: np.ndarray, firsts: np.ndarray, sources: np.ndarray,
               first_ids: np.ndarray, extras: dict[int, tuple[str, str, str]]) -> pd.DataFrame:
    """One row per event, computed with grouped (vectorised) operations over the columns needed;
    only events with several mentions need the per-event history strings."""
    status = pd.Series(_text(records["status"]))
    df = pd.DataFrame({
        "_event": labels, "_stage": status.map(STAGE).fillna(0).to_numpy(),
        "_syslen": pd.Series(_text(records["system"])).str.len().to_numpy(),
        "_date": pd.to_datetime(records["date"], errors="coerce").to_numpy(),
        "quantity": records.numbers("quantity"),
        "status_delivered": (status == "delivered").to_numpy()})
    del status
    for col in ("value", "value_usd", "value_eur", "value_estimate_usd"):
        df[col] = records.numbers(col) if col in records else np.nan
    g = df.groupby("_event", sort=True)
    rows = records
    out = pd.DataFrame(index=pd.RangeIndex(len(firsts)))
    for col in ("donor", "recipient", "category"):
        out[col] = rows.text_at(col, firsts)
    out["evidence"] = rows.text_at("evidence", firsts) if "evidence" in rows else ""
    out["unit"] = rows.text_at("unit", firsts) if "unit" in rows else ""
    out["system"] = rows.text_at("system", g["_syslen"].idxmax().to_numpy())
    counted = df["quantity"].notna()
    pledge_idx = df[counted].groupby("_event")["quantity"].idxmax()
    out["quantity"] = pd.Series(df["quantity"].to_numpy()[pledge_idx.to_numpy()], index=pledge_idx.index)
    out["quantity_kind"] = pd.Series(rows.text_at("quantity_kind", pledge_idx.to_numpy()),
                                     index=pledge_idx.index).reindex(out.index).fillna("unknown")
    out["status"] = rows.text_at("status", g["_stage"].idxmax().to_numpy())
    out["delivered_quantity"] = df[df["status_delivered"]].groupby("_event")["quantity"].max()
    out["first_seen"] = g["_date"].min()
    out["last_seen"] = g["_date"].max()
    out["mentions"] = g.size()
    out["sources"] = sources
    for col in ("value", "value_usd", "value_eur"):
        out[col] = g[col].first()
    has_value = df["value"].notna()
    first_valued = df[has_value].groupby("_event").head(1)
    currencies = (rows.text_at("currency", first_valued.index.to_numpy()) if "currency" in rows
                  else np.full(len(first_valued), "", dtype=object))
    out["currency"] = pd.Series(currencies, index=first_valued["_event"].to_numpy()).reindex(out.index).fillna("")
    out["value_estimate_usd"] = g["value_estimate_usd"].max()
    history = _status_on_day(out["status"].to_numpy(dtype=object), out["first_seen"])
    docs, ids = rows.text_at("doc", firsts), first_ids.copy()
    # events with several mentions list them all; one write per column, not per cell
    for k, (h, d, i) in extras.items():
        history[k], docs[k], ids[k] = h, d, i
    for col, values in (("status_history", history), ("docs", docs), ("record_ids", ids)):
        out[col] = pd.Series(values, index=out.index, dtype=object)
    out["event_id"] = eids
    out = out[EVENT_COLUMNS]
    for col in ("donor", "recipient", "category", "status"):
        out[col] = out[col].astype("category")
    return out.sort_values(["first_seen", "donor", "system"], kind="stable").reset_index(drop=True)
