"""pandas views of the store: tidy one-row-per-record frames and their summaries."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .model import QUANTITY_KINDS, RECORD_COLUMNS, STATUSES
from .store import connect, fetch_documents, fetch_records

CATEGORICAL = ("donor", "recipient", "category", "status", "quantity_kind")


def records_frame(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """A tidy records frame from row dicts: contract columns, proper dtypes, categoricals.

    >>> df = records_frame([{"doc": "d", "donor": "Norway", "quantity": "8", "status": "pledged"}])
    >>> str(df["donor"].dtype), float(df["quantity"].iloc[0])
    ('category', 8.0)
    """
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    for col in RECORD_COLUMNS:
        if col not in df.columns:
            df[col] = pd.NA
    extra = [c for c in df.columns if c not in RECORD_COLUMNS]
    df = df[[*(["id"] if "id" in extra else []), *RECORD_COLUMNS]].copy()
    for col in ("quantity", "value", "stated_usd", "value_usd", "value_eur", "fx_rate", "value_estimate_usd",
                "calibre_mm"):
        df[col] = pd.to_numeric(df[col].replace("", pd.NA), errors="coerce").astype("float64")
    for col in ("start", "end"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    df["date"] = pd.to_datetime(df["date"].replace("", pd.NA), errors="coerce")
    for col in CATEGORICAL:
        values = df[col].fillna("").astype(str)
        order = {"status": STATUSES, "quantity_kind": QUANTITY_KINDS}.get(col)
        seen = set(values.unique())        # unique() first: iterating a million strings is slow
        cats = list(order) + sorted(seen - set(order) - {""}) if order else sorted(seen - {""})
        df[col] = pd.Categorical(values.replace("", pd.NA), categories=cats)
    return df


def _load(db, corrected: bool):
    from . import corrections
    con = connect(db)
    try:
        cols = ["id", *RECORD_COLUMNS]
        frame = records_frame(pd.read_sql_query(
            f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM records ORDER BY doc, seq", con))
        corr = corrections.load(con) if corrected else pd.DataFrame()
    finally:
        con.close()
    return corrections.apply(frame, corr, copy=False)


# start and end let corrections find a record again after re-extraction changed its id
LIGHT = ["id", "doc", "donor", "recipient", "system", "category", "quantity", "quantity_kind", "status", "date",
         "value", "currency", "value_usd", "value_eur", "value_estimate_usd", "evidence", "rule", "unit", "start", "end"]
TEXT_COLUMNS = ("evidence", "rule")


def record_chunks(db: str | Path | None = None, columns: list[str] | None = None, chunksize: int = 100_000,
                  corrected: bool = True):
    """Stored records in chunks of ``chunksize`` rows, corrections applied: large stores are read
    without holding every record (and every sentence) in memory at once."""
    from . import corrections
    cols = columns or ["id", *RECORD_COLUMNS]
    con = connect(db)
    try:
        corr = corrections.load(con) if corrected else pd.DataFrame()
        query = f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM records ORDER BY doc, seq"
        for chunk in pd.read_sql_query(query, con, chunksize=chunksize):
            frame = records_frame(chunk)[[c for c in ["id", *RECORD_COLUMNS] if c in cols or c == "id"]]
            frame, _, _ = corrections.apply(frame, corr, copy=False)
            yield frame
    finally:
        con.close()


def light_records(db: str | Path | None = None) -> tuple[pd.DataFrame, list, set]:
    """The columns summaries and events need, with repeated text held as categoricals, plus
    the merge and split corrections: one million records fit in a few hundred megabytes."""
    from . import corrections
    con = connect(db)
    try:
        corr = corrections.load(con)
        parts = []
        query = f"SELECT {', '.join(chr(34) + c + chr(34) for c in LIGHT)} FROM records ORDER BY doc, seq"
        for chunk in pd.read_sql_query(query, con, chunksize=50_000):
            # only whether a record is a stated part or whole matters for events, not the rule text
            chunk["rule"] = chunk["rule"].str.contains(r"\+part|\+whole", regex=True).map({True: "+part", False: ""})
            for c in ("doc", "system", "currency", "evidence", "unit"):
                chunk[c] = chunk[c].astype("category")
            parts.append(records_frame(chunk)[LIGHT])
    finally:
        con.close()
    if not parts:
        return records_frame([]), [], set()
    frame = _concat(parts)
    del parts
    frame, merges, splits = corrections.apply(frame, corr, copy=False)
    return frame, merges, splits


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate frames whose categorical columns have different categories, keeping them
    categorical (plain concat would turn them back into object columns)."""
    from pandas.api.types import union_categoricals
    out = {}
    for col in parts[0].columns:
        series = [p[col] for p in parts]
        if all(isinstance(s.dtype, pd.CategoricalDtype) for s in series):
            out[col] = pd.Series(union_categoricals(series, ignore_order=True), name=col)
        else:
            out[col] = pd.concat(series, ignore_index=True)
    return pd.DataFrame(out)


def records(db: str | Path | None = None, corrected: bool = True) -> pd.DataFrame:
    """All stored records as a tidy DataFrame (one row per record).

    Categorical dtypes for donor, recipient, category, status and quantity_kind; ``date`` is a
    datetime; ``quantity`` and ``value`` are floats (NaN when the text gives no number). Analyst
    corrections are applied (rejected records dropped; ``corrected`` lists edited fields) unless
    ``corrected=False``.
    """
    frame, _, _ = _load(db, corrected)
    return frame


def events(db: str | Path | None = None, corrected: bool = True) -> pd.DataFrame:
    """One row per event (a fact repeated in several mentions counted once), with its status
    history, ``sources`` (documents), ``mentions``, ``first_seen``/``last_seen`` and the record ids.
    """
    from .event_groups import events_frame
    frame, merges, splits = _load(db, corrected)
    out, _ = events_frame(frame, merges=merges, splits=splits)
    return out


def documents(db: str | Path | None = None) -> pd.DataFrame:
    """Stored documents with source, date and record count."""
    con = connect(db)
    try:
        cols, rows = fetch_documents(con)
    finally:
        con.close()
    return pd.DataFrame(rows, columns=cols)


VALUE_COLUMNS = ("value_usd", "value_eur", "value_estimate_usd")


def in_valued_package(df: pd.DataFrame) -> pd.Series:
    """True for item records whose document gives the same donor's package a value: their own
    value is part of the package's and must not be added to it again."""
    is_pkg = df["category"].astype(str) == "package"
    keys = pd.MultiIndex.from_arrays([df["doc"].astype(str), df["donor"].astype(str)])
    pkg = pd.MultiIndex.from_arrays([df.loc[is_pkg, "doc"].astype(str), df.loc[is_pkg, "donor"].astype(str)])
    return pd.Series(keys.isin(pkg), index=df.index) & ~is_pkg


def counted(df: pd.DataFrame, column: str) -> pd.Series:
    """``column`` as it counts in totals: package values, plus item values (and estimates) of items
    not already inside a valued package of the same document and donor.

    >>> df = records_frame([{"doc": "d", "donor": "Norway", "category": "package", "value_usd": 100.0},
    ...                     {"doc": "d", "donor": "Norway", "category": "drones", "value_usd": 30.0},
    ...                     {"doc": "e", "donor": "Norway", "category": "drones", "value_usd": 5.0}])
    >>> float(counted(df, "value_usd").sum())
    105.0
    """
    return df[column].where(~in_valued_package(df))


def summarize(df: pd.DataFrame, by: list[str] | str = ("donor", "category"), measure: str = "quantity") -> pd.DataFrame:
    """Total ``measure`` and number of records per group, largest first.

    Value measures (``value_usd``, ``value_eur``, ``value_estimate_usd``) count each package
    once: item values inside a valued package are not added again.

    >>> df = records_frame([{"donor": "Norway", "category": "air_defense", "quantity": 8},
    ...                     {"donor": "Norway", "category": "air_defense", "quantity": 4},
    ...                     {"donor": "Denmark", "category": "tanks", "quantity": None}])
    >>> summarize(df, by=["donor"]).to_dict("records")
    [{'donor': 'Norway', 'quantity': 12.0, 'records': 2}, {'donor': 'Denmark', 'quantity': 0.0, 'records': 1}]
    """
    by = [by] if isinstance(by, str) else list(by)
    if measure in VALUE_COLUMNS:
        df = df.assign(**{measure: counted(df, measure)})
    grouped = df.groupby(by, observed=True, dropna=False)
    out = grouped.agg(**{measure: (measure, "sum"), "records": (measure, "size")}).reset_index()
    return out.sort_values([measure, "records"], ascending=False, kind="stable").reset_index(drop=True)


def pivot(df: pd.DataFrame, index: str = "donor", columns: str = "category", measure: str = "quantity",
          how: str = "sum") -> pd.DataFrame:
    """``index`` × ``columns`` table of ``measure`` with a Total row and column."""
    if df.empty:
        return pd.DataFrame({"Total": []})
    table = df.pivot_table(index=index, columns=columns, values=measure, aggfunc=how, observed=True,
                           fill_value=0, dropna=False) if how == "sum" else \
        df.pivot_table(index=index, columns=columns, values="doc", aggfunc="count", observed=True, fill_value=0)
    table = table.loc[:, (table != 0).any(axis=0)]
    table.columns = [str(c) for c in table.columns]
    table["Total"] = table.sum(axis=1)
    table = table.sort_values("Total", ascending=False)
    table.loc["Total"] = table.sum(axis=0)
    table.index = [str(i) for i in table.index]
    return table


def by_donor(df: pd.DataFrame) -> pd.DataFrame:
    """One row per donor: records, packages, stated values in USD and EUR, estimated USD."""
    if df.empty:
        return pd.DataFrame(columns=["donor", "records", "packages", "stated_usd", "stated_eur", "estimated_usd"])
    frame = df.assign(stated_usd=counted(df, "value_usd"), stated_eur=counted(df, "value_eur"),
                      estimated_usd=counted(df, "value_estimate_usd"),
                      package=(df["category"].astype(str) == "package").astype(int))
    out = frame.groupby("donor", observed=True).agg(
        records=("doc", "size"), packages=("package", "sum"), stated_usd=("stated_usd", "sum"),
        stated_eur=("stated_eur", "sum"), estimated_usd=("estimated_usd", "sum")).reset_index()
    out["donor"] = out["donor"].astype(str)
    return out.sort_values(["stated_usd", "records"], ascending=False, kind="stable").reset_index(drop=True)
