"""Compiled matchers built once from the reference data.

A Lexicon is an explicit object passed through the pipeline (never a module global);
``build_lexicon`` caches one per Reference.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..reference import Reference
from ..reference.catalog import AttachedWord, System
from ..reference.gazetteer import ActorName
from ..reference.rules import Cue, cue_pattern
from .numbers import QuantityFinder
from .scan import alternation
from .trie import NameTrie

WORD_AT = re.compile(r"[\w'’-]*")

MUNITION_UNITS = frozenset({"round", "missile", "rocket"})


# A designation written in capitals whose lower-case form reads as ordinary words ("AT4" →
# "at 4", "IS-2" → "is 2") is matched with its capitals only (a long name spelt out, "National
# Advanced Surface to Air Missile system", reads as no ordinary phrase in any case).
ENGLISH_SHORT = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we am".split())


def _looks_like_words(name: str) -> bool:
    tokens = re.findall(r"[^\W\d_]+", name)
    return any(c.isupper() for c in name) and len(tokens) <= 3 and any(t.lower() in ENGLISH_SHORT for t in tokens)


@dataclass(frozen=True)
class Term:
    """What a catalog name stands for: a system or an attached word."""

    system: System | None = None
    word: AttachedWord | None = None
    ambiguous: str = ""            # a name that stands for several systems (system_context.csv)

    @property
    def label(self) -> str:
        return self.system.name if self.system else (self.word.word if self.word else self.ambiguous)


class Lexicon:
    """All matchers of one Reference: systems, actors, titles, cues, quantities, currencies."""

    def __init__(self, ref: Reference):
        cat = ref.catalog
        names = [(a.alias, a.case_sensitive or _looks_like_words(a.alias), Term(system=cat.systems[a.system_id]))
                 for a in cat.aliases]
        names += [(w.word, False, Term(word=w)) for w in cat.attached]
        names += [(a, True, Term(ambiguous=a)) for a in sorted({r.alias for r in cat.context_rules})]
        self.systems = NameTrie(names)
        self.actors = NameTrie((n.alias, True, n) for n in ref.gazetteer.names)
        self.titles = NameTrie((t, True, t) for t in ref.gazetteer.titles)
        # "the German Ambassador to Ukraine", "envoy of Poland to the EU": the country after "to" is
        # where the office holder serves, neither giver nor receiver
        postings = "|".join(re.escape(t) for t in sorted(set(ref.gazetteer.postings), key=len, reverse=True))
        self.posting_before = re.compile(rf"\b(?:{postings})s?\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
                                         r"to\s+(?:the\s+)?$") if postings else None
        self.quantities = QuantityFinder(ref.rules.quantifiers)
        # rounds of no stated type counted in millions ("1.5m rounds of ammunition")
        count, _, system = ref.settings.get("bulk_rounds", "").partition(">")
        self.bulk_rounds = (float(count), ref.catalog.systems[system.strip()]) if system.strip() else None
        # generic kinds that, counted by the thousand, can only be the hand-held kind ("4,500 rocket launchers")
        self.bulk_kinds = {}
        for rule in ref.settings.get("bulk_kinds", "").split(";"):
            if rule.strip():
                src, _, rest = rule.partition(":")
                count, _, dst = rest.partition(">")
                self.bulk_kinds[src.strip()] = (float(count), ref.catalog.systems[dst.strip()])
        ships = [re.escape(w.strip()) for w in ref.settings.get("ship_prefixes", "").split(";") if w.strip()]
        self.ship_before = re.compile(rf"\b(?:{'|'.join(ships)})\s+$") if ships else None
        # catalog nouns that are also verbs ("will ship 200 Stingers")
        self.verb_nouns = frozenset(w.strip() for w in ref.settings.get("nouns_also_verbs", "").split(";") if w.strip())
        self.cues: tuple[Cue, ...] = tuple(sorted(ref.rules.cues, key=lambda c: -len(c.cue.split())))
        # Cues are found in two steps: a cheap scan for the first word of any cue, then the
        # full patterns of the cues that start with that word, anchored at that position.
        self.cue_first: dict[str, list[tuple[re.Pattern, Cue]]] = {}
        for c in self.cues:
            first = c.cue.split()[0].lower().rstrip("*")
            self.cue_first.setdefault(first, []).append((re.compile(cue_pattern(c.cue), re.IGNORECASE), c))
        # a case-sensitive prefix tree run over lower-cased text lets ``re`` skip to possible
        # first letters (the case-insensitive form serves text whose length changes in lower case)
        stems = alternation(self.cue_first, hyphen=r"[-\s]?")
        self.cue_scan = re.compile(r"(?<![\w-])" + stems)
        self.cue_scan_i = re.compile(r"(?<![\w-])" + stems, re.IGNORECASE)
        self._by_word: dict[str, list[tuple[re.Pattern, Cue]]] = {}
        self.ref = ref

    def country_name(self, iso3: str) -> str:
        return self.ref.gazetteer.country_name(iso3)

    def find_cues(self, text: str) -> list[tuple[int, int, Cue]]:
        """Every cue occurrence as ``(start, end, cue)``, leftmost-longest."""
        out = []
        seen = set()
        lower = text.lower()
        scan = self.cue_scan.finditer(lower) if len(lower) == len(text) else self.cue_scan_i.finditer(text)
        for m in scan:
            p = m.start()
            for pattern, cue in self._candidates(text, p):
                hit = pattern.match(text, p)
                if hit and (hit.start(), id(cue)) not in seen:
                    seen.add((hit.start(), id(cue)))
                    out.append((hit.start(), hit.end(), cue))
        return _leftmost_longest(out)

    def _candidates(self, text: str, pos: int) -> list[tuple[re.Pattern, Cue]]:
        """Patterns of the cues whose first word starts the text at ``pos`` (stems are word
        prefixes); remembered per word, as the same words recur."""
        word = WORD_AT.match(text, pos, pos + 40).group().lower()
        found = self._by_word.get(word)
        if found is None:
            # a shorter key is a stem only for cues written with "*": "in storage" never
            # starts at "infantry"
            found = [pc for k in range(1, len(word) + 1) for pc in self.cue_first.get(word[:k], ())
                     if k == len(word) or pc[1].cue.split()[0].endswith("*")]
            if len(self._by_word) < 100_000:
                self._by_word[word] = found
        return found


def _leftmost_longest(found: list[tuple[int, int, Cue]]) -> list[tuple[int, int, Cue]]:
    """Per cue kind, keep non-overlapping matches, leftmost first and longest at a position."""
    out = []
    for kind in {c.kind for _, _, c in found}:
        end = -1
        for a, b, c in sorted((f for f in found if f[2].kind == kind), key=lambda f: (f[0], -(f[1] - f[0]))):
            if a >= end:
                out.append((a, b, c))
                end = b
    return sorted(out, key=lambda f: f[0])


@lru_cache(maxsize=4)
def build_lexicon(ref: Reference) -> Lexicon:
    """The Lexicon of ``ref``, compiled once."""
    return Lexicon(ref)


__all__ = ["Lexicon", "Term", "build_lexicon", "ActorName", "MUNITION_UNITS"]
