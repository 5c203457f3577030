"""Kiel release import and reconciliation, on a small hand-made store and release written here,
and on the shared release and corpus."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

import aidtracker
from aidtracker.kiel import KielFormatError, load
from aidtracker.reconciliation import reconcile_tables
from aidtracker.reports.reconciliation import write_reconciliation

WEAPONS = '''"donor","category","number_of_weapons","monetary_value_eur","weapons_list"
"Norway","Air Defense",4,1000000,"National Advanced Surface-to-Air Missile System (NASAMS) (4)"
"Norway","Tanks",8,2000000,"Leopard-2A4 (8)"
"Sweden","Howitzers",12,3000000,"Archer self-propelled artillery system (10); FH70 155mm howitzer (2)"
"Czechia","IFV",20,400000,"BVP-1 infantry fighting vehicle (15); Unknown Vehicle X (5)"
'''
EXPLORER = '''"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"
"Norway","NOR",2024,1,0.5,0.1,0.1,0.3,0.5,0,500,0.1
"Norway","NOR",2024,2,0.2,0,0,0.2,0.2,0,500,0.04
"Sweden","SWE",2024,1,0.1,0,0,0.1,0.1,0,600,0.02
'''


@pytest.fixture
def release(tmp_path):
    d = tmp_path / "kiel"
    d.mkdir()
    (d / "weapons.csv").write_text(WEAPONS)
    (d / "data_explorer.csv").write_text(EXPLORER)
    (d / "release_info.csv").write_text('"release","period","date","label"\n"T","01/2024","2024-03-01","Test"\n')
    return d


@pytest.fixture
def store(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "no-2024-01-10.txt").write_text("Norway has delivered 6 NASAMS launchers and 200 NASAMS missiles "
                                            "to Ukraine.\n")
    (docs / "no-2024-01-20.txt").write_text("Norway confirmed it delivered 6 NASAMS launchers to Ukraine.\n")
    (docs / "se-2024-02-01.txt").write_text("Sweden pledged 10 Archer howitzers and 20 CV90 infantry fighting "
                                            "vehicles to Ukraine.\n")
    (docs / "pl-2024-02-02.txt").write_text("Poland delivered 30 PT-91 tanks to Ukraine.\n")
    db = tmp_path / "aid.sqlite"
    aidtracker.ingest([docs], db)
    return db


def test_release_parses_and_resolves(release):
    rel = load(release)
    assert (rel.rows["number_of_weapons"] == rel.rows["parsed_count"]).all()
    assert set(rel.weapons["donor"]) == {"Norway", "Sweden", "Czech Republic"}
    nasams = rel.weapons[rel.weapons["kiel_name"].str.contains("NASAMS")].iloc[0]
    assert nasams["system"] == "NASAMS" and nasams["category"] == "air_defense"
    assert rel.unresolved == ["Czechia / IFV: 'Unknown Vehicle X' — no catalog system of category armored_vehicles "
                              "in the name"]
    assert rel.monthly.groupby("donor")["military_eur"].sum()["Norway"] == pytest.approx(0.5e9)


@pytest.mark.parametrize("file,text,message", [
    ("weapons.csv", '"donor","kind","number_of_weapons","monetary_value_eur","weapons_list"\n', "column category"),
    ("weapons.csv", WEAPONS.replace('"Leopard-2A4 (8)"', '"Leopard-2A4 eight"'), "is not 'name (count)'"),
    ("weapons.csv", WEAPONS.replace(",8,2000000,", ",eight,2000000,"), "column number_of_weapons"),
    ("weapons.csv", WEAPONS.replace('"Tanks"', '"Submarines"'), "column category holds 'Submarines'"),
    ("data_explorer.csv", '"country","year","month"\n', "column iso, total"),
])
def test_changed_format_names_the_column(release, file, text, message):
    (release / file).write_text(text)
    with pytest.raises(KielFormatError) as err:
        load(release)
    assert file in str(err.value) and message in str(err.value)


def test_reconciliation_sums(release, store):
    rec = reconcile_tables(release, store)
    t = rec.by_category.set_index(["donor", "kiel_category"])
    # Norway: the two documents report one event of 6 launchers (missiles are not air-defence systems)
    assert t.loc[("Norway", "Air Defense"), ["ours", "theirs", "difference"]].tolist() == [6, 4, 2]
    assert t.loc[("Norway", "Air Defense"), "our_events"] == 1
    assert set(t.loc[("Norway", "Air Defense"), "our_sources"].split(", ")) == {"no-2024-01-10", "no-2024-01-20"}
    assert t.loc[("Norway", "Tanks"), ["ours", "theirs"]].tolist() == [0, 8]
    assert t.loc[("Sweden", "Howitzers"), ["ours", "theirs"]].tolist() == [10, 12]
    assert t.loc[("Sweden", "IFV"), ["ours", "theirs"]].tolist() == [20, 0]
    assert t.loc[("Poland", "Tanks"), ["ours", "theirs"]].tolist() == [30, 0]
    assert t.loc[("Czech Republic", "IFV"), ["ours", "theirs"]].tolist() == [0, 20]
    assert set(rec.by_category["donor"]) == {"Norway", "Sweden", "Czech Republic", "Poland"}
    s = rec.by_system.set_index(["donor", "family"])
    assert s.loc[("Sweden", "Archer"), ["ours", "theirs"]].tolist() == [10, 10]
    assert s.loc[("Sweden", "FH-70"), ["ours", "theirs"]].tolist() == [0, 2]
    delivered = reconcile_tables(release, store, statuses=("delivered",)).by_category.set_index(
        ["donor", "kiel_category"])
    assert delivered.loc[("Sweden", "Howitzers"), "ours"] == 0


def test_reconciliation_workbook(release, store, tmp_path):
    rec = reconcile_tables(release, store)
    out = write_reconciliation(rec, tmp_path / "rec.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Reconciliation", "By system", "Values", "Our events", "Scope", "Unresolved names"]
    ws = wb["Reconciliation"]
    header = [c.value for c in ws[1]]
    donors = {ws.cell(row=r, column=1).value for r in range(2, len(rec.by_category) + 2)}
    assert donors == {"Norway", "Sweden", "Czech Republic", "Poland"}
    assert ws.conditional_formatting and len(ws._charts) == 1
    ours = header.index("ours") + 1
    links = [ws.cell(row=r, column=ours).hyperlink for r in range(2, len(rec.by_category) + 2)]
    assert any(link is not None and "Our events" in link.location for link in links)
    scope = " ".join(str(c.value) for row in wb["Scope"].iter_rows() for c in row)
    assert "Allocations" in scope and "coverage gap" in scope


def test_shared_release_resolves_and_sums(corpus):
    rel = load(corpus.parent / "reference" / "kiel-r29")
    assert (rel.rows["number_of_weapons"] == rel.rows["parsed_count"]).all()
    resolved = (rel.weapons["system"] != "").sum()
    assert resolved >= len(rel.weapons) - 2 and len(rel.unresolved) <= 2


def test_shared_corpus_reconciliation_lists_every_donor(corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    aidtracker.ingest([corpus / "docs"], db, manifest=corpus / "sources.csv")
    table = aidtracker.reconcile(corpus.parent / "reference" / "kiel-r29", db)
    rel = load(corpus.parent / "reference" / "kiel-r29")
    assert set(rel.rows["donor"]) <= set(table["donor"])
    ours = table[table["ours"] > 0]
    assert (ours["our_event_ids"] != "").all() and (ours["our_sources"] != "").all()
