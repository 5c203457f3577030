"""Price list and hryvnia rates (``data/prices.csv``, ``data/fx_uah.csv``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .csvfile import Problems, read_rows


@dataclass(frozen=True)
class Price:
    system_id: str
    unit_price: float
    currency: str
    year: int
    source: str


def load_prices(data: Path, problems: Problems, systems: dict, codes: set[str]) -> dict[str, Price]:
    """``prices.csv``: one indicative unit price per system id."""
    out: dict[str, Price] = {}
    f = data / "prices.csv"
    for line, r in read_rows(f, ("system_id", "unit_price", "currency", "year", "source"), problems,
                             ("system_id", "unit_price", "currency", "year")):
        if r["system_id"] not in systems:
            problems.add(f, line, f"unknown system_id {r['system_id']!r}")
            continue
        if r["currency"] not in codes:
            problems.add(f, line, f"unknown currency {r['currency']!r}")
            continue
        try:
            price, year = float(r["unit_price"]), int(r["year"])
        except ValueError:
            problems.add(f, line, "unit_price must be a number and year a whole number")
            continue
        if r["system_id"] in out:
            problems.add(f, line, f"second price for {r['system_id']!r}")
        out[r["system_id"]] = Price(r["system_id"], price, r["currency"], year, r["source"])
    return out


def load_uah(data: Path, problems: Problems) -> tuple[tuple[date, float, str], ...]:
    """``fx_uah.csv``: (from-date, UAH per USD, note), in date order."""
    rows = []
    f = data / "fx_uah.csv"
    for line, r in read_rows(f, ("date", "uah_per_usd", "note"), problems, ("date", "uah_per_usd")):
        try:
            rows.append((date.fromisoformat(r["date"]), float(r["uah_per_usd"]), r["note"]))
        except ValueError:
            problems.add(f, line, "date must be YYYY-MM-DD and uah_per_usd a number")
    if [d for d, _, _ in rows] != sorted(d for d, _, _ in rows):
        problems.add(f, 0, "rows must be in date order")
    return tuple(rows)
