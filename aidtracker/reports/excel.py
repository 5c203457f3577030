"""The Excel workbook: Summary (with a native bar chart), By system, Records, Sources.

Written in openpyxl's write-only mode (streaming, so large stores fit in memory), to a
temporary file that replaces the target only when complete. Text that Excel would read as a
formula (leading ``=``, ``+``, ``-``, ``@``) is always written as text.
"""
from __future__ import annotations

import math
import os
import tempfile
from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..aggregate import by_donor, pivot
from ..errors import ReportError
from ..model import RECORD_COLUMNS

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
TOTAL_FONT = Font(bold=True)
CORRECTED_FILL = PatternFill("solid", fgColor="FFF2CC")
FORMULA_START = ("=", "+", "-", "@")
WIDTHS = {"doc": 28, "donor": 16, "recipient": 14, "system": 30, "category": 20, "quantity": 11,
          "quantity_kind": 12, "status": 11, "date": 11, "value": 14, "currency": 9, "evidence": 50,
          "unit": 9, "path": 30, "start": 8, "end": 8, "sentence": 80, "rule": 40, "id": 17,
          "source": 40, "records": 9, "sha256": 18, "chars": 9, "ingested_at": 20}


def _cell(ws, value, number_format: str | None = None, font: Font | None = None):
    if isinstance(value, float) and math.isnan(value):
        value = None
    if value is pd.NaT or value is pd.NA:
        value = None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime().date()
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"          # never a formula: the text is evidence, not an instruction
    if number_format:
        cell.number_format = number_format
    if font:
        cell.font = font
    return cell


def _header(ws, columns: list[str]) -> list:
    out = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        out.append(cell)
    return out


def _prepare(ws, columns: list[str], rows: int) -> None:
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(c, max(10, min(24, len(c) + 4)))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(rows + 1, 1)}"


NUMERIC = {"quantity", "value", "records", "chars", "packages", "events", "mentions", "sources",
           "delivered_quantity", "stated_usd", "value_usd", "value_eur",
           "value_estimate_usd", "calibre_mm", "fx_rate"}


FAST_ROWS = 5_000   # above this, cells are written as plain values (no per-cell number formats)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Python values openpyxl writes directly: None for missing, dates for timestamps."""
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].dt.date
    out = out.astype(object)
    return out.where(out.notna(), None)


def _rows(ws, df: pd.DataFrame, fmts: list[str | None], highlight=None):
    """Rows of ``df`` ready for ``ws.append``; formula-like text is forced to text."""
    if len(df) <= FAST_ROWS:
        for row in df.itertuples(index=False, name=None):
            yield [_cell(ws, v, f) for v, f in zip(row, fmts)]
        return
    for row in _plain(df).itertuples(index=False, name=None):
        out = list(row)
        for k, v in enumerate(out):
            if isinstance(v, str) and v[:1] in FORMULA_START:
                cell = WriteOnlyCell(ws, value=v)
                cell.data_type = "s"
                out[k] = cell
        yield out


def _table_sheet(wb: Workbook, title: str, df: pd.DataFrame, money: list[str] = (),
                 spill: Path | None = None, max_rows: int | None = None) -> None:
    """A sheet with a styled, frozen, filtered header. Past ``max_rows`` rows the sheet holds
    the first ``max_rows`` and the whole table is written to ``spill`` (the sheet says so)."""
    ws = wb.create_sheet(title)
    columns = [str(c) for c in df.columns]
    total = len(df)
    if max_rows is not None and total > max_rows:
        df = df.head(max_rows)
    _prepare(ws, columns, len(df))
    ws.append(_header(ws, columns))
    fmts = ["#,##0" if c in money else "#,##0.######" if c == "fx_rate" else "#,##0.##" if c in NUMERIC else
            ("yyyy-mm-dd" if c == "date" else None) for c in columns]
    for row in _rows(ws, df, fmts):
        ws.append(row)
    if spill is not None and total > len(df):
        ws.append([])
        ws.append([_cell(ws, f"This sheet shows the first {len(df):,} of {total:,} rows; all rows are in "
                             f"{spill.name} next to this workbook.", font=Font(italic=True, bold=True))])


VALUE_HEADERS = {"stated_usd": "value USD (stated)", "stated_eur": "value EUR (stated)",
                 "estimated_usd": "value USD (estimated)"}


def _summary_sheet(wb: Workbook, df: pd.DataFrame, events: pd.DataFrame) -> None:
    ws = wb.create_sheet("Summary")
    quantities = pivot(events.assign(doc=events["event_id"]), "donor", "category", "quantity")
    counts = pivot(events.assign(doc=events["event_id"]), "donor", "category", how="count")
    values = by_donor(df).set_index("donor")[list(VALUE_HEADERS)]
    columns = ["donor", *quantities.columns, *VALUE_HEADERS.values()]
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = 16 if i == 1 else max(11, len(c) + 2)
    ws.freeze_panes = "B2"
    ws.append(_header(ws, columns))
    for donor, row in quantities.iterrows():
        font = TOTAL_FONT if donor == "Total" else None
        money = values.sum() if donor == "Total" else (values.loc[donor] if donor in values.index else None)
        cells = [_cell(ws, float(money[k]) if money is not None else None, "#,##0", font) for k in VALUE_HEADERS]
        ws.append([_cell(ws, donor, font=font), *[_cell(ws, float(v), "#,##0", font) for v in row], *cells])
    ws.append([])
    note = ("Quantities are summed over events (a fact repeated by several sources counts once) as stated "
            "(events without a number count as 0); units differ between categories (rounds, vehicles, systems). "
            "Stated values count each package once (item values inside a valued package are not added again); "
            "estimates come from data/prices.csv for records without a stated value. Events by donor and "
            "category below.")
    ws.append([_cell(ws, note, font=Font(italic=True))])
    ws.append([])
    count_top = quantities.shape[0] + 5
    ws.append(_header(ws, ["events", *counts.columns]))
    for donor, row in counts.iterrows():
        font = TOTAL_FONT if donor == "Total" else None
        ws.append([_cell(ws, donor, font=font), *[_cell(ws, int(v), "#,##0", font) for v in row]])
    donors = [d for d in counts.index if d != "Total"]
    cats = [c for c in counts.columns if c != "Total"]
    if donors and cats:
        chart = BarChart()
        chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
        chart.title = "Events by donor and category"
        chart.y_axis.title, chart.x_axis.title = "events", None
        data = Reference(ws, min_col=2, max_col=1 + len(cats), min_row=count_top, max_row=count_top + len(donors))
        labels = Reference(ws, min_col=1, min_row=count_top + 1, max_row=count_top + len(donors))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(labels)
        chart.height, chart.width = max(7.5, 0.6 * len(donors) + 3), 22
        ws.add_chart(chart, f"{get_column_letter(len(columns) + 2)}2")


def _by_donor_sheet(wb: Workbook, df: pd.DataFrame) -> None:
    table = by_donor(df).rename(columns=VALUE_HEADERS)
    _table_sheet(wb, "By donor", table, money=list(VALUE_HEADERS.values()))
    ws = wb["By donor"]
    if len(table):
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Stated value by donor (USD)"
        col = list(table.columns).index(VALUE_HEADERS["stated_usd"]) + 1
        chart.add_data(Reference(ws, min_col=col, min_row=1, max_row=len(table) + 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(table) + 1))
        chart.height, chart.width = max(7.5, 0.6 * len(table) + 3), 20
        ws.add_chart(chart, f"{get_column_letter(len(table.columns) + 2)}2")


def _timeline_sheet(wb: Workbook, events: pd.DataFrame) -> None:
    ws = wb.create_sheet("Timeline")
    if events.empty or events["first_seen"].isna().all():
        ws.append([_cell(ws, "No dated events.")])
        return
    months = events.dropna(subset=["first_seen"]).assign(
        month=lambda e: e["first_seen"].dt.to_period("M").astype(str))
    table = months.pivot_table(index="month", columns="category", values="event_id", aggfunc="count",
                               observed=True, fill_value=0)
    table = table.loc[:, (table != 0).any(axis=0)]
    table.columns = [str(c) for c in table.columns]
    columns = ["month", *table.columns]
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, len(c) + 2)
    ws.freeze_panes = "B2"
    ws.append(_header(ws, columns))
    for month, row in table.iterrows():
        ws.append([_cell(ws, month), *[_cell(ws, int(v), "#,##0") for v in row]])
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    chart.title = "Events by month and category"
    chart.y_axis.title = "events"
    chart.add_data(Reference(ws, min_col=2, max_col=len(columns), min_row=1, max_row=len(table) + 1),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(table) + 1))
    chart.height, chart.width = 10, max(18, 1.2 * len(table) + 8)
    ws.add_chart(chart, f"{get_column_letter(len(columns) + 2)}2")


def _records_sheet(wb: Workbook, chunks, spill: "_Spill | None", max_rows: int) -> int:
    """Records from ``chunks`` (frames), up to ``max_rows``; corrected fields highlighted. The
    same pass writes every record to ``spill`` when one is given, so the store is read once.
    Returns how many records there were in all."""
    ws = wb.create_sheet("Records")
    cols: list[str] | None = None
    written = total = 0
    fmts: list = []
    for df in chunks:
        if spill is not None:
            spill.write(df)
        if cols is None:
            cols = [c for c in ["id", *RECORD_COLUMNS, "corrected"] if c in df.columns]
            _prepare(ws, cols, max_rows)
            ws.append(_header(ws, cols))
            fmts = ["#,##0.######" if c == "fx_rate" else "#,##0.##" if c in NUMERIC else
                    ("yyyy-mm-dd" if c == "date" else None) for c in cols]
        total += len(df)
        room = max_rows - written
        if room <= 0:
            continue
        part = df[cols].head(room)
        fixed_col = cols.index("corrected") if "corrected" in cols else None
        for row in _rows(ws, part, fmts):
            fixed = row[fixed_col] if fixed_col is not None else None
            fixed = getattr(fixed, "value", fixed)
            if fixed:
                for name in str(fixed).split(","):
                    if name in cols:
                        k = cols.index(name)
                        cell = row[k] if isinstance(row[k], Cell) else WriteOnlyCell(ws, value=row[k])
                        cell.fill = CORRECTED_FILL
                        row[k] = cell
            ws.append(row)
        written += len(part)
    if cols is None:
        ws.append(_header(ws, ["id", *RECORD_COLUMNS]))
    if total > written:
        name = spill.path.name if spill is not None else "the store"
        ws.append([])
        ws.append([_cell(ws, f"This sheet shows the first {written:,} of {total:,} records; all records are in "
                             f"{name} next to this workbook.", font=Font(italic=True, bold=True))])
    return total


class _Spill:
    """A whole table beside the workbook, written chunk by chunk: Parquet when pyarrow is
    installed, else gzipped CSV. ``base`` is the name without its suffix."""

    def __init__(self, base: Path):
        try:
            import pyarrow.parquet  # noqa: F401
            self.parquet = True
        except ImportError:
            self.parquet = False
        self.path = base.with_name(base.name + (".parquet" if self.parquet else ".csv.gz"))
        self._writer = None
        self._schema = None
        self._rows = 0

    def write(self, df: pd.DataFrame) -> None:
        if not self.parquet:
            df.to_csv(self.path, index=False, mode="w" if self._rows == 0 else "a", header=self._rows == 0)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq
            table = pa.Table.from_pandas(_plain_for_files(df), preserve_index=False)
            if self._writer is None:
                self._schema = table.schema
                self._writer = pq.ParquetWriter(self.path, self._schema)
            self._writer.write_table(table.cast(self._schema))
        self._rows += len(df)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def _spill(df: pd.DataFrame, base: Path) -> Path:
    """All of ``df`` beside the workbook; returns the file written."""
    spill = _Spill(base)
    try:
        spill.write(df)
    finally:
        spill.close()
    return spill.path


def _plain_for_files(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        if isinstance(out[c].dtype, pd.CategoricalDtype):
            out[c] = out[c].astype(object).where(out[c].notna(), None).astype("string")
        elif out[c].dtype == object:
            out[c] = out[c].astype("string")
    return out


MAX_SHEET_ROWS = 50_000


def write_report(df: pd.DataFrame, docs: pd.DataFrame, out: Path, events: pd.DataFrame | None = None,
                 max_rows: int = MAX_SHEET_ROWS, record_chunks=None) -> Path:
    """Write the workbook for records ``df``, documents ``docs`` and ``events`` to ``out`` atomically.

    Sheets of more than ``max_rows`` rows (Records, Events, By system) hold the first ``max_rows``;
    the whole table is written beside the workbook (``<name>.records.parquet``,
    ``<name>.events.parquet``, ``<name>.by-system.parquet``, or ``.csv.gz`` without pyarrow) and
    the sheet says so. Excel itself stops at 1,048,576 rows.
    ``record_chunks`` (a function returning an iterator of record frames) streams the Records
    sheet from the store instead of ``df``.
    """
    max_rows = min(max_rows, 1_048_575)
    from ..event_groups import events_frame
    if events is None:
        events, _ = events_frame(df)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    _summary_sheet(wb, df, events)
    _by_donor_sheet(wb, df)
    by_system = (events.groupby(["donor", "system", "category", "status"], observed=True, dropna=False)
                 .agg(quantity=("quantity", "sum"), events=("event_id", "size"), mentions=("mentions", "sum"))
                 .reset_index().sort_values(["donor", "category", "system"], kind="stable"))
    spill_system = _spill(by_system, out.with_name(out.stem + ".by-system")) if len(by_system) > max_rows else None
    _table_sheet(wb, "By system", by_system, spill=spill_system, max_rows=max_rows)
    ev = events.drop(columns=["record_ids"]).assign(first_seen=events["first_seen"].dt.date,
                                                     last_seen=events["last_seen"].dt.date)
    spill_events = _spill(ev, out.with_name(out.stem + ".events")) if len(ev) > max_rows else None
    _table_sheet(wb, "Events", ev, money=["value_usd", "value_eur", "value_estimate_usd"], spill=spill_events,
                 max_rows=max_rows)
    _timeline_sheet(wb, events)
    chunks = record_chunks or (lambda: [df])
    spill_records = _Spill(out.with_name(out.stem + ".records")) if len(df) > max_rows else None
    try:
        _records_sheet(wb, chunks(), spill_records, max_rows)
    finally:
        if spill_records is not None:
            spill_records.close()
    _table_sheet(wb, "Sources", docs)
    fd, tmp = tempfile.mkstemp(prefix=".aid-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)     # mkstemp makes the file private; a report is for sharing
        os.replace(tmp, out)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write report ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    written = {p for p in (spill_system, spill_events, spill_records and spill_records.path) if p}
    for stale in set(side_files(out)) - written:
        # a table an earlier, larger report spilled would otherwise sit beside this workbook
        # and pass for its data
        stale.unlink(missing_ok=True)
    return out


def side_files(out: Path) -> list[Path]:
    """The whole-table files that may sit beside workbook ``out`` and exist now.

    >>> side_files(Path("/nonexistent/aid-summary.xlsx"))
    []
    """
    out = Path(out)
    names = [f"{out.stem}.{table}{suffix}" for table in ("records", "events", "by-system")
             for suffix in (".parquet", ".csv.gz")]
    return [p for p in (out.with_name(n) for n in names) if p.exists()]
