"""Values in one currency: every stated value also in USD and EUR at the record's date, an
estimate from the price list (``data/prices.csv``) for records without a stated value, and the
calibre of ammunition and guns in millimetres.

Stated values always win: an estimate is filled only when the text gives no value, and it
lives in its own column (``value_estimate_usd``) so totals of stated and estimated values
never mix unless an analyst asks.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .fx import Rates
from .model import Record
from .reference import Reference
from .units import calibre_mm

CALIBRE_CATEGORIES = frozenset({"artillery", "artillery_ammunition", "small_arms", "small_arms_ammunition",
                                "anti_tank", "air_defense", "tanks"})


def _day(r: Record) -> date | None:
    try:
        return date.fromisoformat(r.date) if r.date else None
    except ValueError:
        return None


def enrich(records: list[Record], ref: Reference, rates: Rates | None = None) -> list[Record]:
    """Records with value_usd/value_eur/fx_*, value_estimate_usd and calibre_mm filled in."""
    rates = rates or Rates.default()
    out = []
    for r in records:
        changes: dict = {}
        day = _day(r)
        if r.value is not None and r.currency and day is not None:
            usd = rates.convert(r.value, r.currency, "USD", day)
            eur = rates.convert(r.value, r.currency, "EUR", day)
            if usd is not None:
                changes.update(value_usd=round(usd.value, 2), fx_rate=usd.rate, fx_date=usd.date.isoformat(),
                               fx_source=usd.source)
            if eur is not None:
                changes["value_eur"] = round(eur.value, 2)
        elif r.value is None and r.quantity and day is not None:
            price = ref.prices.get(r.extra.get("system_id", ""))
            if price is not None:
                unit = rates.convert(price.unit_price, price.currency, "USD", day)
                if unit is not None:
                    changes.update(value_estimate_usd=round(unit.value * r.quantity, 2),
                                   estimate_source=f"{r.quantity:g} x {price.unit_price:,.0f} {price.currency} "
                                                   f"({price.year}; {price.source})")
        if r.category in CALIBRE_CATEGORIES:
            mm = calibre_mm(r.system) or calibre_mm(r.evidence)
            if mm is not None and 3 <= mm <= 400:
                changes["calibre_mm"] = mm
        out.append(replace(r, **changes) if changes else r)
    return out
