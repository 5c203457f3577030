"""Quantities in text: digits, number words, scale words, qualifiers and vague amounts.

The qualifier and vague-amount phrases come from ``data/quantifiers.csv``; number words
are English grammar and live here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference.rules import Quantifier
from .scan import alternation, finditer_at

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUE = {w: i for i, w in enumerate(UNITS)} | {w: 20 + 10 * i for i, w in enumerate(TENS)}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
          "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "k": 1e3, "trillion": 1e12, "dozen": 12}

_word = alternation(WORD_VALUE)
_tens = "|".join(TENS)
_units = "|".join(UNITS[1:10])
# "20 000 shells": a space may separate thousands (European style), never before a calibre ("18 155 mm")
# "1,6 million shells": a decimal comma, only before a scale word
# "1,50,000 cartridges": Indian grouping (lakh), pairs of digits before the last three
DIGITS = (r"\d{1,3},\d{1,2}(?=[\s-]*(?:million|billion|thousand|mln|bln|mn|bn)\b)|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
          r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|\s*[-‐‑]?\s*(?:mm|millimet|cal))"
          r"|\d+(?:\.\d+)?")
WORDS = rf"(?:(?:{_tens})[-\s](?:{_units})|{_word})"
SCALE_WORDS = r"hundred|thousand|million|billion|trillion"
# a qualifier a bracketed count may open with: "(more than 70 machines)", "(about 30)"
QUALIFIER_OPENS = (r"(?:(?:more\s+than|over|about|around|approximately|some|nearly|almost|at\s+least|up\s+to)"
                   r"\s+)?")
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
# "17.500 rounds": a dot between groups of three digits separates thousands (German, Ukrainian style)
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# "1.5m shells", "150k rounds": a one-letter scale only glued to the digits ("155mm" is a calibre)
CORE = (rf"(?P<digits>{DIGITS})(?:[\s-]*(?P<dscale>{SCALE_WORDS}|dozen|mln|bln|mn|bn)\b|(?P<gscale>(?-i:[mk]))\b(?![-‐‑]))?"
        # ("one hundred twenty-six missiles", "two hundred and fifty tanks": the rest after "hundred")
        rf"|(?P<words>{WORDS})(?:[\s-]+(?P<wscale>{SCALE_WORDS}|dozen))?\b(?:(?<=hundred)(?:\s+and)?\s+(?P<wtail>{WORDS})\b)?"
        rf"|\b(?P<a>an?|one)\s+(?P<ascale>hundred|thousand|million|billion|dozen)\b(?:(?<=hundred)(?:\s+and)?\s+(?P<atail>{WORDS})\b)?")


# a class or standard number: "Type 26 frigates", "Project 1241 corvettes", "Block 50 jets"
DESIGNATION_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("type", "project", "class", "block", "tranche", "mk", "mark"))
# "over" as the particle of a phrasal verb ("handed over", "turned over") before a number
OVER_PARTICLE = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?\s+over$", re.IGNORECASE)
SPACES = re.compile(r"\s*")


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase: ``value`` is None when the phrase states no amount ("a number of")."""

    start: int
    end: int
    value: float | None
    kind: str          # exact | at_least | at_most | approx | vague
    surface: str


def word_value(text: str) -> float:
    """Value of a number written in words.

    >>> word_value("twenty-five"), word_value("seven")
    (25.0, 7.0)
    """
    parts = re.split(r"[-\s]+", text.lower())
    return float(sum(WORD_VALUE[p] for p in parts))


ONE_OF_THE_BEST = re.compile(r"one\s+of\s+(?:the|its|their|our)\s+(?:very\s+)?(?:best|most|finest|greatest|"
                             r"[a-z]+est|top|leading|world's|world’s)\b", re.I)


class QuantityFinder:
    """Finds quantity phrases with one compiled pattern built from the quantifier table.

    >>> from aidtracker.reference import load_reference
    >>> f = QuantityFinder(load_reference().rules.quantifiers)
    >>> [(q.value, q.kind) for q in f.find("over 10 barrels, hundreds of thousands of drones and 8,496 shells")]
    [(10.0, 'at_least'), (100000.0, 'vague'), (8496.0, 'exact')]
    >>> [(q.surface, q.kind) for q in f.find("handed over 25 tanks and over 30 guns")]
    [('25', 'exact'), ('over 30', 'at_least')]
    """

    def __init__(self, quantifiers: tuple[Quantifier, ...]):
        self.vague = {q.phrase.lower(): q for q in quantifiers if q.value is not None}
        self.qualifiers = {q.phrase.lower(): q for q in quantifiers if q.value is None}
        # unit words that make an amount of "a … of" ("a battery of" = 1)
        self.counters = {p.split()[1] for p in self.vague if re.fullmatch(r"an? \w+ of", p)}

        alt = alternation
        # tested on lower-cased text: a case-sensitive prefix tree lets ``re`` skip ahead
        self.hint = re.compile(r"\d|\b" + alternation([*WORD_VALUE, "a", "an", "dozen", "dozens", "hundreds", "thousands",
                                                       "millions", "several", "scores", "tens", "few", "couple",
                                                       "handful", "squadron", "battery"]) + r"\b")
        # a number glued to letters by a hyphen is a model ("BTR-60", "TAB-71"), never a count
        self.pattern = re.compile(
            rf"(?<![\w$€£¥₴.,])(?<![^\W\d_][-‐‑]){DESIGNATION_BEFORE}(?:(?P<qual>{alt(self.qualifiers)})\s+)?"
            rf"(?:(?P<vague>{alt(self.vague)})(?![\w-])|(?:{CORE}))(?P<plus>\+)?",
            re.IGNORECASE)
        # where a quantity can start (a digit, a number word, a qualifier or vague phrase); the
        # full pattern is tried only there. Zero-width, so no start hides inside another.
        self.starts = re.compile(r"(?<![\w$€£¥₴.,])(?=\d|" + alternation(
            [*self.qualifiers, *self.vague, *WORD_VALUE, "a", "an", "one"]) + ")")

    def find(self, text: str) -> list[Quantity]:
        out = []
        lower = text.lower()
        if not self.hint.search(lower):
            return out
        for m in finditer_at(self.pattern, self.starts, text, lower):
            if m.group("qual") and OVER_PARTICLE.search(text, max(0, m.start() - 12), m.end("qual")):
                # "handed over 25 tanks": the verb's particle, not "more than 25"
                m = self.pattern.match(text, SPACES.match(text, m.end("qual")).end())
                if m is None:
                    continue
            if ONE_OF_THE_BEST.match(text, m.start()):
                continue    # "Archers, one of the best artillery systems in the world": praise, not a count
            q = self._value(m)
            if q is not None:
                out.append(q)
        return out

    def _value(self, m: re.Match) -> Quantity | None:
        kind = "exact"
        if m.group("vague"):
            v = self.vague[re.sub(r"\s+", " ", m.group("vague").lower())]
            value, kind = v.value, v.kind
        elif m.group("digits"):
            digits = m.group("digits")
            scale = (m.group("dscale") or m.group("gscale") or "").lower()
            if not scale and m.end() < len(m.string) and m.string[m.end()].isalpha() \
                    and m.string[m.end():m.end() + 2].lower() not in ("st", "nd", "rd", "th") \
                    and not re.match(r"[x×](?![A-Za-z])", m.string[m.end():m.end() + 2]):
                return None     # "60PB", "2S": part of a designation
            dotted = not scale and DOTTED_THOUSANDS.fullmatch(digits) is not None
            # a decimal without a scale word ("1.5") is not a count of things
            if "." in digits and not scale and not dotted:
                return None
            number = digits.replace(",", ".") if DECIMAL_COMMA.fullmatch(digits) else re.sub(r"[,\s.]" if dotted else r"[,\s]", "", digits)
            value = round(float(number) * SCALES.get(scale, 1), 6)
        elif m.group("words"):
            value = word_value(m.group("words")) * SCALES.get((m.group("wscale") or "").lower(), 1) \
                + (word_value(m.group("wtail")) if m.group("wtail") else 0)
            if value == 0:
                return None
        elif m.group("a"):
            scale = m.group("ascale").lower()
            value = 12.0 if scale == "dozen" else SCALES[scale] + (word_value(m.group("atail")) if m.group("atail") else 0)
            if m.group("a").lower() != "one" and scale != "dozen" and not m.group("qual"):
                kind = "approx" if scale == "dozen" else "exact"
        else:
            return None
        if m.group("qual"):
            q = self.qualifiers[re.sub(r"\s+", " ", m.group("qual").lower())]
            if kind != "vague":
                kind = q.kind
        if m.group("plus"):
            kind = "at_least"
        return Quantity(m.start(), m.end(), value, kind, m.group())
