"""The SQLite store: idempotent ingest, replacement of changed documents, bad files reported."""
from __future__ import annotations

import shutil

import pytest

from aidtracker.api import ingest
from aidtracker.aggregate import documents, records

GOOD = "Norway will hand Ukraine six NASAMS launchers and two fire-direction units.\n"
OTHER = "Poland has delivered 14 Leopard 2A4 tanks to Ukraine, the Polish defence ministry said.\n"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "norway-2023-12-14.txt").write_text(GOOD, encoding="utf-8")
    (d / "poland-2023-02-01.md").write_text(OTHER, encoding="utf-8")
    return d


def test_ingest_then_reingest_adds_nothing(tmp_path, folder):
    db = tmp_path / "aid.sqlite"
    first = ingest([folder], db)
    assert (first.added, first.unchanged, first.errors) == (2, 0, [])
    before = records(db)
    second = ingest([folder], db)
    assert (second.added, second.unchanged) == (0, 2)
    after = records(db)
    assert len(after) == len(before) == 3
    assert list(after["id"]) == list(before["id"])


def test_changed_document_replaces_its_records(tmp_path, folder):
    db = tmp_path / "aid.sqlite"
    ingest([folder], db)
    (folder / "norway-2023-12-14.txt").write_text("Norway will provide Ukraine with 12 CV90 vehicles.\n")
    summary = ingest([folder], db)
    assert (summary.replaced, summary.unchanged) == (1, 1)
    df = records(db)
    norway = df[df["doc"] == "norway-2023-12-14"]
    assert list(norway["system"]) == ["CV90"] and list(norway["quantity"]) == [12.0]


def test_bad_files_are_reported_and_the_rest_ingested(tmp_path, folder):
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "latin1.txt").write_bytes("Sverige levererar 10 stridsfordon \xe5t Ukraina".encode("latin-1"))
    (folder / "empty.txt").write_text("   \n")
    db = tmp_path / "aid.sqlite"
    summary = ingest([folder, tmp_path / "missing.txt"], db)
    assert summary.added == 2
    reasons = " | ".join(summary.errors)
    assert "binary.txt: binary file" in reasons
    assert "latin1.txt: not valid UTF-8" in reasons
    assert "empty.txt: empty file" in reasons
    assert "missing.txt: no such file" in reasons
    assert len(summary.errors) == 4
    assert set(documents(db)["doc"]) == {"norway-2023-12-14", "poland-2023-02-01"}


def test_records_frame_is_tidy(tmp_path, folder):
    db = tmp_path / "aid.sqlite"
    ingest([folder], db)
    df = records(db)
    for col in ("donor", "recipient", "category", "status"):
        assert str(df[col].dtype) == "category"
    assert str(df["date"].dtype).startswith("datetime64")
    assert df["quantity"].dtype == "float64"
    assert set(df["donor"]) == {"Norway", "Poland"}
    assert (df["evidence"].str.len() > 0).all()


def test_html_input_is_read_as_text(tmp_path):
    d = tmp_path / "web"
    d.mkdir()
    (d / "page.html").write_text("<html><head><script>var x = 5;</script></head><body><nav>Menu 3</nav>"
                                 "<p>Denmark has delivered 19 F-16 aircraft to Ukraine.</p></body></html>")
    db = tmp_path / "aid.sqlite"
    ingest([d], db)
    df = records(db)
    assert [(r.donor, r.quantity) for r in df.itertuples()] == [("Denmark", 19.0)]


def test_samples_folder_ingests_cleanly(tmp_path):
    from conftest import SAMPLES
    db = tmp_path / "demo.sqlite"
    summary = ingest([SAMPLES], db, manifest=SAMPLES / "manifest.csv")
    assert summary.errors == [] and summary.added == 5
    assert len(records(db)) == summary.records > 20


def test_new_catalog_entries_reach_documents_already_stored(tmp_path, folder):
    # an analyst adds an alias; the next ingest must re-extract, not call the documents unchanged
    from aidtracker.reference import data_dir, load_reference
    (folder / "denmark-2024-02-22.txt").write_text("Denmark will send Ukraine four Skyvarde systems.\n", encoding="utf-8")
    db = tmp_path / "aid.sqlite"
    ingest([folder], db)
    assert "Skyvarde" not in set(records(db)["evidence"].str.cat(sep=" ").split())
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data, ignore=shutil.ignore_patterns("samples"))
    with open(data / "system_aliases.csv", "a", encoding="utf-8") as f:
        f.write("nasams,Skyvarde,yes\n")
    extended = load_reference(data)
    summary = ingest([folder], db, ref=extended)
    assert (summary.replaced, summary.unchanged) == (3, 0)
    denmark = records(db).query("doc == 'denmark-2024-02-22'")
    assert list(zip(denmark["donor"], denmark["system"], denmark["quantity"])) == [("Denmark", "NASAMS", 4.0)]
    again = ingest([folder], db, ref=extended)
    assert (again.replaced, again.unchanged) == (0, 3)


def test_store_from_before_the_fingerprint_re_extracts_once(tmp_path, folder):
    import sqlite3
    db = tmp_path / "aid.sqlite"
    ingest([folder], db)
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE documents DROP COLUMN extractor")
    con.commit()
    con.close()
    assert (ingest([folder], db).replaced, ingest([folder], db).unchanged) == (2, 2)
    assert len(records(db)) == 3
