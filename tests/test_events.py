"""Events across documents, corrections that survive re-ingest, the review workbook, and the
same records from PDF, Word and HTML versions of a document."""
from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

import aidtracker
from aidtracker.aggregate import records_frame
from aidtracker.corrections import CorrectionError
from aidtracker.event_groups import events_frame
from aidtracker.review import apply_review, export_review

SEEDS = ("isw-2025-07-03", "newsbg-2025-07-03")


@pytest.fixture(scope="module")
def seed_db(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "aid.sqlite"
    aidtracker.ingest([corpus / "docs" / f"{d}.txt" for d in SEEDS], db, manifest=corpus / "sources.csv")
    return db


def test_seed_documents_give_the_twelve_events_of_the_report(seed_db):
    ev = aidtracker.events(seed_db)
    assert len(ev) == 12
    swift = ev[ev["system"] == "interceptor drone"]
    assert len(swift) == 1 and int(swift["sources"].iloc[0]) == 2 and int(swift["mentions"].iloc[0]) == 2
    assert set(swift["docs"].iloc[0].split(", ")) == set(SEEDS)
    assert (ev.drop(swift.index)["sources"] == 1).all()


def test_reworded_copies_across_documents_are_one_event(tmp_path):
    a = tmp_path / "wire-2024-05-02.txt"
    b = tmp_path / "ministry-2024-05-03.txt"
    a.write_text("Sweden will send Ukraine 10 Archer howitzers, the defence minister said.\n")
    b.write_text("The Swedish government pledged ten Archer self-propelled howitzers to Ukraine.\n")
    db = tmp_path / "aid.sqlite"
    aidtracker.ingest([tmp_path], db)
    ev = aidtracker.events(db)
    assert len(ev) == 1 and int(ev["sources"].iloc[0]) == 2


def test_status_history_is_ordered(tmp_path):
    (tmp_path / "a-2023-01-10.txt").write_text("Norway pledged 8 NASAMS launchers to Ukraine.\n")
    (tmp_path / "b-2023-06-20.txt").write_text("Norway has delivered 8 NASAMS launchers to Ukraine.\n")
    db = tmp_path / "aid.sqlite"
    aidtracker.ingest([tmp_path], db)
    ev = aidtracker.events(db)
    assert len(ev) == 1
    assert ev["status"].iloc[0] == "delivered"
    assert ev["status_history"].iloc[0] == "pledged 2023-01-10 → delivered 2023-06-20"


def test_part_of_a_pledge_updates_its_event(tmp_path):
    (tmp_path / "a-2023-01-10.txt").write_text("Spain pledged 19 Leopard 2A4 tanks to Ukraine.\n")
    (tmp_path / "b-2023-05-01.txt").write_text("Spain has delivered 14 of the 19 pledged Leopard 2A4 tanks.\n")
    db = tmp_path / "aid.sqlite"
    aidtracker.ingest([tmp_path], db)
    ev = aidtracker.events(db)
    assert len(ev) == 1
    row = ev.iloc[0]
    assert row["quantity"] == 19 and row["delivered_quantity"] == 14 and row["status"] == "delivered"


def test_distant_dates_are_separate_events(tmp_path):
    (tmp_path / "a-2023-01-10.txt").write_text("Norway delivered 8 NASAMS launchers to Ukraine.\n")
    (tmp_path / "b-2024-06-20.txt").write_text("Norway delivered 8 NASAMS launchers to Ukraine.\n")
    db = tmp_path / "aid.sqlite"
    aidtracker.ingest([tmp_path], db)
    assert len(aidtracker.events(db)) == 2


@pytest.fixture
def sample_db(tmp_path):
    from conftest import SAMPLES
    folder = tmp_path / "samples"
    shutil.copytree(SAMPLES, folder)
    db = tmp_path / "aid.sqlite"
    aidtracker.ingest([folder], db, manifest=folder / "manifest.csv")
    return db, folder


def test_corrections_survive_reingest(sample_db):
    db, folder = sample_db
    df = aidtracker.records(db)
    avenger = df[df["system"].str.contains("Avenger")].iloc[0]
    martlet = df[df["system"].str.contains("Martlet")].iloc[0]
    aidtracker.correct(db, avenger["id"], "edit", "quantity", "10", note="ministry correction")
    aidtracker.correct(db, martlet["id"], "reject")
    aidtracker.ingest([folder], db, manifest=folder / "manifest.csv", force=True)
    after = aidtracker.records(db)
    fixed = after[after["id"] == avenger["id"]].iloc[0]
    assert fixed["quantity"] == 10 and fixed["corrected"] == "quantity"
    assert not after["system"].str.contains("Martlet").any()
    assert len(aidtracker.records(db, corrected=False)) == len(df)


def test_corrections_follow_the_span_when_the_text_changes(sample_db):
    db, folder = sample_db
    df = aidtracker.records(db)
    target = df[df["system"].str.contains("Foxhound")].iloc[0]
    aidtracker.correct(db, target["id"], "edit", "status", "announced")
    path = folder / "deliveries-2025-11-05.md"
    path.write_text(path.read_text() + "\nAn unrelated closing line.\n")
    aidtracker.ingest([folder], db, manifest=folder / "manifest.csv")
    fox = aidtracker.records(db)
    fox = fox[fox["system"].str.contains("Foxhound")].iloc[0]
    assert fox["status"] == "announced" and fox["corrected"] == "status"


def test_merge_and_split(sample_db):
    db, _ = sample_db
    df = aidtracker.records(db)
    items = df[df["category"] != "package"]
    a, b = items.iloc[0]["id"], items.iloc[1]["id"]
    n = len(aidtracker.events(db))
    aidtracker.correct(db, a, "merge", other_id=b)
    assert len(aidtracker.events(db)) == n - 1
    aidtracker.correct(db, a, "split")
    assert len(aidtracker.events(db)) == n


def test_a_merge_joins_records_of_different_donors_and_categories():
    recs = records_frame([
        {"id": "a", "doc": "d1", "donor": "Norway", "recipient": "Ukraine", "system": "NASAMS",
         "category": "air defense", "quantity": 2, "status": "pledged", "date": "2025-01-02"},
        {"id": "b", "doc": "d2", "donor": "Denmark", "recipient": "Ukraine", "system": "CV90",
         "category": "infantry fighting vehicles", "quantity": 5, "status": "delivered", "date": "2025-03-02"},
        {"id": "c", "doc": "d3", "donor": "Denmark", "recipient": "Ukraine", "system": "CV90",
         "category": "infantry fighting vehicles", "quantity": 5, "status": "delivered", "date": "2025-03-05"}])
    ev, membership = events_frame(recs)
    a, b, c = membership.tolist()
    assert len(ev) == 2 and b == c != a
    ev, membership = events_frame(recs, merges=[("a", "b")])
    assert len(ev) == 1 and membership.nunique() == 1
    assert ev["mentions"].iloc[0] == 3 and ev["status_history"].iloc[0] == "pledged 2025-01-02 → delivered 2025-03-02"
    ev, membership = events_frame(recs, splits={"c"})
    assert len(ev) == 3 and ev["record_ids"].tolist()[-1] == "c"


def test_bad_corrections_are_refused(sample_db):
    db, _ = sample_db
    rid = aidtracker.records(db)["id"].iloc[0]
    with pytest.raises(CorrectionError):
        aidtracker.correct(db, "no-such-id", "reject")
    with pytest.raises(CorrectionError):
        aidtracker.correct(db, rid, "edit", "status", "teleported")
    with pytest.raises(CorrectionError):
        aidtracker.correct(db, rid, "edit", "evidence", "x")


def test_review_workbook_roundtrip(sample_db, tmp_path):
    db, _ = sample_db
    out = export_review(db, tmp_path / "review.xlsx")
    wb = load_workbook(out)
    ws = wb["Review"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    df = aidtracker.records(db)
    cv90 = df[df["system"] == "CV90"]["id"].iloc[0]
    caesar = df[df["system"] == "CAESAR"]["id"].iloc[0]
    rows[cv90][header.index("quantity")].value = 16
    rows[caesar][header.index("action")].value = "reject"
    wb.save(out)
    counts = apply_review(db, out)
    assert counts["edit"] == 1 and counts["reject"] == 1
    after = aidtracker.records(db)
    assert after[after["id"] == cv90]["quantity"].iloc[0] == 16
    assert caesar not in set(after["id"])
    assert apply_review(db, out) == {"reject": 0, "edit": 0, "merge": 0, "split": 0}   # idempotent


def test_report_marks_corrected_values(sample_db, tmp_path):
    db, _ = sample_db
    rid = aidtracker.records(db)["id"].iloc[0]
    aidtracker.correct(db, rid, "edit", "quantity", "5")
    out = aidtracker.report(db, tmp_path / "r.xlsx")
    ws = load_workbook(out)["Records"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == rid)
    assert row[header.index("corrected")].value == "quantity"
    assert row[header.index("quantity")].fill.fgColor.rgb.endswith("FFF2CC")


# --- other input formats --------------------------------------------------------------------

def _key(records):
    return sorted((r.donor, r.system, r.category, r.quantity, r.status) for r in records)


@pytest.fixture(scope="module")
def corpus_doc(corpus):
    path = corpus / "docs" / "d16-norway-nasams-2023-12-14.txt"
    return path, [line for line in path.read_text(encoding="utf-8").split("\n\n") if line.strip()]


def _as_text_records(extractor, path):
    from aidtracker.sources import read_document
    return extractor.extract(read_document(path))


def test_pdf_version_gives_the_same_records(corpus_doc, extractor, tmp_path):
    from fpdf import FPDF
    path, paragraphs = corpus_doc
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=_font())
    pdf.set_font("dejavu", size=11)
    for p in paragraphs:
        pdf.multi_cell(0, 6, p.strip())
        pdf.ln(6)
    out = tmp_path / (path.stem + ".pdf")
    pdf.output(str(out))
    from aidtracker.sources import read_document
    assert _key(extractor.extract(read_document(out))) == _key(_as_text_records(extractor, path))


def test_docx_version_gives_the_same_records(corpus_doc, extractor, tmp_path):
    import docx
    path, paragraphs = corpus_doc
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p.strip())
    out = tmp_path / (path.stem + ".docx")
    d.save(str(out))
    from aidtracker.sources import read_document
    assert _key(extractor.extract(read_document(out))) == _key(_as_text_records(extractor, path))


def test_html_page_version_gives_the_same_records(corpus_doc, extractor, tmp_path):
    import html
    path, paragraphs = corpus_doc
    body = "".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs)
    page = (f"<html><head><title>Page</title><script>var tracking = 42;</script></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>{body}</article>"
            f"<aside>Most read: 5 things to know</aside><footer>© 2023 News Corp</footer></body></html>")
    out = tmp_path / (path.stem + ".html")
    out.write_text(page, encoding="utf-8")
    from aidtracker.sources import read_document
    assert _key(extractor.extract(read_document(out))) == _key(_as_text_records(extractor, path))


def _font() -> str:
    """A Unicode TrueType font for the PDF test (DejaVu ships with matplotlib-free Debian and fpdf)."""
    import glob
    import os
    candidates = glob.glob("/usr/share/fonts/**/DejaVuSans.ttf", recursive=True)
    if candidates:
        return candidates[0]
    import fpdf
    bundled = glob.glob(os.path.join(os.path.dirname(fpdf.__file__), "**", "*.ttf"), recursive=True)
    if bundled:
        return bundled[0]
    pytest.fail("no TrueType font available for the PDF test")
