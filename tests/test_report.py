"""The Excel report read back with openpyxl and pandas."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from aidtracker.aggregate import records, records_frame
from aidtracker.api import ingest, report
from aidtracker.report.excel import write_report

from conftest import SAMPLES


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
    assert wb.sheetnames == ["Summary", "By donor", "By system", "Records", "Sources"]
    for name in ("By donor", "By system", "Records", "Sources"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold
    assert wb["Summary"].freeze_panes == "B2"


def test_summary_totals_equal_the_records(workbook):
    path, df = workbook
    summary = pd.read_excel(path, sheet_name="Summary", nrows=df["donor"].nunique() + 1, index_col=0)
    assert summary.loc["Total", "Total"] == pytest.approx(df["quantity"].sum())
    by_donor = df.groupby("donor", observed=True)["quantity"].sum()
    for donor, total in by_donor.items():
        assert summary.loc[donor, "Total"] == pytest.approx(total)
    by_category = df.groupby("category", observed=True)["quantity"].sum()
    for category, total in by_category.items():
        if total:
            assert summary.loc["Total", category] == pytest.approx(total)


def test_summary_has_a_native_bar_chart(workbook):
    path, _ = workbook
    ws = load_workbook(path)["Summary"]
    assert len(ws._charts) == 1
    assert ws._charts[0].tagname == "barChart"


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
