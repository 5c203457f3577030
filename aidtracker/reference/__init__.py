"""Reference data (``data/``) loaded into explicit, validated registry objects.

>>> ref = load_reference()
>>> ref.gazetteer.country_name("DEU")
'Germany'
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError
from .catalog import Catalog, load_catalog
from .csvfile import Problems
from .currencies import CurrencyName, load_currencies
from .gazetteer import Gazetteer, load_gazetteer
from .rules import Rules, load_rules
from .values import Price, load_prices, load_uah

__all__ = ["Reference", "load_reference", "data_dir", "check_data", "fingerprint"]


@dataclass(frozen=True, eq=False)
class Reference:
    """Everything the extractor knows: catalog, gazetteer and rule phrase lists."""

    catalog: Catalog
    gazetteer: Gazetteer
    rules: Rules
    currencies: tuple[CurrencyName, ...]
    settings: dict[str, str]
    prices: dict[str, Price]
    uah_rates: tuple
    path: Path


def data_dir() -> Path:
    """The reference data folder: ``$AIDTRACKER_DATA`` or the one shipped with the package."""
    env = os.environ.get("AIDTRACKER_DATA")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"


def check_data(path: Path | str | None = None) -> tuple[Reference | None, list[str]]:
    """Load ``path`` and return ``(reference, problems)``; the reference is None on problems."""
    data = Path(path) if path else data_dir()
    problems = Problems()
    catalog = load_catalog(data, problems)
    gazetteer = load_gazetteer(data, problems)
    rules = load_rules(data, problems)
    currencies = load_currencies(data, problems, gazetteer.countries)
    settings = load_settings(data, problems, gazetteer.countries, catalog.systems)
    prices = load_prices(data, problems, catalog.systems, {c.code for c in currencies})
    uah = load_uah(data, problems)
    for s in catalog.systems.values():
        if s.origin and s.origin not in gazetteer.countries:
            problems.add(data / "systems.csv", 0, f"{s.id}: origin {s.origin!r} is not in countries.csv")
    if problems:
        return None, problems.items
    return Reference(catalog, gazetteer, rules, currencies, settings, prices, uah, data), []


SETTINGS = {"default_recipient": "ISO3 code of the recipient assumed when a document names none",
            "event_window_days": "days two mentions of one event may be apart",
            "event_progress_days": "days a later stage (pledged → delivered) may follow",
            "pooled_donors": "codes (;-separated) of blocs that give as one donor from funds their members pay "
                             "into: money paid 'to' one is a member's contribution, not aid to it",
            "needs_named_recipient": "ISO3 codes (;-separated) whose records need a recipient named in "
                                     "the sentence: they never give to the default recipient",
            "never_arms": "giver>receiver pairs (;-separated ISO3) that are at war or in open hostility: the "
                          "first never arms the second, so a record or carried giver pairing them is dropped",
            "nouns_also_verbs": "catalog words (;-separated) that after 'will', 'to', 'we' … are a verb, not an item",
            "bulk_rounds": "count>system id: rounds of no stated type counted at or above the count are that "
                           "catalog system ('1.5m rounds of ammunition' are small-arms ammunition)",
            "bulk_kinds": "system id:count>system id (;-separated): a generic kind counted at or above the count "
                          "is the second system ('over 4,500 rocket launchers' are hand-held anti-tank weapons)",
            "old_purchase_years": "a purchase dated ('in 1997') this many years or more before the report is "
                                  "the buyer's own procurement, not aid",
            "ship_prefixes": "prefixes (;-separated) of ships' names: a catalog name after one ('USS Chinook') "
                             "names a ship, not the system"}


def load_settings(data: Path, problems: Problems, countries: dict, systems: dict) -> dict[str, str]:
    """``settings.csv``: known keys only; ``default_recipient`` must be a country."""
    from .csvfile import read_rows
    f = data / "settings.csv"
    out = {}
    for line, r in read_rows(f, ("key", "value"), problems, ("key",)):
        if r["key"] not in SETTINGS:
            problems.add(f, line, f"unknown setting {r['key']!r}; known: {', '.join(SETTINGS)}")
            continue
        if r["key"] == "default_recipient" and r["value"] and r["value"] not in countries:
            problems.add(f, line, f"default_recipient {r['value']!r} is not in countries.csv")
        if r["key"] in ("needs_named_recipient", "pooled_donors"):
            unknown = [c for c in r["value"].split(";") if c.strip() and c.strip() not in countries]
            if unknown:
                problems.add(f, line, f"{r['key']}: {', '.join(unknown)} not in countries.csv")
        if r["key"] == "never_arms":
            bad = [p for p in r["value"].split(";") if p.strip() and not (
                len(p.split(">")) == 2 and all(c.strip() in countries for c in p.split(">")))]
            if bad:
                problems.add(f, line, f"never_arms: {', '.join(bad)} are not giver>receiver pairs of countries.csv codes")
        if r["key"] == "bulk_rounds":
            count, _, system = r["value"].partition(">")
            if not (count.strip().isdigit() and system.strip() in systems):
                problems.add(f, line, f"bulk_rounds {r['value']!r} is not count>system id of systems.csv")
        if r["key"] == "bulk_kinds":
            bad = [k for k in r["value"].split(";") if k.strip() and not _bulk_kind_ok(k, systems)]
            if bad:
                problems.add(f, line, f"bulk_kinds: {', '.join(bad)} are not system id:count>system id of systems.csv")
        if r["key"].endswith("_days") and not r["value"].isdigit():
            problems.add(f, line, f"{r['key']} must be a whole number of days")
        if r["key"].endswith("_years") and not r["value"].isdigit():
            problems.add(f, line, f"{r['key']} must be a whole number of years")
        out[r["key"]] = r["value"]
    return out


def _bulk_kind_ok(rule: str, systems: dict) -> bool:
    src, _, rest = rule.partition(":")
    count, _, dst = rest.partition(">")
    return src.strip() in systems and count.strip().isdigit() and dst.strip() in systems


@lru_cache(maxsize=4)
def _load(path: str) -> Reference:
    ref, problems = check_data(path)
    if ref is None:
        raise DataFileError(problems)
    return ref


def load_reference(path: Path | str | None = None) -> Reference:
    """Load and validate the reference data (cached per folder); raises DataFileError."""
    return _load(str(Path(path) if path else data_dir()))


@lru_cache(maxsize=8)
def fingerprint(ref: Reference) -> str:
    """What produced a document's records: a hash of the reference data files and of the
    package's code. A store keeps it per document, so ``ingest`` re-extracts documents whose
    records came from an older catalog or older rules, and skips only truly unchanged work.

    >>> len(fingerprint(load_reference()))
    16
    """
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    files = sorted(p for p in ref.path.glob("*") if p.is_file() and p.suffix == ".csv")
    files += sorted(package.rglob("*.py"))
    for p in files:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]
