"""Units with pint: calibres, ranges, masses, and money converted only inside a dated context.

Currencies are pint units whose exchange rates are *undefined* (NaN) outside a context; a
conversion happens only inside the context of one day, built from that day's reference rates.
An undated conversion therefore cannot silently succeed.

>>> ureg = registry()
>>> round(ureg.Quantity(6.1, "inch").to("mm").magnitude, 1)
154.9
>>> calibre_mm("155-mm rounds"), calibre_mm("6.1-inch shells"), calibre_mm("7.62x39mm cartridges")
(155.0, 154.94, 7.62)
>>> length_km("a range of 190 miles"), mass_tonnes("a 62-tonne tank"), mass_tonnes("1,200 kg of explosives")
(305.8, 62.0, 1.2)
"""
from __future__ import annotations

import re
from functools import lru_cache

import pint

CALIBRE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:x\s*\d+(?:\.\d+)?\s*)?[-\s]?(mm|millimet(?:er|re)s?|inch(?:es)?|in\.|cm|caliber|calibre)\b",
                     re.I)
UNIT_NAMES = {"mm": "mm", "cm": "cm", "inch": "inch", "inches": "inch", "in.": "inch"}


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The project's unit registry (one per process)."""
    ureg = pint.UnitRegistry(cache_folder=None)
    ureg.define("USD = [currency]")
    return ureg


def calibre_mm(text: str) -> float | None:
    """The calibre named in ``text`` in millimetres ("155mm", "155-mm", "6.1-inch"), or None."""
    m = CALIBRE.search(text or "")
    if not m:
        return None
    unit = m.group(2).lower()
    if unit.startswith("millimet"):
        unit = "mm"
    if unit in ("caliber", "calibre"):
        unit = "mm"
    return _mm(float(m.group(1)), UNIT_NAMES.get(unit, unit))


@lru_cache(maxsize=4096)
def _mm(value: float, unit: str) -> float:
    # a few calibres recur in every report; pint's parse and conversion take ~80 µs each
    return round(registry().Quantity(value, unit).to("mm").magnitude, 2)


def length_km(text: str) -> float | None:
    """A range such as "300 km" or "190 miles" in kilometres."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*[-\s]?(km|kilomet(?:er|re)s?|miles?)\b", text or "", re.I)
    if not m:
        return None
    unit = "km" if m.group(2).lower().startswith("k") else "mile"
    return round(registry().Quantity(float(m.group(1).replace(",", "")), unit).to("km").magnitude, 1)


def mass_tonnes(text: str) -> float | None:
    """A mass such as "60 tonnes" or "1,200 kg" in metric tonnes."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*[-\s]?(tonnes?|t\b|kg|kilograms?)", text or "", re.I)
    if not m:
        return None
    unit = "kg" if m.group(2).lower().startswith("k") else "metric_ton"
    return round(registry().Quantity(float(m.group(1).replace(",", "")), unit).to("metric_ton").magnitude, 3)
