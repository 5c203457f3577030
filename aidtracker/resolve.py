"""Repeats within a document: a headline and its body, a summary and its detail, a generic
word pointing back at a named system. One fact stays one record.

Two records of the same document, donor and recipient are one fact when
1. they count the same number of the same kind of thing (same category; same family, or one
   of them generic);
2. one has no number (or only a vague one) and the other names the same family, or the first
   is generic in the same category — unless both have explicit, different statuses;
3. neither has a number and they name the same system with the same status.
The survivor is the most informative record: a number beats none, a named system beats a
generic one, body text beats a headline; it keeps the earliest explicit date.
"""
from __future__ import annotations

from dataclasses import replace

from .model import Record

WEAK = ("weak", "context", "future")


def _same_kind(a: Record, b: Record) -> bool:
    if a.category != b.category:
        return False
    fa, fb = a.extra.get("family") or a.system, b.extra.get("family") or b.system
    return fa == fb or a.extra.get("generic") or b.extra.get("generic")


def _vague(r: Record) -> bool:
    return r.quantity is None or r.quantity_kind == "vague"


def _rank(r: Record) -> tuple:
    return (r.quantity is not None and r.quantity_kind != "vague", not r.extra.get("generic"),
            not r.extra.get("heading"), -r.start)


def same_fact(a: Record, b: Record) -> bool:
    """Do two records of one document state the same fact?

    >>> base = dict(doc="d", recipient="Ukraine", category="tanks", quantity_kind="exact", date="",
    ...             value=None, currency="", evidence="")
    >>> t1 = Record(donor="Poland", system="T-72", quantity=200, status="delivered", extra={"family": "T-72"}, **base)
    >>> t2 = Record(donor="Poland", system="tank", quantity=200, status="delivered", extra={"generic": True}, **base)
    >>> same_fact(t1, t2)
    True
    """
    if a.donor != b.donor or a.recipient != b.recipient or not _same_kind(a, b):
        return False
    if a.quantity is not None and b.quantity is not None and not _vague(a) and not _vague(b):
        return a.quantity == b.quantity
    if _vague(a) and _vague(b):
        same_system = a.system == b.system or (a.extra.get("family") and a.extra.get("family") == b.extra.get("family"))
        return (same_system or a.extra.get("generic") or b.extra.get("generic")) and \
            (a.status == b.status or a.extra.get("strength") in WEAK or b.extra.get("strength") in WEAK) \
            and (a.quantity is None or b.quantity is None or a.quantity == b.quantity)
    vague, firm = (a, b) if _vague(a) else (b, a)
    family_match = vague.extra.get("family") and vague.extra.get("family") == firm.extra.get("family")
    if not (family_match or vague.extra.get("generic") or vague.system == firm.system):
        return False
    return vague.status == firm.status or vague.extra.get("strength") in WEAK


def resolve_document(records: list[Record]) -> list[Record]:
    """Merge records of one document that state the same fact; keep text order."""
    kept: list[Record] = []
    for rec in records:
        for i, other in enumerate(kept):
            if same_fact(rec, other):
                keep, drop = (rec, other) if _rank(rec) > _rank(other) else (other, rec)
                date = keep.date
                if drop.extra.get("explicit_date") and not keep.extra.get("explicit_date"):
                    date = drop.date
                kept[i] = replace(keep, date=date)
                break
        else:
            kept.append(rec)
    return sorted(kept, key=lambda r: r.start)
