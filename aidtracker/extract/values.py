"""What each amount of money in a sentence is, and where it belongs.

An amount is a *conversion* (the source's own rendering of the amount before it, in
brackets), an exchange rate, *cumulative* (running, annual, all-time totals), *not aid* (unit
prices, budgets, industry funding, payments to non-recipients), *shared* (the value of several
items), an *item* value ("40 drones worth $20 million", "this funding, worth …" right after a
single item), or — given by a donor to a recipient — the value of a *package*, which becomes a
record of its own (category ``package``; no system, no quantity).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference.currencies import CurrencyName
from .items import Item, head_of, prices_one
from .mentions import Analysis, clauses
from .money import Money

# ("183 million francs, just under 182 million euros": the hedge may come before the amount's own "under")
_HEDGES = r"(?:roughly|about|around|approximately|approx\.|some|nearly|almost|or|i\.e\.|equivalent\s+to|the\s+equivalent\s+of|just|slightly)"
# the source's own equivalent: "(about $156 million)", ", or about $156 million", ", some $100 million",
# "/ $940 million"
CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:" + _HEDGES + r"|US|U\.S\.)?\s*$|\s*,\s*(?:which\s+is\s+|that\s+is\s+)?(?:or\s+)?" + _HEDGES
                            + r"\s*$|\s*/\s*$|\s*,?\s*(?:or|i\.e\.)\s*$|\s*,\s*(?:which|that)\s+is\s*$", re.I)
# "a PLN 400 million package, some $100 million, …": a different currency a few words on
LOOSE_CONVERSION_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}[\w-]+\s*,\s*(?:or\s+)?(" + _HEDGES + r")?\s*", re.I)
RATE_AFTER = re.compile(r"^\s*=")
WORTH_BEFORE = re.compile(r"\s*(?:,\s*)?(?:which\s+(?:is|are|was|were)\s+)?(?:worth|valued\s+at|costing|at\s+a\s+cost\s+of|with\s+a\s+value\s+of"
                          r"(?:\s+(?:around|about|roughly|some))?)\s*$", re.I)
# ("Javelin anti-tank missile systems: ~$375 million": a tilde hedges the amount)
LIST_VALUE_GAP = re.compile(r"\s*[,:–—-]\s*~?\s*")
LIST_ELEMENT_END = re.compile(r"\s*(?:;|\.?\s*$|\n)")
WORTH_AFTER = re.compile(r"^\s*(?:worth\s+of|in)\s+(?:(?!and\b|or\b|military\b|aid\b)[a-z][\w-]*\s+){0,2}$", re.I)
# A deal for one item: "12 AH-64 helicopters to Poland for an estimated $12 billion", "a $6.5
# billion contract with Hyundai Rotem for 180 K2 tanks". The amount pays for that item alone only
# when the sentence names nothing else it could cover.
_HEDGE = r"(?:\s+(?:an?\s+)?(?:estimated|total\s+of|around|about|roughly|some|approximately|nearly|almost|up\s+to))*"
DEAL_BEFORE = re.compile(r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})?\s*,?\s*(?i:for|at\s+a(?:\s+total)?"
                         r"\s+cost\s+of|worth|valued\s+at|costing|priced\s+at|with\s+the\s+(?:contract|deal|order)\s+(?:valued\s+at|worth)|"
                         r"(?:for|at|with)\s+an?\s+(?:estimated\s+)?(?:total\s+)?(?:cost|value|price)\s+of)" + _HEDGE + r"\s*")
VALUE_OF_BEFORE = re.compile(r"\b(?:a|the|its|their)\s+(?:total\s+)?value\s+of" + _HEDGE + r"\s*$", re.I)
# "4,500 drones with a total value of €5 million": a total that is one item's value when the
# sentence names only that item (otherwise the cue "total value" reads it as a running total)
TOTAL_VALUE_BEFORE = re.compile(r"\bwith\s+a\s+total\s+value\s+of" + _HEDGE + r"\s*$", re.I)
DEAL_AFTER = re.compile(r"\s*(?i:contract|deal|order|agreement|purchase|sale)\s+(?:with\s+(?:the\s+)?[A-Z][^,.;]{0,50}?\s+)?"
                        r"(?i:for|of|to\s+(?:buy|purchase|acquire|supply|deliver|produce|manufacture))\s+(?:the\s+)?"
                        r"(?i:(?:procurement|purchase|acquisition|production|delivery|supply)\s+of\s+(?:the\s+)?)?"
                        r"(?i:(?:up\s+to|another|an\s+additional|additional|a\s+further)\s+)?")
# "a contract worth EUR 168 million was concluded, which provides for the supply of 300,000 shells":
# the deal named before its amount, its contents after
DEAL_NAMED_BEFORE = re.compile(r"\b(?:contract|deal|order|agreement)\s+(?:worth|valued\s+at)" + _HEDGE + r"\s*$", re.I)
DEAL_CONTENTS_AFTER = re.compile(r"\s*(?:(?:was|were|has\s+been|had\s+been)\s+(?:signed|concluded|agreed|placed)\s*)?,?\s*"
                                 r"(?:which|that)\s+(?:provides|provided|covers|covered|includes|included)\s+(?:for\s+)?"
                                 r"(?:the\s+)?(?:(?:supply|delivery|purchase|production|procurement)\s+of\s+)?", re.I)
# Money set against one item: "€260 million will be spent on artillery shells", "will allocate €27
# million for artillery shells", "NOK 210 million to buy air defence missiles"
FUNDS_AFTER = re.compile(r"\s*,?\s*(?:(?:(?:will|is|are|would)\s+(?:to\s+)?be\s+(?:spent|used|allocated|earmarked|invested)\s+|"
                         # "$30 million is being spent on drones"
                         r"(?:is|are)\s+being\s+(?:spent|used|invested)\s+|"
                         r"(?:is|are)\s+(?:earmarked\s+)?)?"
                         # "C$1 million for Ukraine to buy satellite imagery"
                         r"(?:for\s+(?:the\s+)?[A-Z][\w’'-]*\s+(?=to\s))?"
                         r"(?i:on|for|towards?|to\s+(?:buy|purchase|procure|acquire|"
                         r"finance|fund|pay\s+for))\s+"
                         # "$50 million will fund short-range air defence systems"
                         r"|(?:will|would)\s+(?:fund|finance|buy|purchase|procure|pay\s+for)\s+)(?:the\s+)?(?:(?:purchase|procurement|acquisition|production)\s+of\s+)?"
                         r"(?:the\s+)?(?i:(?:up\s+to|another|an\s+additional|additional|a\s+further|new|more)\s+)?"
                         # "£7.5 million for attack and reconnaissance drones": a modifier shared by "and"
                         r"(?:(?!(?:and|or|as|other)\b)[a-z][\w-]*\s+(?:and|or)\s+)?"
                         # ("$15 million on equipment including helmets, boats …" pays for no one of them)
                         r"(?:(?!(?:and|or|as|other|including|such|like)\b)[a-z][\w-]*\s+){0,2}", re.I)
SPENT_ON_LISTED = re.compile(r"\s+(?:(?:will|would)\s+be\s+spent\s+)?(?:on|for)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:equipment|items|supplies|goods|materiel)\s*,?\s*(?:including|such\s+as)\b", re.I)
# after the item an amount pays for: the clause ends, or the next amount's phrase begins
# ("… to purchase maritime drones that are already in use", "… FPV drones through the drone coalition")
FUNDED_ITEM_END = re.compile(r"\s*(?:$|[.;:)]|,(?!\s*(?:and|as\s+well\s+as|including|plus|along)\b)|\s+(?:for|to)\s+"
                             r"(?:the\s+)?[A-Z]|\s+(?:that|which|through|via)\s)", re.I)
OTHER_CONTENTS = re.compile(r"\b(?:package|aid|assistance|support|including|includes|and\s+other|as\s+well\s+as|among|"
                            r"equipment|tranche|plus|along\s+with|training|services|spare\s+parts|ammunition\s+for)\b",
                            re.I)
_IS_AMOUNT = r"\s+(?:is|was|will\s+be|amounts\s+to)\s+(?:about|around|some|over|almost|nearly)?\s*$"
# "The transaction value is 3 billion złoty", "The grant is estimated at $13.76 million"
VALUE_IS_BEFORE = re.compile(r"(?:\b(?:value|cost)" + _IS_AMOUNT + r"|estimated\s+at\s*$)", re.I)
ANAPHORIC_VALUE = re.compile(r"\b(?:this|the|that)\s+(?:funding|purchase|donation|contribution|acquisition|gift|grant|system|"
                             r"order|deal|contract|transaction)\b.{0,40}\b(?:value|worth|cost|estimated\s+at)", re.I)
# "The cost of the contract is 216 million euros."
# ("The total cost of the trucks, their procurement and delivery is 400,000 euros.")
COST_OF_IS = re.compile(r"\b(?:value|cost|price)\s+of\s+(?:(?:the|this|that)\s+(?:purchase|donation|order|deal|contract|transaction)|"
                        r"(?:the|these|those)\s+(?!(?:package|tranche|aid|assistance|support|funds|weapons)\b)[\w-]+s\b[^.;:]{0,50}?)"
                        + _IS_AMOUNT, re.I)
# "The vehicles are worth $11 million." right after a sentence naming one item: its value
# ("They are valued at $245 million": plural "they" is the items; "it" may be the package)
THESE_ARE_WORTH = re.compile(r"^\s*(?:(?:the|these|those)\s+(?!(?:package|tranche|aid|assistance|support|total|funds?|money)\b)"
                             r"(?:[\w-]+\s+){0,2}?|they\s+)(?:(?:is|are|was|were)\s+(?:worth|valued\s+at|estimated\s+at)|"
                             r"(?:will\s+|would\s+)?cost)"
                             r"(?:\s+(?:about|around|some|over|almost|nearly|approximately|more\s+than))?\s*$", re.I)


@dataclass
class MoneyUse:
    money: Money
    kind: str                      # package | item | shared | cumulative | not_aid | conversion
    currency: CurrencyName | None
    stated_usd: float | None = None
    item: Item | None = None


FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|an\s+additional|another|a\s+new)\s+$", re.I)
# ("AUD 50 million of the new AUD 100 million package would be spent on …": counted once, in the package)
PART_OF_AFTER = re.compile(r"\s*of\s+(?:it|this|that|them|the\s+(?:total|package|sum|amount)|"
                           r"(?:the|this|its)\s+(?:new\s+|latest\s+)?[^,.;]{1,40}?\s+(?:package|tranche))\b", re.I)
WILL = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|is\s+set\s+to)\b(?!\s+have\b)", re.I)   # (not "will have provided": a total by then)
BRINGS_TO = re.compile(r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|raise|raises|raising|"
                       r"increase|increases|increased|increasing|rise|rises|rose|rising|grow|grows|grew|growing)\b"
                       r"(?:[^.;:]|(?<=\b[A-Z])\.){0,100}\bto\s+(?:(?:a\s+total\s+of|about|around|some|over|nearly|almost|more\s+than|roughly|"
                       r"just\s+(?:over|under))\s+)?$", re.I)
NAMED_PACKAGE_BEFORE = re.compile(r"\b(?:an?|the|its|this)\s+(?:[\w-]+\s+){0,2}(?:package|tranche)\s+(?:(?:for|to)\s+(?:[A-Z][\w’'-]*\s*){1,2}\s*)?"
                                  r"(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$")
# ("a A$245 million ($160 million) package": past the bracketed equivalent)
NAMED_PACKAGE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[\w-]+\s+){0,2}?(?:aid\s+|support\s+|assistance\s+)?package\b", re.I)
LABEL_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
LABELLED_GIFT = re.compile(r"\s+(?:donation|gift|transfer|purchase|procurement|contract|order)\b", re.I)
PART_BREAKDOWN = re.compile(r"\b(?:including|includes|of\s+which|comprising|consisting\s+of|contains?)\b", re.I)
BREAKDOWN = re.compile(r"\b(?:including|includes|of\s+which|comprising|consisting\s+of|contains?|with)\b", re.I)


def pick_currency(m: Money, donors: list[str]) -> CurrencyName | None:
    """The currency a symbol or name means for this donor ("$" in a Canadian figure is CAD)."""
    if not m.currencies:
        return None
    for c in m.currencies:
        if c.country and c.country in donors:
            return c
    return m.currencies[0]


def _near(m: Money, scope: str, cue_start: int, cue_end: int) -> bool:
    before = 0 <= m.start - cue_end <= 30
    after = 0 <= cue_start - m.end <= 30
    return {"near": before or after, "before": before, "after": after}[scope]


def classify(an: Analysis, m: Money, items: list[Item], previous_items: list[Item]) -> tuple[str, Item | None]:
    """The kind of one amount, and the item it belongs to when it is an item value."""
    # brackets hold conversions here, so they do not end the clause of an amount
    if NAMED_PACKAGE_AFTER.match(an.text, m.end) or NAMED_PACKAGE_BEFORE.search(an.text, max(0, m.start - 60), m.start):
        return "package", None      # "The €250 million package takes …", "had delivered a package for Ukraine worth €600 million"
    # "the 650-million Canadian dollar ($472.8 million) ACSV donation": the amount labels one item's gift
    labelled = next((i for i in items if i.start >= m.end and LABEL_GAP.fullmatch(an.text, m.end, i.start)
                     and LABELLED_GIFT.match(an.text, i.end)), None)
    if labelled is not None:
        return "item", labelled
    if SPENT_ON_LISTED.match(an.text, m.end):
        return "shared", None       # "another AUD 15 million on equipment, including helmets, inflatable boats, …"
    if FURTHER_BEFORE.search(an.text, max(0, m.start - 20), m.start):
        # "announcing a further C$500 million" (but "another €240 million on ammunition for tanks",
        # "an additional $1 billion in humanitarian assistance")
        funded = _funded_item(an, m, items)
        if funded is not None:
            return "item", funded
        if any(c.cue.kind == "money" and c.cue.value == "not_aid" and c.cue.scope != "clause"
               and _near(m, c.cue.scope, c.start, c.end) for c in an.cues):
            return "not_aid", None
        return "package", None
    if BRINGS_TO.search(an.text, max(0, m.start - 120), m.start):
        return "cumulative", None   # "would bring the US assistance committed to Ukraine to $8.2 billion"
    if TOTAL_VALUE_BEFORE.search(an.text, max(0, m.start - 40), m.start):
        deal = _sole_deal(an, m, items)
        if deal is not None:
            return "item", deal
    spans = clauses(an.text.replace("(", " ").replace(")", " "))
    lo, hi = next(((a, b) for a, b in spans if a <= m.start < b), (0, len(an.text)))
    if PART_OF_AFTER.match(an.text, m.end):
        return "shared", None       # "$1.5 billion of it for Patriot", "NOK 1 billion of this will go to …"
    # a cue right next to the amount ("a further", "bringing the total to") speaks before one
    # anywhere in its clause ("so far", "overall")
    money_cues = sorted((c for c in an.cues if c.cue.kind == "money"), key=lambda c: c.cue.scope == "clause")
    # "and Finland and Canada €30 million each": each giver's amount, not a unit price
    givers_before = any(a.name.iso3 and re.fullmatch(r"\s*", an.text[a.end:m.start]) for a in an.actors if a.end <= m.start)
    if givers_before:
        money_cues = [c for c in money_cues if c.cue.cue not in ("each", "apiece")]
    for c in money_cues:
        inside = lo <= c.start < hi if c.cue.scope == "clause" else _near(m, c.cue.scope, c.start, c.end)
        if inside and c.cue.value == "period":
            # "has provided £2 billion this year" is a running total; "will provide £3 billion
            # this year" a promise
            future = any(s.cue.kind == "status" and s.cue.scope == "future" and lo <= s.start < m.start
                         for s in an.cues) or WILL.search(an.text, lo, m.start) is not None
            return ("package" if future else "cumulative"), None
        if inside and c.cue.value == "shared" and not items and WILL.search(an.text, lo, m.start):
            return "package", None  # "Germany will send military equipment worth €500 million"
        if inside:
            return c.cue.value, None
    # "<item> worth <money>" / "<money> worth of <item>"; in a list, "two Skynex systems, DKK 500 million;"
    # (an item's evidence may run past its name: "Spare parts for AH-1W SuperCobra helicopters: $96 million")
    before = [i for i in items if i.end <= m.start and (
        WORTH_BEFORE.fullmatch(an.text[i.end:m.start])
        or (any(LIST_VALUE_GAP.fullmatch(an.text, e, m.start) for e in {i.end, i.evidence_end} if 0 <= e <= m.start)
            and LIST_ELEMENT_END.match(an.text, m.end)))]
    if before:
        return "item", before[-1]
    after = [i for i in items if i.start >= m.end and (WORTH_AFTER.match(an.text[m.end:i.start])
                                                     or ("+indefinite" in i.rule and prices_one(an.text, m, i.start)))]
    if after:
        return "item", after[0]
    deal = _sole_deal(an, m, items) or _funded_item(an, m, items)
    if deal is not None:
        return "item", deal
    # "this funding, with a value of around $400 million …" after a sentence naming one item
    ref = ANAPHORIC_VALUE.search(an.text[max(0, m.start - 80):m.start])
    if not items and len(previous_items) == 1 and (
            (ref and (WORTH_BEFORE.search(an.text[:m.start]) or VALUE_IS_BEFORE.search(an.text, max(0, m.start - 30), m.start)))
            or THESE_ARE_WORTH.match(an.text[:m.start]) or COST_OF_IS.search(an.text, max(0, m.start - 60), m.start)):
        return "item", previous_items[0]
    if len(previous_items) == 1 and all(i.quantity is None and i.name == previous_items[0].name for i in items) \
            and _restated_subject_worth(an, m, previous_items[0]):
        return "item", previous_items[0]
    if len(previous_items) == 1 and all(i.generic and i.head == previous_items[0].head for i in items) \
            and _amount_before_same_head(an, m, previous_items[0]):
        return "item", previous_items[0]
    return "package", None


DEFINITE_OPENS = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
PRICED_AT = re.compile(r"\b(?:worth|valued\s+at|at\s+a\s+cost\s+of|costing|estimated\s+at)\s+"
                       r"(?:(?:about|around|some|over|almost|nearly|approximately|more\s+than)\s+)?$", re.I)


def _restated_subject_worth(an: Analysis, m: Money, previous: Item) -> bool:
    """"… and these armoured vehicles are valued at over C$90 million", "the Senator APCs are being
    bought from Roshel at a cost of $90 million": the one item of the sentence before, named again
    with a definite article, priced in this one."""
    if not PRICED_AT.search(an.text, max(0, m.start - 40), m.start):
        return False
    return any(s.end <= m.start and DEFINITE_OPENS.search(an.text, max(0, s.start - 30), s.start)
               and ((s.system is not None and previous.system is not None and s.system.name == previous.system.name)
                    or head_of(s.surface) == previous.head)
               for s in an.systems)


def _amount_before_same_head(an: Analysis, m: Money, previous: Item) -> bool:
    """"The $26 million helicopters will …" right after a sentence naming helicopters."""
    word = re.match(r"\s+([A-Za-z][\w-]*)", an.text[m.end:m.end + 40])
    return (word is not None and re.search(r"\b(?:the|these|those)\s+$", an.text[max(0, m.start - 8):m.start], re.I) is not None
            and head_of(word.group(1).lower()) == previous.head)


def _sole_deal(an: Analysis, m: Money, items: list[Item]) -> Item | None:
    """The one item a deal's amount pays for, when the sentence names a single item and nothing else."""
    named = [i for i in items if not i.anchor_only]
    if len(named) != 1 or len(an.money) - _conversions(an) != 1 or OTHER_CONTENTS.search(an.text):
        return None
    item = named[0]
    first = min(item.start, item.quantity.start) if item.quantity else item.start
    if item.end <= m.start and (DEAL_BEFORE.fullmatch(an.text, item.end, m.start)
                                # "For the two Skynex we are talking about a value of 183 million francs"
                                or VALUE_OF_BEFORE.search(an.text, max(0, m.start - 40), m.start)):
        return item
    if m.end <= first and (DEAL_AFTER.fullmatch(an.text, m.end, first) or FUNDS_AFTER.fullmatch(an.text, m.end, first)
                           or (DEAL_NAMED_BEFORE.search(an.text, max(0, m.start - 40), m.start)
                               and DEAL_CONTENTS_AFTER.fullmatch(an.text, m.end, first))):
        return item
    return None


def _funded_item(an: Analysis, m: Money, items: list[Item]) -> Item | None:
    """The item an amount is set against, right after it: "About €260 million will be spent on
    artillery shells, another €240 million on ammunition for tanks" (each amount its own item)."""
    following = [i for i in items if not i.anchor_only and i.start >= m.end]
    if not following:
        return None
    item = following[0]
    first = min(item.start, item.quantity.start) if item.quantity else item.start
    end = max(item.end, item.evidence_end)
    if FUNDS_AFTER.fullmatch(an.text, m.end, first) and (FUNDED_ITEM_END.match(an.text, end) or _next_amount_follows(an, end)):
        return item
    return None


NEXT_AMOUNT_GAP = re.compile(r"\s*,?\s*(?:and|while|plus)?\s*(?:(?:a\s+further|another|an\s+additional)\s+)?", re.I)


def _next_amount_follows(an: Analysis, end: int) -> bool:
    """"€200 million for drone interceptors and €125 million for F-16 support": the next amount's
    phrase ends the item the one before pays for."""
    return any(n.start >= end and NEXT_AMOUNT_GAP.fullmatch(an.text, end, n.start) for n in an.money)


def _conversions(an: Analysis) -> int:
    return sum(1 for a, b in zip(an.money, an.money[1:]) if CONVERSION_GAP.fullmatch(an.text[a.end:b.start]))


def _one_givers_share(m: Money, whole: MoneyUse, donors_for_money) -> bool:
    """"Denmark and Norway are set to allocate €178 million, with Denmark committing €135 million and
    Norway adding €43 million": the whole of several givers is nobody's package; each one's part is."""
    if whole.kind != "package":
        return False
    together, own = donors_for_money(whole.money), donors_for_money(m)
    return len(together) > 1 and len(own) == 1 and own[0] in together


def money_uses(an: Analysis, items: list[Item], previous_items: list[Item],
               donors_for_money) -> list[MoneyUse]:
    """Classify every amount in a segment. ``donors_for_money(m)`` gives the donors of an amount."""
    uses: list[MoneyUse] = []
    for i, m in enumerate(an.money):
        prev = an.money[i - 1] if i else None
        gap = an.text[prev.end:m.start] if prev is not None else ""
        other_currency = prev is not None and prev.currency != m.currency
        loose = LOOSE_CONVERSION_GAP.fullmatch(gap) if other_currency else None
        # "SEK 1 billion, approximately $100 million": the hedge may belong to the second amount
        hedged = other_currency and m.kind == "approx" and re.fullmatch(r"\s*,\s*", gap) is not None
        # "£225 million ($286 million, €272.85 million)": a second equivalent in the same brackets
        chained = uses and uses[-1].kind == "conversion" and re.fullmatch(r"\s*[,;/]\s*", gap) is not None
        if prev is not None and (CONVERSION_GAP.fullmatch(gap) or hedged or chained
                                 or (loose and (loose.group(1) or m.kind == "approx"))):
            if uses and uses[-1].money is prev and m.currency == "USD":
                uses[-1].stated_usd = m.amount
            uses.append(MoneyUse(m, "conversion", pick_currency(m, [])))
            continue
        nxt = an.text[m.end:m.end + 3]
        if RATE_AFTER.match(nxt) or re.search(r"=\s*$", an.text[max(0, m.start - 3):m.start]):
            uses.append(MoneyUse(m, "not_aid", pick_currency(m, [])))
            continue
        kind, item = classify(an, m, items, previous_items)
        whole = next((u for u in reversed(uses) if u.kind in ("package", "cumulative")), None)
        if kind == "item" and whole is not None and whole.kind == "package" \
                and PART_BREAKDOWN.search(an.text, whole.money.end, m.start):
            kind, item = "shared", None     # "a NOK 7.5 billion package, including NOK 2 billion for drones": counted once
        if kind == "package" and whole is not None and BREAKDOWN.search(an.text, whole.money.end, m.start) \
                and not _one_givers_share(m, whole, donors_for_money):
            # "€400 million, including €150 million for drones": a part of the whole; "brings its total
            # to $880 million, including $730 million in military aid": a part of the total
            kind = "shared" if whole.kind == "package" else "cumulative"
        uses.append(MoneyUse(m, kind, pick_currency(m, donors_for_money(m)), item=item))
    return uses
