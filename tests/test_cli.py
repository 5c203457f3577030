"""Every CLI verb, through click's runner and through the installed console script."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from aidtracker.cli import main

from conftest import SAMPLES


@pytest.fixture
def runner():
    return CliRunner()


def test_every_command_has_help_with_an_example(runner):
    for name, cmd in main.commands.items():
        res = runner.invoke(main, [name, "-h"])
        assert res.exit_code == 0, name
        assert "Example:" in res.output, f"{name} help lacks an example"


def test_extract_writes_contract_csv(runner, tmp_path):
    out = tmp_path / "p.csv"
    res = runner.invoke(main, ["extract", "--manifest", str(SAMPLES / "manifest.csv"), "-o", str(out),
                               str(SAMPLES / "mod-release-2025-10-02.txt")])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0].keys())[:12] == ["doc", "donor", "recipient", "system", "category", "quantity",
                                         "quantity_kind", "status", "date", "value", "currency", "evidence"]
    assert {r["donor"] for r in rows} == {"United States"}
    assert {r["date"] for r in rows} == {"2025-10-02"}


def test_extract_explain_names_alias_and_rule(runner):
    res = runner.invoke(main, ["extract", "--explain", str(SAMPLES / "mod-release-2025-10-02.txt")])
    assert res.exit_code == 0
    assert "'Avenger'→AN/TWQ-1 Avenger" in res.output and "rule system" in res.output


def test_extract_explain_says_why_an_item_gave_no_record(runner, tmp_path):
    doc = tmp_path / "why-2024-01-01.txt"
    doc.write_text("Ukraine requested 20 F-16s. Norway sent 6 NASAMS.\n", encoding="utf-8")
    res = runner.invoke(main, ["extract", "--explain", str(doc)])
    assert res.exit_code == 0, res.output
    assert "no record for '20 F-16s' (F-16 Fighting Falcon): excluded: request" in res.output
    assert "Norway → Ukraine: 6.0 NASAMS" in res.output


def test_ingest_records_report_roundtrip(runner, tmp_path):
    db = tmp_path / "aid.sqlite"
    res = runner.invoke(main, ["ingest", "--db", str(db), "--manifest", str(SAMPLES / "manifest.csv"), str(SAMPLES)])
    assert res.exit_code == 0, res.output
    assert "5 added" in res.output
    again = runner.invoke(main, ["ingest", "--db", str(db), str(SAMPLES)])
    assert "5 unchanged" in again.output
    listed = runner.invoke(main, ["records", "--db", str(db), "--format", "json"])
    data = json.loads(listed.output)
    assert data and all(r["evidence"] for r in data)
    table = runner.invoke(main, ["records", "--db", str(db), "--limit", "3"])
    assert table.exit_code == 0 and "donor" in table.output
    out = tmp_path / "r.xlsx"
    rep = runner.invoke(main, ["report", "--db", str(db), "-o", str(out)])
    assert rep.exit_code == 0 and load_workbook(out).sheetnames[0] == "Summary"


def test_report_sheet_rows_spills_whole_tables_and_clears_stale_ones(runner, tmp_path):
    db = tmp_path / "aid.sqlite"
    assert runner.invoke(main, ["ingest", "--db", str(db), str(SAMPLES)]).exit_code == 0
    out = tmp_path / "r.xlsx"
    rep = runner.invoke(main, ["report", "--db", str(db), "-o", str(out), "--sheet-rows", "5"])
    assert rep.exit_code == 0, rep.output
    spilled = tmp_path / "r.records.parquet"
    assert f"wrote {spilled}" in rep.output and "first 5 rows" in rep.output
    whole = pd.read_parquet(spilled)
    sheet = pd.read_excel(out, sheet_name="Records", nrows=5)
    assert len(whole) > 5 and len(sheet) == 5
    assert list(sheet["id"]) == list(whole["id"].head(5))
    # a later report that fits its sheets must not leave the old whole-table files beside it
    again = runner.invoke(main, ["report", "--db", str(db), "-o", str(out)])
    assert again.exit_code == 0 and "whole table" not in again.output
    assert not list(tmp_path.glob("r.*.parquet"))
    assert runner.invoke(main, ["report", "--db", str(db), "--sheet-rows", "0"]).exit_code == 2


def test_ingest_reports_bad_file_and_exits_nonzero(runner, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    res = runner.invoke(main, ["ingest", "--db", str(tmp_path / "aid.sqlite"), str(folder)])
    assert res.exit_code == 1
    assert "error: " in res.output and "broken.txt: binary file" in res.output
    assert "5 added" in res.output


def test_check_data_prints_sizes_and_fails_on_bad_data(runner, tmp_path):
    ok = runner.invoke(main, ["check-data"])
    assert ok.exit_code == 0 and "catalog:" in ok.output and "gazetteer:" in ok.output
    from aidtracker.reference import data_dir
    bad = tmp_path / "data"
    shutil.copytree(data_dir(), bad, ignore=shutil.ignore_patterns("samples"))
    with (bad / "systems.csv").open("a", encoding="utf-8") as fh:
        fh.write("oops,Oops,not_a_category,tank,,Oops,no\n")
    res = runner.invoke(main, ["check-data", "--data", str(bad)])
    assert res.exit_code == 1
    assert "systems.csv:" in res.output and "unknown category 'not_a_category'" in res.output


def test_bad_manifest_is_one_line_error(runner, tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("name,when\nx,y\n")
    res = runner.invoke(main, ["extract", "--manifest", str(m), str(SAMPLES)])
    assert res.exit_code == 1
    assert res.output.strip().endswith("manifest lacks column(s) date, doc")
    assert res.output.count("\n") == 1


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "aidtracker"
    res = subprocess.run([str(exe), "check-data"], capture_output=True, text=True)
    assert res.returncode == 0 and "catalog:" in res.stdout


def test_eval_agrees_with_the_reference_scorer(runner, corpus, shared_tools, tmp_path):
    import re
    res = runner.invoke(main, ["eval", str(corpus / "gold.csv"), str(corpus / "docs"), "--manifest",
                               str(corpus / "sources.csv"), "--quiet"])
    assert res.exit_code == 0, res.output
    ours = re.search(r"F1=([\d.]+) P=([\d.]+) R=([\d.]+)", res.output).groups()
    out = tmp_path / "p.csv"
    runner.invoke(main, ["extract", "--manifest", str(corpus / "sources.csv"), "-o", str(out), str(corpus / "docs")])
    ref = subprocess.run([sys.executable, str(shared_tools / "score.py"), str(corpus / "gold.csv"), str(out)],
                         capture_output=True, text=True, check=True).stdout
    assert re.search(r"F1=([\d.]+) P=([\d.]+) R=([\d.]+)", ref).groups() == ours
    assert "status agreement on matched" in res.output


def test_correct_and_review_commands(runner, tmp_path):
    db = tmp_path / "aid.sqlite"
    runner.invoke(main, ["ingest", "--db", str(db), str(SAMPLES)])
    listed = json.loads(runner.invoke(main, ["records", "--db", str(db), "--format", "json"]).output)
    rid = listed[0]["id"]
    assert runner.invoke(main, ["correct", "edit", "--db", str(db), rid, "quantity", "7"]).exit_code == 0
    bad = runner.invoke(main, ["correct", "edit", "--db", str(db), rid, "status", "teleported"])
    assert bad.exit_code == 1 and bad.output.count("\n") == 1 and "teleported" in bad.output
    assert runner.invoke(main, ["correct", "reject", "--db", str(db), listed[1]["id"]]).exit_code == 0
    assert runner.invoke(main, ["correct", "split", "--db", str(db), rid]).exit_code == 0
    assert runner.invoke(main, ["correct", "merge", "--db", str(db), rid, listed[2]["id"]]).exit_code == 0
    after = json.loads(runner.invoke(main, ["records", "--db", str(db), "--format", "json"]).output)
    assert len(after) == len(listed) - 1 and after[0]["quantity"] == 7
    events = runner.invoke(main, ["records", "--db", str(db), "--events"])
    assert events.exit_code == 0 and "event_id" in events.output
    review = tmp_path / "review.xlsx"
    assert runner.invoke(main, ["review", "export", "--db", str(db), "-o", str(review)]).exit_code == 0
    applied = runner.invoke(main, ["review", "apply", "--db", str(db), str(review)])
    assert applied.exit_code == 0 and "0 reject, 0 edit" in applied.output


def test_import_kiel_and_reconcile_commands(runner, corpus, tmp_path):
    kiel = corpus.parent / "reference" / "kiel-r29"
    res = runner.invoke(main, ["import", "kiel", str(kiel), "-o", str(tmp_path / "kiel")])
    assert res.exit_code == 0 and "parsed counts equal number_of_weapons on 61 of 61 rows" in res.output
    assert (tmp_path / "kiel" / "weapons.csv").exists()
    db = tmp_path / "aid.sqlite"
    runner.invoke(main, ["ingest", "--db", str(db), "--manifest", str(corpus / "sources.csv"), str(corpus / "docs")])
    out = tmp_path / "rec.xlsx"
    rec = runner.invoke(main, ["reconcile", "--kiel", str(kiel), "--db", str(db), "-o", str(out)])
    assert rec.exit_code == 0 and load_workbook(out).sheetnames[0] == "Reconciliation"
    broken = tmp_path / "broken"
    shutil.copytree(kiel, broken)
    (broken / "weapons.csv").write_text('"donor","category"\n"Norway","Tanks"\n')
    bad = runner.invoke(main, ["import", "kiel", str(broken)])
    assert bad.exit_code == 1 and "column number_of_weapons" in bad.output
