"""The reference data loads, has the promised breadth, and the strict loader reports file:line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aidtracker.errors import DataFileError
from aidtracker.reference import check_data, data_dir, load_reference

DATA = data_dir()


def test_shipped_data_is_valid(ref):
    assert ref.catalog.systems and ref.gazetteer.countries


def test_catalog_and_gazetteer_breadth(ref):
    named = [s for s in ref.catalog.systems.values() if not s.generic]
    assert len(ref.catalog.systems) >= 150
    assert len(named) >= 150
    assert sum(1 for c in ref.gazetteer.countries.values() if c.un_member) == 193
    assert len({n.entity for n in ref.gazetteer.names if n.kind == "company"}) >= 100
    assert set(ref.catalog.categories) == {
        "air_defense", "missiles", "artillery", "artillery_ammunition", "rockets", "armored_vehicles", "tanks",
        "aircraft", "helicopters", "drones", "anti_tank", "small_arms", "small_arms_ammunition", "naval",
        "radars_sensors", "communications", "vehicles_logistics", "engineering_demining", "medical_protective",
        "other"}


@pytest.mark.parametrize("alias,iso3", [("US", "USA"), ("U.S.", "USA"), ("UK", "GBR"), ("Britain", "GBR"),
                                        ("Czechia", "CZE"), ("Dutch", "NLD"), ("Pentagon", "USA"),
                                        ("Bundeswehr", "DEU"), ("State Department", "USA")])
def test_short_forms_and_institutions_stand_for_countries(ref, alias, iso3):
    assert any(n.alias == alias and n.iso3 == iso3 for n in ref.gazetteer.names)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("samples"))
    return target


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


@pytest.mark.parametrize("file,line,message", [
    ("systems.csv", "tank,another tank,tanks,tank,,tank,yes", "duplicate id 'tank'"),
    ("systems.csv", "new-thing,New Thing,spaceships,vehicle,,New Thing,no", "unknown category 'spaceships'"),
    ("systems.csv", "new-unit,New Unit,tanks,furlong,,New Unit,no", "unknown unit 'furlong'"),
    ("system_aliases.csv", "no-such-system,Phantom,", "unknown system_id 'no-such-system'"),
    ("country_aliases.csv", "ZZZ,Zedland,short", "unknown iso3 'ZZZ'"),
    ("cues.csv", "delivered,status,teleported,strong", "unknown status 'teleported'"),
    ("quantifiers.csv", "a gazillion,lots,vague", "is not a number"),
    ("settings.csv", "never_arms,CHN-TWN;RUS>ZZZ", "not giver>receiver pairs"),
    ("settings.csv", "pooled_donors,EUU;ZZZ", "pooled_donors: ZZZ not in countries.csv"),
    ("settings.csv", "bulk_rounds,many>small-arms-ammunition", "is not count>system id"),
    ("settings.csv", "bulk_rounds,1000000>no-such-system", "is not count>system id"),
    ("cues.csv", "the standstill,carry,stalled,start", "unknown status 'stalled'"),
    ("settings.csv", "bulk_kinds,mrl:many>anti-tank-weapon", "not system id:count>system id"),
    ("office_changes.csv", "Nobody Atall,2024-01-01,,multilateral", "'Nobody Atall' is not in the gazetteer"),
    ("office_changes.csv", "Boris Pistorius,last year,,multilateral", "is not an ISO date"),
])
def test_loader_reports_file_and_line(tmp_path, file, line, message):
    data = _copy(tmp_path)
    line_no = _append(data / file, line)
    ref, problems = check_data(data)
    assert ref is None
    assert any(p.startswith(f"{file}:{line_no}:") and message in p for p in problems), problems


def test_load_reference_raises_named_error(tmp_path):
    data = _copy(tmp_path)
    _append(data / "systems.csv", "bad id!,X,tanks,tank,,X,no")
    with pytest.raises(DataFileError) as err:
        load_reference(data)
    assert "systems.csv:" in str(err.value)
    assert isinstance(err.value, ValueError)


def test_an_analyst_can_add_a_system_without_code(tmp_path):
    from aidtracker.api import extract_text
    data = _copy(tmp_path)
    _append(data / "systems.csv", "sky-lance,Sky Lance,air_defense,system,NOR,Sky Lance,no")
    _append(data / "system_aliases.csv", "sky-lance,SkyLance-9,yes")
    ref = load_reference(data)
    recs = extract_text("Norway will deliver 3 SkyLance-9 systems to Ukraine.", ref=ref, date="2025-01-02")
    assert [(r.donor, r.system, r.quantity) for r in recs] == [("Norway", "Sky Lance", 3.0)]


@pytest.mark.parametrize("published,donor", [("2023-05-01", ["Estonia"]), ("2025-05-01", [])])
def test_an_official_who_changed_office_is_read_in_the_office_of_the_day(published, donor):
    # Kaja Kallas was Estonia's prime minister until 2024 and the EU's foreign policy chief after it
    from aidtracker.api import extract_text
    recs = extract_text("Kallas said 2,000 more shells will be delivered to Ukraine.", date=published)
    assert [r.donor for r in recs] == donor, published
