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
    df = pd.DataFrame(rows)
    for col in RECORD_COLUMNS:
        if col not in df.columns:
            df[col] = pd.NA
    extra = [c for c in df.columns if c not in RECORD_COLUMNS]
    df = df[[*(["id"] if "id" in extra else []), *RECORD_COLUMNS]].copy()
    for col in ("quantity", "value"):
        df[col] = pd.to_numeric(df[col].replace("", pd.NA), errors="coerce").astype("float64")
    for col in ("start", "end"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    df["date"] = pd.to_datetime(df["date"].replace("", pd.NA), errors="coerce")
    for col in CATEGORICAL:
        values = df[col].fillna("").astype(str)
        order = {"status": STATUSES, "quantity_kind": QUANTITY_KINDS}.get(col)
        cats = list(order) + sorted(set(values) - set(order) - {""}) if order else sorted(set(values) - {""})
        df[col] = pd.Categorical(values.replace("", pd.NA), categories=cats)
    return df


def records(db: str | Path | None = None) -> pd.DataFrame:
    """All stored records as a tidy DataFrame (one row per record).

    Categorical dtypes for donor, recipient, category, status and quantity_kind; ``date`` is a
    datetime; ``quantity`` and ``value`` are floats (NaN when the text gives no number).
    """
    con = connect(db)
    try:
        cols, rows = fetch_records(con)
    finally:
        con.close()
    return records_frame([dict(zip(cols, r)) for r in rows])


def documents(db: str | Path | None = None) -> pd.DataFrame:
    """Stored documents with source, date and record count."""
    con = connect(db)
    try:
        cols, rows = fetch_documents(con)
    finally:
        con.close()
    return pd.DataFrame(rows, columns=cols)


def summarize(df: pd.DataFrame, by: list[str] | str = ("donor", "category"), measure: str = "quantity") -> pd.DataFrame:
    """Total ``measure`` and number of records per group, largest first.

    >>> df = records_frame([{"donor": "Norway", "category": "air_defense", "quantity": 8},
    ...                     {"donor": "Norway", "category": "air_defense", "quantity": 4},
    ...                     {"donor": "Denmark", "category": "tanks", "quantity": None}])
    >>> summarize(df, by=["donor"]).to_dict("records")
    [{'donor': 'Norway', 'quantity': 12.0, 'records': 2}, {'donor': 'Denmark', 'quantity': 0.0, 'records': 1}]
    """
    by = [by] if isinstance(by, str) else list(by)
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
