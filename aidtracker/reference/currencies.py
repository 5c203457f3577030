"""Currency symbols, codes and names (``data/currencies.csv``)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .csvfile import Problems, read_rows

KINDS = ("symbol", "code", "name")


@dataclass(frozen=True)
class CurrencyName:
    code: str
    alias: str
    kind: str
    country: str


def load_currencies(data: Path, problems: Problems, countries: dict) -> tuple[CurrencyName, ...]:
    """Rows of ``currencies.csv`` in file order (the first row of a shared name is its default)."""
    out = []
    f = data / "currencies.csv"
    seen = set()
    for line, r in read_rows(f, ("code", "alias", "kind", "country"), problems, ("code", "alias", "kind")):
        if len(r["code"]) != 3 or not r["code"].isupper():
            problems.add(f, line, f"code {r['code']!r} is not an ISO 4217 code")
        if r["kind"] not in KINDS:
            problems.add(f, line, f"kind must be one of {', '.join(KINDS)}")
            continue
        if r["country"] and r["country"] not in countries:
            problems.add(f, line, f"unknown country {r['country']!r}")
        if (r["code"], r["alias"]) in seen:
            problems.add(f, line, f"duplicate row for {r['code']} {r['alias']!r}")
        seen.add((r["code"], r["alias"]))
        out.append(CurrencyName(r["code"], r["alias"], r["kind"], r["country"]))
    return tuple(out)
