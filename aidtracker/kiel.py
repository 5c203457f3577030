"""Read a Kiel Institute Ukraine Support Tracker release into tidy frames with our names.

``weapons.csv`` rows (donor × heavy-weapon category, with a ``weapons_list`` such as
"Leopard-1A5 (62); Leopard-2A4 (7)") become one row per donor × system with its count, each
system resolved through the catalog; ``data_explorer.csv`` gives monthly allocations in EUR by
donor. Kiel's five categories map to ours through ``data/kiel_categories.csv``.

>>> release = load("../shared/reference/kiel-r29")                        # doctest: +SKIP
>>> release.weapons.groupby("donor")["count"].sum().head()                 # doctest: +SKIP
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import AidtrackerError
from .extract.trie import NameTrie
from .reference import Reference, load_reference
from .reference.csvfile import Problems, read_rows

ENTRY = re.compile(r"^(?P<name>.*\S)\s*\((?P<count>\d[\d,]*)\)\s*$")
WEAPON_COLUMNS = ("donor", "category", "number_of_weapons", "monetary_value_eur", "weapons_list")
EXPLORER_COLUMNS = ("country", "iso", "year", "month", "total", "financial", "humanitarian", "military")


class KielFormatError(AidtrackerError, ValueError):
    """A release file is missing, malformed or in a changed format."""


@dataclass(frozen=True)
class CategoryMap:
    kiel_category: str
    category: str
    units: frozenset[str]
    families: frozenset[str]

    def covers(self, category: str, unit: str, system: str, family: str) -> bool:
        """Does one of our records (category, unit, system, family) count in this Kiel category?"""
        if category != self.category:
            return False
        if self.units and unit not in self.units:
            return False
        return not self.families or bool({system, family} & self.families)


@dataclass
class Release:
    """A loaded release: per-system counts, per-row checks, monthly values, and what did not resolve."""

    weapons: pd.DataFrame
    rows: pd.DataFrame
    monthly: pd.DataFrame
    unresolved: list[str] = field(default_factory=list)
    info: dict = field(default_factory=dict)


def category_map(ref: Reference | None = None) -> dict[str, CategoryMap]:
    """``data/kiel_categories.csv`` as Kiel category → mapping (validated)."""
    ref = ref or load_reference()
    problems = Problems()
    f = Path(ref.path) / "kiel_categories.csv"
    out = {}
    for line, r in read_rows(f, ("kiel_category", "category", "units", "families"), problems,
                             ("kiel_category", "category")):
        if r["category"] not in ref.catalog.categories:
            problems.add(f, line, f"unknown category {r['category']!r}")
        bad = [u for u in r["units"].split("|") if u and u not in ref.catalog.units]
        if bad:
            problems.add(f, line, f"unknown unit(s) {', '.join(bad)}")
        out[r["kiel_category"]] = CategoryMap(r["kiel_category"], r["category"],
                                              frozenset(u for u in r["units"].split("|") if u),
                                              frozenset(x for x in r["families"].split("|") if x))
    if problems:
        raise KielFormatError("; ".join(problems.items))
    return out


def _read(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.exists():
        raise KielFormatError(f"{path}: file is missing")
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise KielFormatError(f"{path}: column {', '.join(missing)} is missing "
                                  f"(found {', '.join(reader.fieldnames or ())}); has the release format changed?")
        return list(reader)


def _number(path: Path, line: int, column: str, value: str) -> float:
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        raise KielFormatError(f"{path}:{line}: column {column} holds {value!r}, not a number") from None


class _Resolver:
    def __init__(self, ref: Reference):
        # Kiel's names are names, not running text, so capitalisation is not required to match
        self.trie = NameTrie((a.alias, False, ref.catalog.systems[a.system_id]) for a in ref.catalog.aliases)

    def resolve(self, name: str, mapping: CategoryMap | None):
        found = [m.entry.payload for m in self.trie.find(name)]
        wanted = [s for s in found if mapping is None or s.category == mapping.category]
        named = [s for s in wanted if not s.generic]
        if named:
            return named[0], "catalog"
        if wanted:
            return wanted[0], "generic type"
        reason = (f"no catalog system of category {mapping.category} in the name" if mapping and found
                  else "no catalog system in the name")
        return None, reason


def load(directory: str | Path, ref: Reference | None = None) -> Release:
    """Read a Kiel release folder; raises KielFormatError naming the file and column on bad input."""
    ref = ref or load_reference()
    directory = Path(directory)
    mapping = category_map(ref)
    donors = {n.alias.casefold(): ref.gazetteer.country_name(n.iso3) for n in ref.gazetteer.names if n.iso3}
    donors.update({c.name.casefold(): c.name for c in ref.gazetteer.countries.values()})
    resolver = _Resolver(ref)
    path = directory / "weapons.csv"
    entries, rows, unresolved = [], [], []
    for line, r in enumerate(_read(path, WEAPON_COLUMNS), start=2):
        donor = donors.get(r["donor"].strip().casefold())
        if donor is None:
            raise KielFormatError(f"{path}:{line}: column donor holds {r['donor']!r}, not a country in the gazetteer")
        kiel_cat = r["category"].strip()
        if kiel_cat not in mapping:
            raise KielFormatError(f"{path}:{line}: column category holds {kiel_cat!r}; "
                                  f"data/kiel_categories.csv maps {', '.join(mapping)}")
        stated = _number(path, line, "number_of_weapons", r["number_of_weapons"])
        value = _number(path, line, "monetary_value_eur", r["monetary_value_eur"] or "0")
        parsed = 0.0
        for part in [p for p in r["weapons_list"].split(";") if p.strip()]:
            m = ENTRY.match(part.strip())
            if not m:
                raise KielFormatError(f"{path}:{line}: column weapons_list entry {part.strip()!r} is not "
                                      f"'name (count)'")
            count = float(m.group("count").replace(",", ""))
            parsed += count
            system, how = resolver.resolve(m.group("name"), mapping[kiel_cat])
            if system is None:
                unresolved.append(f"{r['donor']} / {kiel_cat}: {m.group('name')!r} — {how}")
            entries.append({"donor": donor, "kiel_category": kiel_cat, "category": mapping[kiel_cat].category,
                            "kiel_name": m.group("name"), "count": count,
                            "system": system.name if system else "", "system_id": system.id if system else "",
                            "family": system.family if system else "", "resolved": how if system else "",
                            "reason": "" if system else how})
        rows.append({"donor": donor, "kiel_category": kiel_cat, "number_of_weapons": stated,
                     "parsed_count": parsed, "value_eur": value})
    monthly = []
    path = directory / "data_explorer.csv"
    for line, r in enumerate(_read(path, EXPLORER_COLUMNS), start=2):
        donor = donors.get(r["country"].strip().casefold()) or donors.get(r["iso"].strip().casefold(), r["country"])
        monthly.append({"donor": donor, "month": f"{int(_number(path, line, 'year', r['year'])):04d}-"
                                                 f"{int(_number(path, line, 'month', r['month'])):02d}",
                        **{c + "_eur": _number(path, line, c, r[c] or "0") * 1e9
                           for c in ("total", "financial", "humanitarian", "military")}})
    info = {}
    if (directory / "release_info.csv").exists():
        info = (_read(directory / "release_info.csv", ("release", "period", "date", "label")) or [{}])[0]
    return Release(pd.DataFrame(entries), pd.DataFrame(rows), pd.DataFrame(monthly), unresolved, info)
