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
from .trie import NameTrie

MUNITION_UNITS = frozenset({"round", "missile", "rocket"})


@dataclass(frozen=True)
class Term:
    """What a catalog name stands for: a system or an attached word."""

    system: System | None = None
    word: AttachedWord | None = None

    @property
    def label(self) -> str:
        return self.system.name if self.system else self.word.word


class Lexicon:
    """All matchers of one Reference: systems, actors, titles, cues, quantities, currencies."""

    def __init__(self, ref: Reference):
        cat = ref.catalog
        names = [(a.alias, a.case_sensitive, Term(system=cat.systems[a.system_id])) for a in cat.aliases]
        names += [(w.word, False, Term(word=w)) for w in cat.attached]
        self.systems = NameTrie(names)
        self.actors = NameTrie((n.alias, True, n) for n in ref.gazetteer.names)
        self.titles = NameTrie((t, True, t) for t in ref.gazetteer.titles)
        self.quantities = QuantityFinder(ref.rules.quantifiers)
        self.cues: tuple[Cue, ...] = tuple(sorted(ref.rules.cues, key=lambda c: -len(c.cue.split())))
        # one pattern per cue kind, so a phrase can be a status cue and a carry cue at once
        self.cue_res = []
        for kind in sorted({c.kind for c in self.cues}):
            idx = [i for i, c in enumerate(self.cues) if c.kind == kind]
            self.cue_res.append(re.compile("|".join(f"(?P<c{i}>{cue_pattern(self.cues[i].cue)})" for i in idx),
                                           re.IGNORECASE))
        self.ref = ref

    def country_name(self, iso3: str) -> str:
        return self.ref.gazetteer.country_name(iso3)

    def find_cues(self, text: str) -> list[tuple[int, int, Cue]]:
        """Every cue occurrence as ``(start, end, cue)``, leftmost-longest."""
        out = []
        for pattern in self.cue_res:
            for m in pattern.finditer(text):
                out.append((m.start(), m.end(), self.cues[int(m.lastgroup[1:])]))
        return sorted(out, key=lambda c: c[0])


@lru_cache(maxsize=4)
def build_lexicon(ref: Reference) -> Lexicon:
    """The Lexicon of ``ref``, compiled once."""
    return Lexicon(ref)


__all__ = ["Lexicon", "Term", "build_lexicon", "ActorName", "MUNITION_UNITS"]
