"""Measure extraction against a hand-annotated gold file in the shared schema.

A predicted record matches a gold record of the same document when donor and category agree
and, where the gold record states a quantity, the quantities are equal; among candidates the
one whose system name shares most words with the gold system wins, and each record is
matched once (the reference scorer's rule). Package-value rows (category ``package``) are left
out. Donor and recipient names are compared through the gazetteer, so "UK" and "United
Kingdom" agree.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from .reference import Reference, load_reference

FIELDS = ("status", "quantity_kind", "recipient", "date")


@dataclass
class Evaluation:
    gold: int
    predicted: int
    matched: int
    agreement: dict[str, int] = field(default_factory=dict)
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self, verbose: bool = True) -> list[str]:
        out = [f"gold={self.gold} predicted={self.predicted} matched={self.matched}"]
        for f in FIELDS:
            share = self.agreement.get(f, 0) / self.matched if self.matched else 0.0
            out.append(f"  {f} agreement on matched: {self.agreement.get(f, 0)}/{self.matched} ({share:.3f})")
        if verbose:
            for g in self.missed:
                out.append(f"MISSED {g['doc']} | {g['donor']} | {g.get('system', '')} | {g.get('quantity', '')} | "
                           f"{g['category']} | {g.get('evidence', '')}")
            for p in self.extra:
                out.append(f"EXTRA  {p['doc']} | {p['donor']} | {p.get('system', '')} | {p.get('quantity') if p.get('quantity') is not None else ''} | "
                           f"{p['category']} | {p.get('evidence', '')}")
        out.append(f"F1={self.f1:.3f} P={self.precision:.3f} R={self.recall:.3f}")
        return out


def _tokens(s: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", (s or "").lower()) if t}


def _qty(v) -> float | None:
    if v in (None, ""):
        return None
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        return None


class _Actors:
    def __init__(self, ref: Reference):
        self.map = {n.alias.casefold(): n.iso3 for n in ref.gazetteer.names if n.iso3}
        self.map.update({c.name.casefold(): c.iso3 for c in ref.gazetteer.countries.values()})

    def __call__(self, name: str) -> str:
        key = re.sub(r"^the\s+", "", (name or "").strip(), flags=re.I).casefold()
        return self.map.get(key, key)


def evaluate(gold: list[dict], predicted: list[dict], ref: Reference | None = None,
             docs: set[str] | None = None) -> Evaluation:
    """Compare predicted rows with gold rows (both dicts in the shared schema).

    ``docs`` limits both sides to those documents (default: the documents of ``predicted``
    that also occur in ``gold``, plus gold documents when ``predicted`` is empty).

    >>> g = [{"doc": "d", "donor": "United Kingdom", "category": "tanks", "quantity": "14", "system": "Challenger 2"}]
    >>> p = [{"doc": "d", "donor": "UK", "category": "tanks", "quantity": 14.0, "system": "Challenger 2"}]
    >>> evaluate(g, p, docs={"d"}).f1
    1.0
    """
    actor = _Actors(ref or load_reference())
    predicted = [p for p in predicted if (p.get("category") or "") != "package"]
    if docs is not None:
        gold = [g for g in gold if g["doc"] in docs]
        predicted = [p for p in predicted if p["doc"] in docs]
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        gq = _qty(g.get("quantity"))
        best, best_score = None, -1
        for pi, p in enumerate(predicted):
            if pi in used or p["doc"] != g["doc"] or actor(p.get("donor")) != actor(g.get("donor")):
                continue
            if (p.get("category") or "") != (g.get("category") or ""):
                continue
            pq = _qty(p.get("quantity"))
            if gq is not None and pq != gq:
                continue
            score = len(_tokens(p.get("system")) & _tokens(g.get("system"))) + (gq is None and pq is None)
            if score > best_score:
                best, best_score = pi, score
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    ev = Evaluation(len(gold), len(predicted), len(pairs))
    for f in FIELDS:
        norm = actor if f == "recipient" else (lambda v: str(v or "").strip())
        ev.agreement[f] = sum(1 for gi, pi in pairs if norm(gold[gi].get(f)) == norm(predicted[pi].get(f)))
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    ev.missed = [g for i, g in enumerate(gold) if i not in matched_g]
    ev.extra = [p for i, p in enumerate(predicted) if i not in matched_p]
    return ev


def read_gold(path: str | Path) -> list[dict]:
    """Rows of a gold CSV in the shared schema."""
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))
