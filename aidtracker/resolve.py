"""Repeats within a document: a headline and its body, a summary and its detail, a generic
word pointing back at a named system. One fact stays one record.

Two records of the same document, donor, recipient and category are one fact when
1. they count the same number of the same system (or one names the family of the other:
   "Leopard 2" / "Leopard 2A6"; or one is a bare generic word with the same head noun:
   "200 tanks" / "200 T-72 tanks");
2. one has no number (or only a vague one) and the other names the same system or family, or
   the first is a generic word with the other's head noun ("tanks" / "T-72 tanks") — unless
   both have explicit, different statuses;
3. neither has a number (or both only vague ones), they have the same status and name the same
   system or family, or one is a bare generic word with the other's head noun;
4. they come from the same sentence repeated (a summary restating the text) and give the same
   system and number, whatever status their context gave them.
The survivor is the most informative record: a number beats none, a named system beats a
generic one, body text beats a headline, a later detailed mention beats an earlier summary;
it keeps an explicit date if any of the merged mentions had one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .model import Record

WEAK = ("weak", "context", "future")


def _family_of(a: Record, b: Record) -> bool:
    """One names the family of the other ("Leopard 2" and "Leopard 2A6"), or both the same system."""
    if a.system == b.system:
        return True
    fam = a.extra.get("family")
    return bool(fam) and fam == b.extra.get("family") and fam in (a.system, b.system)


def _points_at(generic: Record, other: Record, loose: bool = False) -> bool:
    """A generic word naming the same kind of thing as the other record ("tanks" / "T-72 tanks"):
    a lone word; with ``loose`` (the other is counted) also an uncounted phrase with the same
    head noun and no conflicting status ("air defense interceptors" / "30 PAC-3 interceptors")."""
    if not generic.extra.get("generic") or generic.extra.get("head") != other.extra.get("head"):
        return False
    if generic.extra.get("bare"):
        return True
    return loose and generic.quantity is None and \
        (generic.status == other.status or generic.extra.get("strength") in WEAK)


def _restates(generic: Record, other: Record) -> bool:
    """"… its first gift of an air defence system": a generic description of a named system."""
    return bool(generic.extra.get("indefinite")) and generic.extra.get("generic") and not other.extra.get("generic")


def _renamed(generic: Record, other: Record) -> bool:
    """"donate 200 armoured vehicles" … "the 200 Senator APCs": the same count of the same kind,
    once in general words and once by name, in the same state (or once in a heading)."""
    return bool(generic.extra.get("generic")) and not other.extra.get("generic") and generic.sentence != other.sentence \
        and (generic.status == other.status or bool(generic.extra.get("heading")) or bool(other.extra.get("heading")))


def _mentioned_again(generic: Record, named: Record, lone: frozenset) -> bool:
    """"Oslo will give six F-16s … the decision to send the combat aircraft": an uncounted generic
    word, alone in another sentence, of the same giver and kind, speaks of the named, counted
    system (in a list, "fuel, anti-tank and anti-aircraft equipment", it is a thing of its own)."""
    # ("missiles" for a Patriot system are a thing of their own, and "has sent jets before" another event)
    return generic.sentence in lone and generic.sentence != named.sentence \
        and generic.quantity is None and bool(generic.extra.get("generic")) and "-of-system" not in generic.rule \
        and named.quantity is not None and not named.extra.get("generic") \
        and (generic.status == named.status or generic.extra.get("strength") in WEAK)


def _named_elsewhere(generic: Record, named: Record, lone: frozenset) -> bool:
    """"Macron says France will send long-range missiles" … "France will send SCALP missiles": an
    uncounted description, alone in its sentence, of what another sentence names with the same noun."""
    return generic.sentence in lone and generic.sentence != named.sentence and bool(generic.extra.get("generic")) \
        and not named.extra.get("generic") and "-of-system" not in generic.rule \
        and generic.extra.get("head") is not None and generic.extra.get("head") == named.extra.get("head")


def _named_by_definite(named: Record, counted: Record) -> bool:
    """"will donate three armed drones" … "would donate the Bayraktar TB2 drones": an uncounted named
    system with "the", in another sentence, names the counted kind of thing with the same noun."""
    return bool(named.extra.get("definite")) and not named.extra.get("generic") and named.quantity is None \
        and bool(counted.extra.get("generic")) and counted.quantity is not None and named.sentence != counted.sentence \
        and named.extra.get("head") is not None and named.extra.get("head") == counted.extra.get("head") \
        and (named.status == counted.status or named.extra.get("strength") in WEAK)


def _vague(r: Record) -> bool:
    return r.quantity is None or r.quantity_kind == "vague"


RESTATED = re.compile(r"\b(?:said|announced|stated|reported|confirmed)\s+earlier\b|\bearlier,?\s+(?:said|announced|stated)\b",
                      re.I)


# a sentence about gifts made before the one reported ("Previously, Australia has shipped …")
# ("Earlier, the ambassador said …" restates; it does not date a gift)
PRIOR = re.compile(r"^\W*(?:previously|before\s+that|before\s+this|in\s+the\s+past)\b|"
                   r"\b(?:(?:has|have|had)\s+(?:previously|already)|previously)\s+(?:sent|shipped|delivered|provided|supplied|"
                   r"donated|transferred|handed\s+over|given)\b", re.I)


def _earlier_gift(a: Record, b: Record) -> bool:
    """One of two statements with different statuses speaks of an earlier gift ("Previously,
    Australia has shipped …", "Sweden previously handed over 50 such IFVs"): two gifts."""
    return a.status != b.status and (PRIOR.search(a.sentence) is None) != (PRIOR.search(b.sentence) is None)


def _rank(r: Record) -> tuple:
    # on a tie the later mention wins (reports summarise first and give details after),
    # unless it only restates what someone "said earlier"
    # (a part or munition of a named system, "four HIMARS launchers", names it as well as the system)
    return (r.quantity is not None and r.quantity_kind != "vague", not r.extra.get("generic") or "-of-system" in r.rule,
            r.quantity_kind != "approx",
            r.system != r.extra.get("family"), not r.extra.get("heading"), not RESTATED.search(r.sentence),
            r.start)


APPROX_TOLERANCE = 0.12     # how far "about N" may be from the exact count it rounds


def _two_events(a: Record, b: Record) -> bool:
    """Two statements of one count dated to two different days are two events."""
    # (but "the first four of 13 jets" restates the whole of a commitment made on another day)
    return not any("whole" in r.rule for r in (a, b))


def same_fact(a: Record, b: Record, lone: frozenset = frozenset()) -> bool:
    """Do two records of one document state the same fact? ``lone``: the sentences that give
    only one record.

    >>> base = dict(doc="d", recipient="Ukraine", category="tanks", quantity_kind="exact", date="",
    ...             value=None, currency="", evidence="")
    >>> t1 = Record(donor="Poland", system="T-72", quantity=200, status="delivered",
    ...             extra={"family": "T-72", "head": "tank"}, **base)
    >>> t2 = Record(donor="Poland", system="tank", quantity=200, status="delivered",
    ...             extra={"generic": True, "bare": True, "head": "tank"}, **base)
    >>> same_fact(t1, t2)
    True
    """
    if a.category == "package" or b.category == "package":
        return a.category == b.category and same_package(a, b)
    if a.donor != b.donor or a.recipient != b.recipient or a.category != b.category:
        return False
    if a.sentence == b.sentence and a.start != b.start and ("ellipsis" in a.rule or "ellipsis" in b.rule):
        return False    # "bought two IRIS-T units and pledged to send another two": more of the same thing
    if a.sentence and a.sentence.strip() == b.sentence.strip() and a.system == b.system and a.quantity == b.quantity:
        return True     # a sentence repeated (ISW's key takeaways restate the text), whatever its context
    if a.sentence == b.sentence and a.system != b.system and not a.extra.get("generic") and not b.extra.get("generic"):
        return False    # "M113 and M577 armoured vehicles": two models listed together are two things
    if a.sentence == b.sentence and a.system != b.system and a.start != b.start \
            and not (a.extra.get("bare") or b.extra.get("bare")):
        return False    # "YPR vehicles (196 units) and Fennek reconnaissance vehicles": a list names two things
    if a.sentence == b.sentence and a.system != b.system and a.extra.get("indefinite") and b.extra.get("indefinite"):
        return False    # "a Dachs engineer vehicle, an armoured recovery vehicle and two trucks": one each
    if a.sentence == b.sentence and a.system != b.system and "-of-system" in a.rule and "-of-system" in b.rule:
        return False    # "munitions for NASAMS and munitions for Patriot": each system's own
    if a.sentence == b.sentence and a.system != b.system and ("munition-of-system" in a.rule) != ("munition-of-system" in b.rule):
        return False    # "four NASAMS and munitions": the launchers and their missiles
    if a.sentence == b.sentence and a.start != b.start and {"+part" in a.rule, "+part" in b.rule} == {True, False} \
            and any("+whole" in r.rule for r in (a, b)):
        return False    # "about 5,000 of the 5,500 Javelins": the part given and the whole promised
    if a.quantity is not None and b.quantity is not None and not _vague(a) and not _vague(b):
        if a.extra.get("explicit_date") and b.extra.get("explicit_date") and a.date != b.date \
                and not (a.extra.get("heading") or b.extra.get("heading")) and _two_events(a, b):
            return False    # "on July 10 … four more HIMARS", "on July 20 … four more HIMARS": two events
        if _earlier_gift(a, b):
            return False    # "This regards 20 Bushmasters …" and "Previously, Australia has shipped … 20 Bushmasters"
        if a.sentence != b.sentence and {a.status, b.status} == {"delivered", "pledged"}:
            return False    # "Kyiv has received three tanks from Portugal" and "… three Portuguese tanks would be sent"
        close = a.quantity == b.quantity or (
            # "nearly 100 Brimstone missiles" in the summary, "90 Brimstone missiles" in the list
            "approx" in (a.quantity_kind, b.quantity_kind) and a.system == b.system
            and abs(a.quantity - b.quantity) <= APPROX_TOLERANCE * max(a.quantity, b.quantity))
        return close and (_family_of(a, b) or _points_at(a, b) or _points_at(b, a)
                                             or _restates(a, b) or _restates(b, a) or _renamed(a, b) or _renamed(b, a))
    if _vague(a) and _vague(b):
        pointer = _points_at(a, b) or _points_at(b, a) or _named_elsewhere(a, b, lone) or _named_elsewhere(b, a, lone)
        same_status = a.status == b.status or a.extra.get("heading") or b.extra.get("heading")
        return (_family_of(a, b) or pointer) and same_status \
            and (a.quantity is None or b.quantity is None or a.quantity == b.quantity)
    if _earlier_gift(a, b):
        return False
    vague, firm = (a, b) if _vague(a) else (b, a)
    if _mentioned_again(vague, firm, lone) or _named_by_definite(vague, firm):
        return True
    if not (_family_of(vague, firm) or _points_at(vague, firm, loose=True)):
        return False
    if firm.extra.get("generic") and not vague.extra.get("generic") and firm.system != vague.system:
        return False    # "152mm and 122mm shells" are not restated by a later "1.6 million artillery shells"
    # a headline restates the body: its verb ("pledges") need not match
    return vague.status == firm.status or vague.extra.get("strength") in WEAK or bool(vague.extra.get("heading"))


def same_package(a: Record, b: Record) -> bool:
    """One package value stated twice (headline and body, a quoted restatement), or a headline
    that restates the body's amount in dollars.

    >>> base = dict(doc="d", recipient="Ukraine", system="", category="package", quantity=None,
    ...             quantity_kind="unknown", status="announced", date="", evidence="")
    >>> body = Record(donor="Sweden", value=4.6e9, currency="SEK", stated_usd=443e6, **base)
    >>> head = Record(donor="Sweden", value=440e6, currency="USD", extra={"heading": True}, **base)
    >>> same_package(body, head)
    True
    """
    if a.donor != b.donor or a.value is None or b.value is None:
        return False
    if a.currency == b.currency and abs(a.value - b.value) <= 0.005 * max(a.value, b.value):
        return True
    for x, y in ((a, b), (b, a)):
        if x.extra.get("heading") and x.currency == "USD" and y.stated_usd \
                and abs(x.value - y.stated_usd) <= 0.03 * y.stated_usd:
            return True
    return False


def resolve_document(records: list[Record]) -> list[Record]:
    """Merge records of one document that state the same fact; keep text order."""
    kept: list[Record] = []
    per_sentence = Counter(r.sentence for r in records if r.category != "package")
    lone = frozenset(s for s, n in per_sentence.items() if n == 1)
    for rec in records:
        same = [k for k in kept if same_fact(rec, k, lone)]
        if not same:
            kept.append(rec)
            continue
        if len(same) > 1 and _vague(rec) and any(not _vague(k) for k in same):
            # an uncounted mention ("the HIMARS") restates one counted fact, not every one it could
            same = [k for k in same if not _vague(k)][-1:]
        group = same + [rec]
        best = max(group, key=_rank)
        valued = [g for g in group if g.value is not None]
        if best.value is None and valued:
            # a value stated on any mention of the fact stays with the fact
            best = replace(best, value=valued[0].value, currency=valued[0].currency, stated_usd=valued[0].stated_usd)
        named = [g for g in group if g is not best and _named_by_definite(g, best)]
        if named:
            # the count of the generic mention, the name of the definite one
            n = named[0]
            best = replace(best, system=n.system, extra={**best.extra, "generic": False, "bare": False,
                                                         "family": n.extra.get("family"),
                                                         "system_id": n.extra.get("system_id")})
        explicit = [r.date for r in group if r.extra.get("explicit_date")]
        if explicit and not best.extra.get("explicit_date"):
            best = replace(best, date=explicit[0])
        kept = [k for k in kept if all(k is not g for g in same)] + [best]
    return sorted(kept, key=lambda r: r.start)


def drop_restated_headlines(records: list[Record], tolerance: float = 0.08) -> list[Record]:
    """A headline's dollar figure that restates a package the body gives in another currency.

    Run after FX conversion: "Sweden announces $440 million support package" over "Sweden will give
    military support totalling 4.6 billion Swedish crowns" is one package, kept in the source's
    own currency. The dollar figure must be within ``tolerance`` of the body's converted value.

    >>> base = dict(doc="d", recipient="Ukraine", system="", category="package", quantity=None,
    ...             quantity_kind="unknown", status="announced", date="", evidence="")
    >>> head = Record(donor="Sweden", value=440e6, currency="USD", extra={"heading": True}, **base)
    >>> body = Record(donor="Sweden", value=4.6e9, currency="SEK", value_usd=452e6, **base)
    >>> [r.currency for r in drop_restated_headlines([head, body])]
    ['SEK']
    """
    bodies = [r for r in records if r.category == "package" and not r.extra.get("heading") and r.value_usd]
    def restated(r: Record) -> bool:
        return r.category == "package" and bool(r.extra.get("heading")) and r.currency == "USD" \
            and r.value is not None and any(b.donor == r.donor and b.currency != "USD"
                                            and abs(b.value_usd - r.value) <= tolerance * b.value_usd for b in bodies)
    return [r for r in records if not restated(r)]
