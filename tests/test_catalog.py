"""Catalog names: designations with and without prefixes and hyphens, NATO names,
transliterations, plurals and possessives all reach the same system."""
from __future__ import annotations

import pytest

from aidtracker.extract.lexicon import build_lexicon

SAME_SYSTEM = [
    ("M142 HIMARS", ["HIMARS", "High Mobility Artillery Rocket System", "HIMARS’", "HIMARSes"]),
    ("AGM-114 Hellfire", ["AGM-114", "Hellfire", "AGM114"]),
    ("FIM-92 Stinger", ["FIM-92", "Stinger", "Stingers"]),
    ("AN-196 Liutyi", ["Liutyi", "Lyutyi", "AN-196", "Antonov-196"]),
    ("AHS Krab", ["Krab", "Crab"]),
    ("9K37 Buk", ["Gadfly", "SA-11"]),
    ("Leopard 2", ["Leopard 2s", "Leopard-2"]),
    ("PzH 2000", ["PzH2000", "Panzerhaubitze 2000"]),
    ("AT4", ["AT-4", "AT 4", "AT4s"]),
    ("2S1 Gvozdika", ["Gvozdyka", "2S1"]),
    ("M2 Bradley", ["Bradleys", "Bradley Fighting Vehicle"]),
    ("HMMWV", ["Humvees", "Humvee"]),
    ("MiG-29", ["MiG-29s", "MIG-29"]),
    ("BM-21 Grad", ["Grad", "BM-21"]),
    ("ATACMS", ["Army Tactical Missile System"]),
    ("Bayraktar TB2", ["TB2"]),
    ("CV90", ["Combat Vehicle 90", "Stridsfordon 90", "Type 90 infantry fighting vehicles"]),
    ("MIM-23 Hawk", ["RBS 97", "Robotsystem 97", "robot system 97"]),
    ("M1 Abrams", ["M-1 tanks", "M-1 Abrams"]),
    ("armoured recovery vehicle", ["Bergepanzer", "Bergepanser", "NM217"]),
    ("Toyota High Mobility Vehicle", ["Kohkidosha", "Kōkidōsha"]),
    ("naval drone", ["unmanned coastal defense vessels", "sea drones", "uncrewed surface vessels"]),
]


@pytest.fixture(scope="module")
def lex(ref):
    return build_lexicon(ref)


@pytest.mark.parametrize("name,variants", SAME_SYSTEM, ids=[n for n, _ in SAME_SYSTEM])
def test_variants_reach_the_same_system(lex, name, variants):
    for v in variants:
        found = lex.systems.find(f"They sent {v} yesterday.")
        assert [m.entry.payload.label for m in found] == [name], f"{v!r} → {[m.surface for m in found]}"


@pytest.mark.parametrize("text", ["archer fish", "the grad student", "back at 4 pm", "a stinger of a bee",
                                  "patriotic songs", "the hawk flew",
                                  "Arthur said", "a blanket ban", "a man 40m away", "luna park"])
def test_case_sensitive_names_ignore_ordinary_words(lex, text):
    assert lex.systems.find(text) == [] or all(m.entry.payload.system is None for m in lex.systems.find(text))


def test_every_category_has_systems_and_generic_types(ref):
    cats = {s.category for s in ref.catalog.systems.values()}
    assert cats == set(ref.catalog.categories)
    generic = {s.name for s in ref.catalog.systems.values() if s.generic}
    for wanted in ("155mm artillery round", "armored personnel carrier", "small arms ammunition",
                   "night vision device", "demolition munition", "satellite communications terminal",
                   "mine clearance equipment", "tactical vehicle", "air defence missile"):
        assert wanted in generic
