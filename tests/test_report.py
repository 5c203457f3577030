"""The Excel report read back with openpyxl and pandas."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from aidtracker.aggregate import by_donor, records, records_frame
from aidtracker.event_groups import events_frame
from aidtracker.api import ingest, report
from aidtracker.reports.excel import write_report

from conftest import SAMPLES


def events_of(df):
    return events_frame(df)[0]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    db = tmp / "aid.sqlite"
    ingest([SAMPLES], db, manifest=SAMPLES / "manifest.csv")
    out = report(db, tmp / "out" / "aid-summary.xlsx")
    return out, records(db)


def test_sheets_and_layout(workbook):
    path, _ = workbook
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "By donor", "By system", "Events", "Timeline", "Records", "Sources"]
    for name in ("By donor", "By system", "Events", "Records", "Sources"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold
    assert wb["Summary"].freeze_panes == "B2"


def test_summary_totals_equal_the_events(workbook):
    path, df = workbook
    ev = events_of(df)
    summary = pd.read_excel(path, sheet_name="Summary", nrows=ev["donor"].nunique() + 1, index_col=0)
    assert summary.loc["Total", "Total"] == pytest.approx(ev["quantity"].sum())
    for donor, total in ev.groupby("donor", observed=True)["quantity"].sum().items():
        assert summary.loc[donor, "Total"] == pytest.approx(total)
    for category, total in ev.groupby("category", observed=True)["quantity"].sum().items():
        if total:
            assert summary.loc["Total", category] == pytest.approx(total)
    stated = by_donor(df).set_index("donor")["stated_usd"]
    assert summary.loc["Total", "value USD (stated)"] == pytest.approx(stated.sum())


def test_events_and_timeline_sheets(workbook):
    path, df = workbook
    ev = events_of(df)
    sheet = pd.read_excel(path, sheet_name="Events")
    assert len(sheet) == len(ev) and sheet["mentions"].sum() == (df["category"] != "package").sum()
    timeline = pd.read_excel(path, sheet_name="Timeline", index_col=0)
    assert timeline.to_numpy().sum() == len(ev)
    ws = load_workbook(path)["Timeline"]
    assert len(ws._charts) == 1 and ws._charts[0].tagname == "barChart"


def test_summary_and_by_donor_have_native_bar_charts(workbook):
    path, _ = workbook
    wb = load_workbook(path)
    for name in ("Summary", "By donor"):
        assert len(wb[name]._charts) == 1 and wb[name]._charts[0].tagname == "barChart"


def test_records_sheet_has_every_record_and_column(workbook):
    path, df = workbook
    sheet = pd.read_excel(path, sheet_name="Records")
    assert len(sheet) == len(df)
    for col in ("doc", "donor", "recipient", "system", "category", "quantity", "quantity_kind", "status",
                "date", "value", "currency", "evidence", "unit", "path", "start", "end", "sentence", "rule"):
        assert col in sheet.columns
    assert sheet["quantity"].sum() == pytest.approx(df["quantity"].sum())


def test_sources_sheet_counts_records(workbook):
    path, df = workbook
    sources = pd.read_excel(path, sheet_name="Sources")
    assert sources["records"].sum() == len(df)
    assert set(sources["doc"]) == set(df["doc"])


def test_hostile_text_stays_text(tmp_path):
    df = records_frame([{"doc": "d", "donor": "Norway", "recipient": "Ukraine", "system": "=HYPERLINK(\"x\")",
                         "category": "other", "quantity": 1, "evidence": "+cmd|' /C calc'!A0",
                         "sentence": "@SUM(A1:A2)", "rule": "-2+3"}])
    docs = pd.DataFrame([{"doc": "d", "path": "d.txt", "source": "=1+1", "records": 1}])
    out = write_report(df, docs, tmp_path / "hostile.xlsx")
    ws = load_workbook(out)["Records"]
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2])}
    for col, text in (("system", "=HYPERLINK(\"x\")"), ("evidence", "+cmd|' /C calc'!A0"),
                      ("sentence", "@SUM(A1:A2)"), ("rule", "-2+3")):
        assert row[col].value == text and row[col].data_type == "s", col
    assert load_workbook(out)["Sources"]["C2"].data_type == "s"


def test_report_is_written_atomically(tmp_path, workbook):
    path, df = workbook
    target = tmp_path / "r.xlsx"
    target.write_text("previous")
    write_report(df, pd.DataFrame(columns=["doc", "records"]), target)
    assert load_workbook(target).sheetnames[0] == "Summary"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".aid-")]


def test_tables_past_the_row_cap_are_written_beside_the_workbook(workbook, tmp_path):
    _, df = workbook
    ev = events_of(df)
    out = write_report(df, pd.DataFrame({"doc": ["d"]}), tmp_path / "small.xlsx", ev, max_rows=5)
    wb = load_workbook(out, read_only=True)
    for sheet, name, full in (("Records", "records", len(df)), ("Events", "events", len(ev))):
        rows = [r for r in wb[sheet].iter_rows(values_only=True)]
        assert rows[6] == (None,) or all(v is None for v in rows[6]), sheet
        assert f"first 5 of {full:,}" in rows[7][0] and f"small.{name}.parquet" in rows[7][0], sheet
        beside = pd.read_parquet(tmp_path / f"small.{name}.parquet")
        assert len(beside) == full, sheet
    beside = pd.read_parquet(tmp_path / "small.records.parquet")
    assert set(beside["id"]) == set(df["id"])
    assert beside["quantity"].sum() == pytest.approx(df["quantity"].sum())
    by_system = pd.read_parquet(tmp_path / "small.by-system.parquet")
    assert by_system["events"].sum() == len(ev)
