"""Money amounts: "$850 million", "€500m", "2.5 billion Swedish kronor", "NOK 10 billion",
"billions of euros". Symbols, codes and names come from ``data/currencies.csv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference.currencies import CurrencyName
from .numbers import WORD_VALUE, WORDS, word_value
from .scan import alternation, matches_at, start_positions

SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
         "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
# "€240 ($258) million": a scale written once, after the bracketed conversion
LATE_SCALE = re.compile(r"\s*\([^()]{1,20}\)\s*(thousand|million|billion|trillion|mln|bln|mn|bn)\b", re.I)
VAGUE = {"thousands of": 1e3, "tens of thousands of": 1e4, "hundreds of thousands of": 1e5,
         "millions of": 1e6, "tens of millions of": 1e7, "hundreds of millions of": 1e8,
         "billions of": 1e9, "tens of billions of": 1e10, "hundreds of billions of": 1e11}
QUALIFIERS = {"over": "at_least", "more than": "at_least", "at least": "at_least", "in excess of": "at_least",
              "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
              "some": "approx", "nearly": "approx", "almost": "approx", "an estimated": "approx",
              "up to": "at_most", "as much as": "at_most", "under": "at_most", "less than": "at_most"}


@dataclass(frozen=True)
class Money:
    """An amount of money; ``currencies`` lists the candidate currencies, default first."""

    start: int
    end: int
    amount: float
    currencies: tuple[CurrencyName, ...]
    kind: str          # exact | at_least | at_most | approx | vague
    surface: str

    @property
    def currency(self) -> str:
        return self.currencies[0].code if self.currencies else ""


def _alt(items) -> str:
    return alternation(items)


YEAR = re.compile(r"(?:19|20)\d\d")
BARE_BEFORE_BRACKET = re.compile(r"(?<![\w.$€£¥])(?:(?P<qual>" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
                                 r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|trillion|mln|bln|bn)"
                                 r"\s*\(\s*$", re.I)
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _words_value(num: str) -> float:
    if num.lower().startswith("half"):
        return 0.5         # "half a billion dollars"
    head, _, hundred = num.lower().partition(" hundred")
    if not _:
        return word_value(num)
    return 100.0 * (1 if head.strip() in ("a", "an") else word_value(head.strip()))


class MoneyFinder:
    """Finds money amounts with patterns compiled from the currency table.

    >>> from aidtracker.reference import load_reference
    >>> f = MoneyFinder(load_reference().currencies)
    >>> [(m.amount, m.currency, m.kind) for m in f.find("an $850 million package and roughly 2.5 billion Swedish kronor")]
    [(850000000.0, 'USD', 'exact'), (2500000000.0, 'SEK', 'approx')]
    >>> [(m.amount, m.currency, m.kind) for m in f.find("a $1-2 billion deal")]
    [(1000000000.0, 'USD', 'at_least')]
    >>> [(m.amount, m.currency) for m in f.find("€500m, EUR 1.2 bn, £1.7bn, $2.5B and billions of euros")]
    [(500000000.0, 'EUR'), (1200000000.0, 'EUR'), (1700000000.0, 'GBP'), (2500000000.0, 'USD'), (1000000000.0, 'EUR')]
    """

    def __init__(self, currencies: tuple[CurrencyName, ...]):
        self.by_alias: dict[tuple[str, str], list[CurrencyName]] = {}
        for c in currencies:
            key = c.alias.casefold() if c.kind == "name" else c.alias
            self.by_alias.setdefault((c.kind, key), []).append(c)
        symbols = _alt(c.alias for c in currencies if c.kind == "symbol")
        codes = _alt(c.alias for c in currencies if c.kind == "code")
        names = _alt(c.alias for c in currencies if c.kind == "name")
        # a range ("$1-2 billion", "€1 to 1.5 billion") counts at its lower bound
        # "one hundred million dollars", "a hundred million crowns"
        # (a number word ends its word: "citing Euronews" holds no "EUR one")
        # ("3,5 billion USD": a decimal comma before a scale word, as European writers put it)
        amount = (rf"(?P<num>\d{{1,3}},\d{{1,2}}(?=\s*(?:thousand|million|billion|trillion|mln|bln|mn|bn)\b)|"
                  rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{WORDS}|an?)\s+hundred|half\s+an?|half(?=\s+(?:million|billion|trillion)\b)|(?:{WORDS})\b)"
                  rf"(?P<upper>\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?")
        scale = r"(?:\s*-?\s*(?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|[mMbBkK])\b)?"
        qual = rf"(?:(?P<qual>{_alt(QUALIFIERS)})\s+)?"
        vague = rf"(?P<vague>{_alt(VAGUE)})\s+"
        # Python forbids a group name twice in one pattern, so each form is its own pattern.
        forms = [rf"(?P<sym>{symbols})\s?{amount}{scale}",
                 rf"(?P<code1>{codes})\s?{amount}{scale}",
                 rf"{amount}{scale}\s*(?P<code2>{codes})\b",
                 rf"{amount}{scale}(?:\s+|-)(?:of\s+)?(?P<name>(?:{names}))(?:e?s)?\b",     # ("a 75-billion-kroner fund")
                 rf"{vague}(?P<vname>(?:{names}))(?:e?s)?\b"]
        self.patterns = [re.compile(rf"(?<![\w.]){qual}(?:{f})", re.IGNORECASE) for f in forms]
        # every form starts with a qualifier, a symbol, a code, an amount or a vague phrase
        self.starts = re.compile(r"(?<![\w.])(?=\d|" + alternation(
            [*QUALIFIERS, *VAGUE, *WORD_VALUE, "a hundred", "half", *(c.alias for c in currencies if c.kind in ("symbol", "code"))]) + ")")
        # cheap test first, on lower-cased text (a case-sensitive prefix tree lets ``re`` skip
        # ahead to possible first characters): no symbol, code or currency word, no money. In
        # every form a currency follows a space, a digit or a symbol, never a letter
        # ("Ministry" holds no TRY, "drones" no RON).
        self.hint = re.compile(r"(?<![^\W\d_])" + alternation(c.alias for c in currencies))

    def _currencies(self, m: re.Match) -> tuple[CurrencyName, ...]:
        for group, kind in (("sym", "symbol"), ("code1", "code"), ("code2", "code"), ("name", "name"), ("vname", "name")):
            text = m.groupdict().get(group)
            if text:
                key = re.sub(r"\s+", " ", text)
                key = key.casefold() if kind == "name" else key
                if kind != "name":
                    key = key.upper() if kind == "code" else key
                found = self.by_alias.get((kind, key))
                if found is None and kind == "name":
                    found = self.by_alias.get((kind, key.rstrip("s")))
                return tuple(found or ())
        return ()

    def find(self, text: str) -> list[Money]:
        lower = text.lower()
        if not self.hint.search(lower):
            return []
        starts = start_positions(self.starts, text, lower)
        matches = sorted((m for p in self.patterns for m in matches_at(p, starts, text)),
                         key=lambda m: (m.start(), -m.end()))
        out: list[Money] = []
        late_until, late_factor = -1, 1.0
        for m in matches:
            if m.groupdict().get("upper") and YEAR.fullmatch(m.groupdict().get("num") or ""):
                # "aid for 2025 to 85 billion kroner": a year, then the amount
                at = m.start("upper") + len(m.group("upper")) - len(m.group("upper").lstrip(" -–to"))
                m = next((p.match(text, at) for p in self.patterns if p.match(text, at)), None)
                if m is None:
                    continue
            if out and m.start() < out[-1].end:
                continue
            cur = self._currencies(m)
            if not cur:
                continue
            surface = m.group().lower()
            if "pound" in surface and "£" not in surface and "sterling" not in surface \
                    and not m.groupdict().get("scale") and not m.groupdict().get("vague"):
                continue    # "weighs over 5 pounds", "2,000 pound bombs": a weight, not money
            kind = QUALIFIERS.get(re.sub(r"\s+", " ", (m.group("qual") or "").lower()), "exact")
            if m.groupdict().get("vague"):
                amount = VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
                kind = "vague"
            else:
                num = m.group("num")
                value = _words_value(num) if not num[0].isdigit() \
                    else float(num.replace(",", ".")) if DECIMAL_COMMA.fullmatch(num) else float(num.replace(",", ""))
                scale = (m.group("scale") or "").lower()
                # a lone capital M/B after a symbol is a scale; after a name-less number it is not
                # (rounded: 8.2 × 1e9 is 8199999999.999999 in binary floating point)
                factor = SCALE.get(scale, 1)
                late = None if scale else LATE_SCALE.match(text, m.end())
                if late:
                    # "€240 ($258) million": the scale after a bracketed conversion serves both
                    factor = SCALE[late.group(1).lower()]
                    late_until = late.end()
                elif not scale and m.start() < late_until and m.end() <= late_until:
                    factor = late_factor
                if late:
                    late_factor = factor
                amount = round(value * factor, 2)
                if m.groupdict().get("upper"):
                    kind = "at_least"
            bare = BARE_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())
            named = next((o for o in reversed(out) if not text[:o.start].rstrip().endswith("(")), None) if bare else None
            if bare and named is not None and out[-1].end <= bare.start() and named.currencies != cur:
                # "3 million Canadian dollars ($2.2 million) … and around 13 million ($9.5 million)": a
                # bare amount before a bracketed conversion is in the currency named last
                bkind = QUALIFIERS.get(re.sub(r"\s+", " ", (bare.group("qual") or "").lower()), "exact")
                value = float(bare.group("num").replace(",", ""))
                out.append(Money(bare.start(), bare.end("scale"), round(value * SCALE[bare.group("scale").lower()], 2),
                                 named.currencies, bkind, bare.group().rstrip(" (")))
            out.append(Money(m.start(), m.end(), amount, cur, kind, m.group()))
        return out
