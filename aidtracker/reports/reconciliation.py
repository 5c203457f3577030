"""The reconciliation workbook (layout only): Reconciliation, By system, Values, Our events,
Scope, Unresolved names."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from .excel import FORMULA_START, HEADER_FILL, HEADER_FONT

RED = PatternFill("solid", fgColor="F8CBAD")
GREEN = PatternFill("solid", fgColor="C6E0B4")


def _sheet(wb, title: str, df, widths: dict[str, int] | None = None):
    ws = wb.create_sheet(title)
    cols = list(df.columns)
    ws.append(cols)
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in df.itertuples(index=False, name=None):
        ws.append([None if (isinstance(v, float) and v != v) else v for v in row])
    for i, c in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = (widths or {}).get(c, max(10, min(40, len(c) + 4)))
        for cell in ws.iter_cols(min_col=i, max_col=i, min_row=2):
            for x in cell:
                if isinstance(x.value, str) and x.value.startswith(FORMULA_START):
                    x.data_type = "s"
                if isinstance(x.value, float):
                    x.number_format = "#,##0"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(2, len(df) + 1)}"
    return ws


def _flag_differences(ws, df, column: str) -> None:
    col = get_column_letter(list(df.columns).index(column) + 1)
    rng = f"{col}2:{col}{len(df) + 1}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="lessThan", formula=["0"], fill=RED))
    ws.conditional_formatting.add(rng, CellIsRule(operator="greaterThan", formula=["0"], fill=GREEN))


def write_reconciliation(rec, out: Path) -> Path:
    """Write the reconciliation workbook atomically."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    wb.remove(wb.active)
    cat_cols = ["donor", "kiel_category", "ours", "theirs", "difference", "our_events", "events_without_number",
                "ours_value_eur", "theirs_value_eur", "our_event_ids", "our_sources"]
    by_cat = rec.by_category[cat_cols]
    ws = _sheet(wb, "Reconciliation", by_cat, {"our_event_ids": 40, "our_sources": 60, "donor": 18})
    _flag_differences(ws, by_cat, "difference")
    # each of our numbers links to the first of its events in "Our events"
    events = rec.events.reset_index(drop=True)
    first_row = {}
    for i, (d, k) in enumerate(zip(events["donor"].astype(str), events["kiel_category"])):
        first_row.setdefault((d, k), i + 2)
    ours_col = cat_cols.index("ours") + 1
    for r, (d, k) in enumerate(zip(by_cat["donor"], by_cat["kiel_category"]), start=2):
        if (d, k) in first_row:
            cell = ws.cell(row=r, column=ours_col)
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'Our events'!A{first_row[(d, k)]}",
                                       tooltip="events and sources behind this number")
            cell.font = Font(color="0563C1", underline="single")
    totals = by_cat.groupby("donor", as_index=False)[["ours", "theirs"]].sum()
    start = len(by_cat) + 4
    ws.cell(row=start - 1, column=1, value="Heavy weapons per donor (all Kiel categories)").font = Font(bold=True)
    for j, name in enumerate(["donor", "ours", "theirs"], start=1):
        ws.cell(row=start, column=j, value=name).font = Font(bold=True)
    for i, row in enumerate(totals.itertuples(index=False), start=start + 1):
        for j, v in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=v)
    if len(totals):
        chart = BarChart()
        chart.type, chart.title = "bar", "Ours vs Kiel, heavy weapons by donor"
        chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=start, max_row=start + len(totals)),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=start + 1, max_row=start + len(totals)))
        chart.height, chart.width = max(8, 0.5 * len(totals) + 3), 20
        ws.add_chart(chart, f"{get_column_letter(len(cat_cols) + 2)}2")
    sys_cols = ["donor", "kiel_category", "family", "ours", "theirs", "difference", "kiel_names", "our_events",
                "our_event_ids", "our_sources"]
    ws2 = _sheet(wb, "By system", rec.by_system[sys_cols], {"kiel_names": 40, "our_sources": 60})
    _flag_differences(ws2, rec.by_system[sys_cols], "difference")
    ws3 = _sheet(wb, "Values", rec.values[["donor", "ours_stated_eur", "kiel_military_eur", "difference_eur"]])
    _flag_differences(ws3, rec.values, "difference_eur")
    ev_cols = ["event_id", "donor", "kiel_category", "system", "quantity", "status", "first_seen", "sources", "docs",
               "evidence"]
    ev = events[ev_cols].assign(first_seen=events["first_seen"].dt.date)
    _sheet(wb, "Our events", ev, {"docs": 50, "evidence": 60, "system": 28})
    scope = wb.create_sheet("Scope")
    info = rec.release.info
    scope.append(["Compared", f"{info.get('label', 'Kiel release')} (published {info.get('date', '?')}) "
                              f"with events of statuses: {', '.join(rec.statuses)}"])
    from ..reconciliation import SCOPE
    for who, text in SCOPE:
        scope.append([who, text])
    scope.column_dimensions["A"].width, scope.column_dimensions["B"].width = 24, 120
    for row in scope.iter_rows():
        row[0].font = Font(bold=True)
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    un = wb.create_sheet("Unresolved names")
    un.append(["Kiel name that no catalog system matched (add an alias to data/system_aliases.csv)"])
    for line in rec.release.unresolved or ["(none)"]:
        un.append([line])
    fd, tmp = tempfile.mkstemp(prefix=".aid-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return out
