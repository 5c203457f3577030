"""From system mentions to items: what is counted, how many, and where it is in the text.

An *item* is one thing an analyst would put in a row: "40 PAC-3 MSE missiles for the Patriot
batteries" is one item (PAC-3, 40), "missiles for Stinger" is Stinger ammunition,
"122 mm and 152 mm shells" is two items, "six of these systems" refers back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..reference.catalog import Catalog, System
from .lexicon import MUNITION_UNITS, Lexicon, Term
from .mentions import AGAIN_OPENS, COUNTERS, OF_WHICH, Analysis, SystemMention
from .numbers import QUALIFIER_OPENS, WORDS, Quantity
from .trie import tokenize

# English function words: never part of a noun phrase between a number and its item.
STOP = frozenset("""
and or nor but for with without from by in on at as to into onto of off than then that which who whom whose
is are was were be been being has have had will would shall should can could may might must do does did
including include includes included plus per each every while also well both either neither not no
this these those there their its his her our your my they them he she it we you i a an the such
after before during since until till via about over under between among against within across through
up down out so if when where because said says say told according
""".split())
CALIBRE_NAME = re.compile(r"\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+)?\s*[-‐‑]?\s*(?:mm|millimet(?:er|re)s?)", re.I)
CALIBRE = re.compile(r"\d+(?:[.,]\d+)?(?:-?mm|-?millimet(?:er|re))", re.I)
# a number word between two names starts a new phrase: "F-16s downed six cruise missiles"
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens hundred "
                         "hundreds thousand thousands million millions several".split())
DETERMINERS = frozenset("the these those this that such its their his her our your".split())
INDEFINITE = re.compile(r"(?:^|\s)(?:an?|another|one more|one)\s+$", re.I)
MODIFIER_OK = re.compile(r"^[\w'’.-]+$")


@dataclass
class Item:
    start: int
    end: int
    name: str
    category: str
    unit: str
    generic: bool
    family: str
    system: System | None
    head: str                      # singular head word of the phrase ("tank", "missile")
    rule: str
    mentions: list[SystemMention] = field(default_factory=list)
    quantity: Quantity | None = None
    value: float | None = None
    kind: str = "unknown"
    needs_anchor: str = ""         # role of an attached word still looking for its system
    anchor_only: bool = False      # a capability or an anchor consumed by another item
    evidence_start: int = -1
    evidence_end: int = -1
    antecedent: int = -1           # "three of which": where the item referred to starts
    status_hint: str = ""          # status stated inside the phrase ("the 19 pledged")
    flags: set = field(default_factory=set)
    shares: list = field(default_factory=list)   # "18 and 3 tanks respectively": one count per giver

    @property
    def bare(self) -> bool:
        """A lone generic word ("tanks", "drones") that may point back at a named system."""
        return self.generic and len(self.mentions) == 1 and _token_count(self.mentions[0].surface) == 1

    @property
    def span(self) -> tuple[int, int]:
        a = self.evidence_start if self.evidence_start >= 0 else self.start
        b = self.evidence_end if self.evidence_end >= 0 else self.end
        if self.quantity is not None:
            a = min(a, self.quantity.start)
        return a, b


def _words(gap: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", gap)


GLUED_VARIANT = re.compile(r"^[A-Z]{1,3}\d{1,2}[A-Za-z]{0,4}(?=\s)")
# a production standard between a model and its noun: "F-16 Block 50/52 jets", "Typhoon Tranche 1 aircraft"
STANDARD = re.compile(r"\b(?:block|tranche|flight|increment|mk\.?|mark|version)\s*\d+[A-Za-z]?(?:\s*/\s*\d+[A-Za-z]?)?",
                      re.I)

CLASS_NUMBER = re.compile(r"\b(?:type|project|class)\s+\d+[A-Za-z]?\b|(?-i:\b[A-Z]{3,}(?:/[A-Z]+)?\s\d{1,4}\b)", re.I)


def _glue(gap: str) -> bool:
    """Can two mentions separated by ``gap`` belong to one noun phrase?"""
    # a variant glued to the model name: "M109A4 self-propelled howitzers"
    gap = GLUED_VARIANT.sub("", gap, count=1)
    stripped = STANDARD.sub(" ", gap).strip().strip("\"“”‘’'")
    if stripped in ("", "(", ")", ") (", "-", "–"):
        return True
    if re.search(r"[,;:.!?\"“”]", stripped.replace("(", "").replace(")", "")):
        return False
    words = _words(stripped.replace("(", " ").replace(")", " "))
    # "M1991 240mm multiple launch rocket systems": a calibre between a model and its noun
    return len(words) <= 2 and all(w.lower() not in STOP and w.lower() not in NUMBER_WORDS
                                   and (not any(c.isdigit() for c in w) or CALIBRE.fullmatch(w)) for w in words)


def _described(prev: SystemMention, m: SystemMention, gap: str) -> bool:
    """"two ASC 890 airborne surveillance and control aircraft": a named system, a description and
    a generic noun of the same category are one phrase."""
    if prev.system is None or prev.system.generic or m.system is None or not m.system.generic \
            or prev.system.category != m.system.category or re.search(r"[\d,;:.()]", gap):
        return False
    words = _words(gap)
    return 0 < len(words) <= 4 and all(w.lower() not in STOP or w.lower() == "and" for w in words) \
        and words[0].lower() != "and" and words[-1].lower() != "and"


KIND_WORDS = frozenset("a an new type types kind kinds sort variety various different of".split())


def _of_kind(gap: str) -> bool:
    """"rounds of 155 mm ammunition", "rounds of precision-guided 155 mm ammunition", "rounds of a
    new type of 155 mm ammunition": a munition word and the ammunition it counts."""
    m = re.fullmatch(r"\s*of\s+(.*)", gap, re.S)
    # ("rounds of 155mm artillery smoke": a calibre describes the ammunition)
    described = SIZE.sub(" ", m.group(1)) if m is not None else ""
    if m is None or re.search(r"[,;:()\d]", described):
        return False
    words = described.split()
    return len(words) <= 5 and all(w.lower() in KIND_WORDS or (w.lower() not in STOP and re.fullmatch(r"[a-z][a-z-]*", w))
                                   or ORIGIN_WORD.fullmatch(w) or STANDARD_WORD.fullmatch(w) for w in words)


# "rounds of 155mm NATO-standard artillery ammunition": the standard the rounds meet
STANDARD_WORD = re.compile(r"[A-Z]{2,5}[-‐‑](?:standard|compatible|calibre|caliber|grade|type)")


# the maker's country labelling counted ammunition: "half a million rounds of UK artillery
# ammunition", "rounds of British-made ammunition"
ORIGIN_WORD = re.compile(r"(?:[A-Z]\.?){2,3}(?:[-‐‑](?:made|built|produced))?|"
                         r"[A-Z][a-z]+(?:an|ish|ese|ch|ic|i)(?:[-‐‑](?:made|built|produced))?")


def chunks(an: Analysis) -> list[list[SystemMention]]:
    """Group adjacent mentions into noun phrases: "Piorun man-portable air-defence launchers (MANPADS)"."""
    out: list[list[SystemMention]] = []
    for m in an.systems:
        if out:
            prev = out[-1][-1]
            gap = an.text[prev.end:m.start]
            bare_munition = len(out[-1]) == 1 and prev.word is not None and prev.word.role == "munition"
            if _glue(gap) or (bare_munition and _of_kind(gap)) or _described(prev, m, gap):
                out[-1].append(m)
                continue
        out.append([m])
    return out


def _singular(word: str) -> str:
    w = word.lower()
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    return w


def _head_word(m: SystemMention) -> str:
    return head_of(m.surface)


# the same few thousand surfaces recur in every report
@lru_cache(maxsize=65536)
def head_of(surface: str) -> str:
    """The singular head word of a phrase: ``head_of("Leopard 2 tanks") == "tank"``."""
    toks = tokenize(surface)
    return _singular(toks[-1].text) if toks else ""


@lru_cache(maxsize=65536)
def _token_count(surface: str) -> int:
    return len(tokenize(surface))


def is_munition(m: SystemMention) -> bool:
    if m.word is not None:
        return m.word.role == "munition"
    return m.system.unit in MUNITION_UNITS


def classify(chunk: list[SystemMention], catalog: Catalog) -> Item | None:
    """The item a noun phrase names, or None for capabilities and anaphors."""
    head = chunk[-1]
    start, end = chunk[0].start, head.end
    hw = _head_word(head)
    systems = [m for m in chunk if m.system is not None]
    specific = [m for m in systems if not m.system.generic]

    def from_system(m: SystemMention, rule: str) -> Item:
        s = m.system
        return Item(start, end, s.name, s.category, s.unit, s.generic, s.family, s, hw, rule, chunk)

    if head.word is not None and head.word.role in ("capability", "anaphor"):
        if head.word.role == "anaphor" and (specific or systems):
            # "IRIS-T systems", and a kind before it too: "drone interceptor systems"
            return from_system(specific[0] if specific else systems[-1], "system")
        item = Item(start, end, head.word.word, head.word.category, "", True, "", None, hw,
                    head.word.role, chunk, anchor_only=head.word.role == "capability")
        item.needs_anchor = head.word.role
        return item
    first = chunk[0]
    if first is not head and first.word is not None and first.word.role == "munition" and head.system is not None \
            and head.system.unit not in MUNITION_UNITS:
        # "100,000 rounds of howitzer artillery": the rounds are counted, for the weapon named after "of"
        return derive(first, head.system, catalog, start, end, chunk)
    if is_munition(head) or (head.word is not None and head.word.role == "part"):
        own = [m for m in systems if m is not head and m.system.unit in MUNITION_UNITS]
        own.sort(key=lambda m: m.system.generic)
        if own:
            return from_system(own[0], "munition")
        anchors = [m for m in systems if m is not head]
        anchors.sort(key=lambda m: m.system.generic)
        if anchors:
            return derive(head, anchors[0].system, catalog, start, end, chunk)
        if head.system is not None:
            return from_system(head, "system")
        # "50,000 shells" are artillery shells; "ammunition shells" leave the kind open
        vaguer = any(m.word is not None and m.word.role == "munition" and not m.word.category for m in chunk[:-1])
        own_category = "" if vaguer else head.word.category
        item = Item(start, end, head.word.word, own_category, "", True, "", None, hw, "attached", chunk)
        item.needs_anchor = head.word.role
        return item
    pick = specific[0] if specific else head
    if specific and pick is not head and head.system is not None and head.system.generic \
            and head.system.unit not in MUNITION_UNITS and is_munition(pick) and CALIBRE_NAME.fullmatch(pick.surface):
        pick = head     # "12.7mm machine guns": the calibre sizes the gun, it is not its ammunition
    if not specific and head.system is not None and head.system.name == head.system.unit:
        # "MRAP vehicles": a kind of the bare thing ("vehicle") named before the word says which
        kinds = [m for m in systems if m is not head and m.system.unit == head.system.unit]
        pick = kinds[-1] if kinds else head
    return from_system(pick, "system")


def derive(head: SystemMention, anchor: System, catalog: Catalog, start: int, end: int,
           chunk: list[SystemMention]) -> Item | None:
    """Ammunition or a part named by what it belongs to: "HIMARS ammunition", "Archer barrels"."""
    word = head.word.word if head.word else head.system.name
    role = head.word.role if head.word else "munition"
    if head.system is not None and head.system.category:
        category = head.system.category
    elif head.word is not None and head.word.category and role == "part":
        category = head.word.category
    elif role == "munition":
        category = catalog.ammunition_category(anchor.category)
    else:
        category = anchor.category
    if not category:
        return None
    unit = head.system.unit if head.system else (head.word.unit or ("round" if role == "munition" else "piece"))
    return Item(start, end, f"{anchor.name} {word}", category, unit, True, anchor.family, anchor,
                _head_word(head), f"{role}-of-system", chunk)


# a model designation: capitals, a hyphen, digits and perhaps letters ("BVP-2", "BTR-60PB", "TAB-71")
# a size between a count and its item: a calibre or a weight class
# (with the source's own conversion in brackets: "1,800 2,000-pound (900-kilogram) bombs")
# ("31 of the 70-ton Abrams battle tanks", "50 37-ton CV90s": a weight class)
_UNIT = r"\d[\d,.]*\s*[-‐‑]?\s*(?:mm|millimet(?:er|re)s?|pounds?|lbs?|kg|kilo(?:gram(?:me)?s?)?|inch(?:es)?|tons?|tonnes?)(?![\w])"
SIZE = re.compile(r"(?<![\w.,])" + _UNIT + r"(?:\s*\(\s*" + _UNIT + r"\s*\))?", re.I)
DRIVE = re.compile(r"(?<![\w.,])\d\s?[x×X]\s?\d(?![\w])")
ADJECTIVE = re.compile(r"[a-z-]+(?:al|ine|ed|ic|ous|ive|ary|ern|ile|ar)|light|heavy|medium|large|small|new|old|used",
                       re.I)
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,5}-\d{1,4}[A-Za-z]{0,3}")
OWNER = re.compile(r"[A-Z][\w.-]*['’]s")


ADJECTIVE_COMMA = re.compile(r"(?<=[a-z](?:ed|al|ic|ve|us|rn|ry|le))\s*,(?=\s+[a-z][a-z-]+\s)")


def _gap_to_item(text: str) -> bool:
    """May ``text`` stand between a quantity and its item ("more", "of its German-made")?"""
    if any(d.isdigit() for d in text):
        text = SIZE.sub(" ", text)     # "18 155 mm howitzers", "14,000 2,000-pound bombs"
        text = DRIVE.sub(" ", text)    # "30 additional 4×4 Bushmasters"
        text = CLASS_NUMBER.sub(" ", STANDARD.sub(" ", text))    # "two Type 26 frigates", "three ANTPQ 36 radars"
    if "," in text:
        # "four sophisticated, medium-range rocket systems": a comma between two adjectives
        text = ADJECTIVE_COMMA.sub(" ", text)
    words = _words(text)
    if re.search(r"[,;:()\"“”]", text):
        return False
    # ("50 of its tracked and armoured vehicles": "of its" takes two more words)
    owned = len(words) > 1 and words[0].lower() == "of" and (words[1].lower() in DETERMINERS or OWNER.fullmatch(words[1]))
    if len(words) > (6 if owned else 4):
        return False
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in COUNTERS and i + 1 < len(words) and words[i + 1].lower() == "of":
            continue
        if lw == "of" and i > 0 and words[i - 1].lower() in COUNTERS:
            continue
        if lw == "of" and i + 1 < len(words) and (words[i + 1].lower() in DETERMINERS or OWNER.fullmatch(words[i + 1])):
            continue
        if (lw in DETERMINERS or OWNER.fullmatch(w)) and i > 0 and words[i - 1].lower() == "of":
            continue        # ("16 of Sweden's Combat Boat 90", as "50 of its CV90")
        if CALIBRE.fullmatch(w):
            continue        # "40 105mm howitzers": the calibre describes the item
        if DESIGNATION.fullmatch(w):
            continue        # "16 BVP-2 vehicles": a model the catalog does not know names the item
        if lw in ("and", "or") and 0 < i < len(words) - 1 and ADJECTIVE.fullmatch(words[i - 1]) \
                and ADJECTIVE.fullmatch(words[i + 1]):
            continue        # "18 coastal and riverine patrol boats", "40 tracked and wheeled vehicles"
        if lw == "such" and i == 0:
            continue        # "50 such IFVs": more of a kind named before
        if lw in STOP or any(c.isdigit() for c in w):
            return False
    return True


QUOTE_CLOSES = re.compile(r"[\w\s-]{0,20}[\"”»]")
# "most of the 49 tanks given by Australia": the total a named giver gave, not a back-reference
GIVEN_BY_AFTER = re.compile(r"\s+(?:given|supplied|donated|pledged|promised|provided|sent|delivered|transferred|"
                            r"committed|gifted)\s+(?:to\s+[A-Z][\w’-]*\s+)?by\s+(?:the\s+)?[A-Z]")


def attach_quantities(items: list[Item], an: Analysis) -> None:
    """Give each item the nearest quantity before it that may govern it."""
    used: set[int] = set()
    for item in sorted(items, key=lambda i: i.start):
        if item.anchor_only:
            continue
        best = None
        for qi, q in enumerate(an.quantities):
            if qi in used or q.end > item.start:
                continue
            gap = an.text[q.end:item.start]
            if gap[:1] in ('"', "”", "»") and an.text[q.start - 1:q.start] in ('"', "“", "«"):
                gap = gap[1:]       # a quoted amount: 'sent "several dozen" launchers'
            if gap[-1:] in ('"', "“", "«") and QUOTE_CLOSES.match(an.text, item.mentions[0].end):
                gap = gap[:-1]      # a quoted name: '25 “Marder” armoured personnel carriers'
            # ("32 of Patriot missiles have already arrived": a count of the named system)
            first = item.mentions[0] if item.mentions else None
            named_of = gap == " of " and first is not None and first.system is not None and not first.system.generic \
                and an.text[item.start:item.start + 1].isupper()
            if (_gap_to_item(gap) or named_of) and not (q.surface == "1" and item.mentions[-1].plural):
                best = qi       # (but "Kirpi 1 vehicles": a numeral 1 before a plural names a model)
        if best is None:
            continue
        q = an.quantities[best]
        before = an.text[max(0, q.start - 40):q.start]
        # "5,000 out of 90,000 shells": the first number is the quantity, the second the pool
        pool = re.search(r"out\s+of\s+(?:the\s+)?$", before)
        if pool:
            prev = [p for p in an.quantities if p.end <= q.start
                    and re.fullmatch(r"\s*out\s+of\s+(?:the\s+)?", an.text[p.end:q.start])]
            if prev:
                q = prev[-1]
                # the evidence is the counted part only; the pool ("800,000 shells found") is not aid
                item.evidence_start, item.evidence_end = q.start, q.end
                item.rule += "+pool"
        # "the three armoured vehicles": a back-reference, not a new item
        # (but "81 of the 90 howitzers" is a part of a whole: part_of_whole gives both)
        if re.search(r"\bthe\s*$", an.text[max(0, q.start - 5):q.start], re.I) and item.generic \
                and q.value is not None and q.value < 1000 and not GIVEN_BY_AFTER.match(an.text, item.end) \
                and not re.search(r"\d[\d,.]*\s+of\s+the\s*$", an.text[max(0, q.start - 24):q.start], re.I) \
                and not SHARE_OF.search(an.text, max(0, q.start - 40), q.start) \
                and not REST_OF.search(an.text, max(0, q.start - 24), q.start):
            # ("The rest of the 24 aircraft will follow": the whole that is still to come)
            item.flags.add("back-reference")
        loads = LOADS.search(an.text, q.end, item.start)
        if loads and item.unit in MUNITION_UNITS:
            continue        # "20,000 containers of artillery shells" counts no shells
        used.add(best)
        item.quantity = q
        item.value, item.kind = q.value, q.kind
        if loads:
            item.unit = "load"      # "60 pallets of medical supplies": sixty pallets, not sixty supplies
        if q.value is None:
            item.kind = "unknown"


LOADS = re.compile(r"\b(?:pallets?|box(?:es)?|crates?|truckloads?|containers?)\s+of\b", re.I)
OPEN_BRACKET = re.compile(r"\s*\(\s*")
CLOSE_BRACKET = re.compile(r"\s*(?:pcs\.?|pieces?|units?|rounds?|sets?|kits?|items?)?\s*\)", re.I)
# "NASAMS launchers: 6", "Flakpanzer Gepard – 52", "| Leopard 2A4 tank | 8 | Delivered |",
# "PzH 2000 howitzers x 8": a count closing a list line or filling the next cell of a table row
COUNT_AFTER = re.compile(r"\s*(?::|\s[–—-]|\||\t|;|\s[x×])\s*")
# … perhaps followed by the giver or the state in brackets: "Leopard 2A6: 18 (Germany) [delivered]"
LINE_END = re.compile(r"\s*(?:pcs\.?|pieces|units)?(?:\s*[(\[][^()\[\]\n]{0,80}[)\]])*"
                      r"(?:\s+(?:delivered|pledged|promised|ordered))?\s*(?:[.;,]|[|\t;].*)?\s*$", re.I)


def bracketed_counts(items: list[Item], an: Analysis) -> None:
    """"Leopard 2 A6 main battle tank (18)", "NASAMS launchers: 6": the count of a list line in
    brackets after the item, or closing the line after a colon or dash (government delivery lists),
    when no number stands before it."""
    taken = {id(i.quantity) for i in items if i.quantity is not None}
    for item in items:
        if item.quantity is not None or item.anchor_only:
            continue
        opening = OPEN_BRACKET.match(an.text, item.end)
        close = CLOSE_BRACKET
        if opening is None:
            opening, close = COUNT_AFTER.match(an.text, item.end), LINE_END
            if opening is None:
                continue
        # "T-72 tanks (45 units)": the bracket's counter word may have been read as an item of its own
        counter = next((i for i in items if i.quantity is not None and i.quantity.start == opening.end()
                        and i.name.lower() in COUNTERS), None)
        q = counter.quantity if counter is not None else \
            next((q for q in an.quantities if q.start == opening.end() and id(q) not in taken), None)
        closing = close.match(an.text, q.end) if q is not None else None
        if closing is None:
            continue
        if counter is not None:
            counter.quantity, counter.anchor_only = None, True
        taken.add(id(q))
        item.quantity, item.value, item.kind = q, q.value, q.kind if q.value is not None else "unknown"
        item.evidence_end = closing.end() if close is CLOSE_BRACKET else q.end
        item.rule += "+bracketed"


# "a second batch of Leopard 2A4 tanks, consisting of 10 units", "15 more units are already in Ukraine"
UNITS_AFTER = re.compile(r"\s+(?:more\s+|additional\s+|further\s+)?units\b", re.I)
TOTAL_SEPARATOR = re.compile(r"[,–—-]\s*$")
# (closing the sentence, or an aside: "a quarter of its fleet of Leopard 2 tanks, eight in total, to Ukraine")
IN_TOTAL = re.compile(r"\s*(?:in\s+total|in\s+all|altogether)\s*(?:[.;]?\s*$|,)", re.I)


def total_after(items: list[Item], an: Analysis) -> None:
    """"Estonia has delivered all of its FH70 howitzers to Ukraine, two dozen in total", "Leopard 2A4
    tanks, consisting of 10 units": a count of units later in the sentence counts its one uncounted item."""
    uncounted = [i for i in items if i.quantity is None and not i.anchor_only and not i.needs_anchor]
    units = [i for i in items if i.needs_anchor == "anaphor" and i.quantity is not None and i.head == "unit"]
    named = [i for i in items if not i.anchor_only and i.needs_anchor != "anaphor"]
    if len(uncounted) != 1 or len(named) != 1:
        return
    item = uncounted[0]
    later_units = [u for u in units if u.start > item.end
                   # (but "delivered the first RCH 155 unit and has promised an additional 53 units": more of them)
                   and not MORE_BEFORE.search(an.text, max(0, u.quantity.start - 16), u.quantity.start)
                   # (nor "Leopard 2 tanks, drawn from Canada's stockpile of about 80 of the combat units": the fleet)
                   and not any(item.end <= c.start < u.quantity.start and c.cue.kind == "exclude"
                               and c.cue.value == "inventory" for c in an.cues)]
    if len(later_units) == 1:
        # "Leopard 2A4 tanks, consisting of 10 units": the units are the tanks
        u = later_units[0]
        item.quantity, item.value, item.kind = u.quantity, u.value, u.kind
        item.rule += "+units"
        u.anchor_only = True
        return
    q = next((q for q in an.quantities if q.start > item.end
              and ((IN_TOTAL.match(an.text, q.end) and TOTAL_SEPARATOR.search(an.text, max(0, q.start - 4), q.start))
                   or UNITS_AFTER.match(an.text, q.end))
              and not MORE_BEFORE.search(an.text, max(0, q.start - 16), q.start)), None)
    if q is not None:
        item.quantity, item.value, item.kind = q, q.value, q.kind
        item.rule += "+total"


DEAL_NOUN_AFTER = re.compile(r"\s+(?:contract|deal|donation|order|purchase|procurement|programme|program|agreement)s?\b", re.I)
# "a $400 million air defense system": an amount between the article and the item's name
INDEFINITE_BEFORE = re.compile(r"(?:^|\s)an?\s+$", re.I)
PRICED_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?!(?:on|for|in|of|to|worth|and|or|with|from|by)\b)[a-z][\w-]*\s+){0,2}", re.I)


def prices_one(text: str, money, start: int) -> bool:
    """Does the amount ``money`` sit between "a" and the item name at ``start``, pricing one item?

    >>> t = "a $400 million air defense system"
    >>> from types import SimpleNamespace as M
    >>> prices_one(t, M(start=2, end=14), 15)
    True
    """
    return PRICED_GAP.fullmatch(text, money.end, start) is not None \
        and INDEFINITE_BEFORE.search(text, max(0, money.start - 12), money.start) is not None


def indefinite_singulars(items: list[Item], an: Analysis) -> None:
    """"a Patriot battery", "another IRIS-T SLM system": one item."""
    for item in items:
        if item.quantity is not None or item.anchor_only:
            continue
        head = item.mentions[-1]
        if head.plural or (head.surface[-1:] == "s" and head.surface[-2:-1].isupper()):
            continue
        if DEAL_NOUN_AFTER.match(an.text, item.end):
            continue    # "a €500 million IRIS-T contract", "a NASAMS donation": the article is the deal's
        if any(prices_one(an.text, p, item.start) for p in an.money):
            # "a CAN$400 million (US$300 million) air defense system": one, priced before its name
            item.value, item.kind = 1.0, "exact"
            item.rule += "+indefinite"
            continue
        before = an.text[max(0, item.start - 40):item.start]
        m = re.search(r"(?:^|\s)(an?|another|one more|the\s+(?:first|second|third|fourth|fifth))((?:\s+[\w'’.-]+){0,2}?)\s+$",
                      before, re.I)   # ("a U.S.-made NASAMS", "the first RCH 155 was delivered")
        if not m or any(w.lower() in STOP for w in _words(m.group(2))):
            continue
        if m.group(1).lower().startswith("the") and re.match(r"\s+(?!(?:was|has|is|as|this|its|thus)\b)[a-z]+s\b", an.text[item.end:]):
            continue    # "the first Mirage 2000 fighters arrived": several
        item.value, item.kind = 1.0, "exact"
        item.evidence_start = item.start - (len(before) - m.start(1))
        item.rule += "+indefinite"


FOR_GAP = re.compile(r"\s*(?:for|to\s+go\s+with|to\s+accompany)\s+(?:use\s+(?:with|by|on|in)\s+)?(?:(?:various|different|all|several)\s+(?:types|kinds)\s+of\s+)?"
                     r"(?:(?:the|its|their|this|these|those|his|her|our)\s+|"
                     r"[A-Z][\w’'.-]*['’]s\s+|(?-i:[A-Z][a-z]+(?:an|ish|ese|ch|ic|i))\s+)?(?:(?:previously|already|earlier)\s+(?:delivered|supplied|donated|"
                     r"provided|transferred|sent)\s+|[A-Z][\w.]*[-‐‑](?:provided|supplied|donated|delivered|made|built|gifted)\s+)?", re.I)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*", re.I)
SUCH_BEFORE = re.compile(r".*\bsuch\s+$", re.I | re.S)
TAIL_WORD_LIST_GAP = re.compile(r"\s+(?-i:[a-z]+)\s*,\s*", re.I)
# ("a complete HAWK battery, which includes six missile launchers": a counted part of the whole)
WITH_GAP = re.compile(r"\s*(?:(?:kits?|sets?|units?)\s*)?(?:,\s*)?(?:with|including|plus|along with|"
                      r"which\s+(?:includes?|included|consists?\s+of|comprises?))\s+(?:its\s+|their\s+|the\s+)?"
                      rf"(?:(?:\d[\d,]*|{WORDS})\s+)?", re.I)
GUN_CATEGORIES = frozenset({"artillery", "rockets", "small_arms"})
AMMUNITION_USERS = GUN_CATEGORIES | {"air_defense", "tanks", "anti_tank"}
MUNITION_HEADS = frozenset("missile rocket shell round projectile grenade bomb munition interceptor torpedo mine".split())
PLATFORM_UNITS = frozenset("tank vehicle aircraft helicopter boat launcher system battery weapon drone".split())
# which platforms one number may count together: "39 tanks and infantry fighting vehicles" (land),
# "20 helicopters and drones" (air); "50 tanks and anti-tank missiles" counts only the tanks
PLATFORM_CLASS = {"tank": "land", "vehicle": "land", "boat": "sea", "aircraft": "air", "helicopter": "air",
                  "drone": "air", "launcher": "weapon", "system": "weapon", "battery": "weapon", "weapon": "weapon"}


def _derive_with(item: Item, anchor: Item, catalog: Catalog) -> Item | None:
    head = item.mentions[-1]
    if anchor.system is not None:
        return derive(head, anchor.system, catalog, item.start, item.end, item.mentions)
    # a capability ("ammunition for air defense"): its category decides
    role = head.word.role if head.word else "munition"
    category = catalog.ammunition_category(anchor.category) if role == "munition" else \
        (head.word.category if head.word else "")
    if not category:
        return None
    word = head.word.word if head.word else head.system.name
    return Item(item.start, item.end, f"{anchor.name} {word}", category, "round", True, anchor.name, None,
                item.head, f"{role}-for-capability", item.mentions)


def _names_ammunition(item: Item) -> bool:
    """"Stinger missiles" is an item of its own, not a second platform the ammunition is for."""
    head = item.mentions[-1] if item.mentions else None
    return head is not None and (is_munition(head) or item.unit in MUNITION_UNITS)


FOR_PRONOUN = re.compile(r"\s*for\s+(?:them|these|those|it|this\s+system|these\s+systems)\b", re.I)


def resolve_anchors(items: list[Item], an: Analysis, catalog: Catalog,
                    bulk: tuple[float, System] | None = None) -> list[Item]:
    """Tie ammunition and parts to their system: "missiles for Stinger", "a Patriot with missiles";
    ``bulk`` (count, system) names what rounds tied to nothing are when counted in millions."""
    out = list(items)
    for i, item in enumerate(out):
        if item.anchor_only or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        gap = an.text[item.end:nxt.start]
        ammo = item.needs_anchor in ("munition", "part") or item.unit in MUNITION_UNITS
        if ammo and FOR_GAP.fullmatch(gap) and nxt.needs_anchor != "anaphor":
            original = item
            if item.needs_anchor:
                derived = _derive_with(item, nxt, catalog)
                if derived is None:
                    item.anchor_only = True
                else:
                    derived.quantity, derived.value, derived.kind = item.quantity, item.value, item.kind
                    out[i] = item = derived
            elif item.generic and nxt.system is not None and nxt.category:
                # "10,000 rounds of 35mm ammunition for the Gepard": a launcher's munitions share its category
                item.category = catalog.ammunition_category(nxt.category) or item.category
            item.evidence_end = nxt.end
            nxt.anchor_only = True
            j = i + 2
            while j < len(out) and LIST_GAP.fullmatch(an.text[out[j - 1].end:out[j].start]) \
                    and out[j].quantity is None and not _names_ammunition(out[j]) and not out[j].needs_anchor:
                if out[j].category != nxt.category:
                    # "ammunition for HIMARS, howitzers and Bradleys": ammunition for each platform
                    # (only a generic gun or launcher: "ammunition for the Archers, combat boats and …"
                    # lists the boats themselves)
                    derived = _derive_with(original, out[j], catalog) if original.needs_anchor == "munition" \
                        and out[j].generic and out[j].category in GUN_CATEGORIES else None
                    if derived is None or derived.category == item.category:
                        break
                    out[j] = derived
                else:
                    out[j].anchor_only = True
                    item.evidence_end = out[j].end
                j += 1
    # "18 HIMARS, accompanying munitions": ammunition that belongs to the item just named
    for i, item in enumerate(out):
        if item.needs_anchor not in ("munition", "part") or item.anchor_only or i == 0:
            continue
        if re.search(r"\b(?:accompanying|associated|related|its|their)\s+$", an.text[max(0, item.start - 16):item.start], re.I):
            prev = out[i - 1]
            if prev.system is not None and not prev.anchor_only:
                derived = derive(item.mentions[-1], prev.system, catalog, item.start, item.end, item.mentions)
                if derived is not None:
                    derived.evidence_start = item.start - len(re.search(r"\S+\s+$", an.text[:item.start]).group())
                    out[i] = derived
    # "six howitzers and ammunition", "two NASAMS with munitions": a bare munition word closing a
    # list is the ammunition of the weapon named just before it
    for i, item in enumerate(out):
        if item.needs_anchor != "munition" or item.anchor_only or i == 0 or item.quantity is not None \
                or FOR_GAP.match(an.text, item.end):
            continue
        prev = out[i - 1]
        if prev.system is None or prev.anchor_only or prev.needs_anchor or prev.category not in AMMUNITION_USERS \
                or not AMMO_JOIN.fullmatch(an.text, prev.end, item.start):
            continue
        derived = derive(item.mentions[-1], prev.system, catalog, item.start, item.end, item.mentions)
        if derived is not None:
            out[i] = derived
    # "four IRIS-T systems and 300 missiles for them": ammunition for what was named before
    for i, item in enumerate(out):
        if item.needs_anchor not in ("munition", "part") or item.anchor_only or not FOR_PRONOUN.match(an.text, item.end):
            continue
        prev = next((p for p in reversed(out[:i]) if p.system is not None
                     and (not p.system.generic or p.category in GUN_CATEGORIES)
                     and not p.anchor_only and not p.needs_anchor), None)
        if prev is not None:
            derived = derive(item.mentions[-1], prev.system, catalog, item.start, item.end, item.mentions)
            if derived is not None:
                derived.quantity, derived.value, derived.kind = item.quantity, item.value, item.kind
                out[i] = derived
    # "an IRIS-T SLM battery with launchers and missiles"
    for i, item in enumerate(out):
        if item.anchor_only or item.needs_anchor or item.system is None or i + 1 >= len(out):
            continue
        if not WITH_GAP.fullmatch(an.text[item.end:out[i + 1].start]):
            continue
        j = i + 1
        while j < len(out):
            if out[j].needs_anchor in ("munition", "part") and not out[j].anchor_only:
                derived = _derive_with(out[j], item, catalog)
                if derived is not None:
                    out[j] = derived
            if j + 1 < len(out) and LIST_GAP.fullmatch(an.text[out[j].end:out[j + 1].start]):
                j += 1
                continue
            break
    out = [_bulk_rounds(it, an, bulk) for it in out]
    return [it for it in out if not (it.needs_anchor and it.needs_anchor != "anaphor" and not it.category)]


# "six howitzers and ammunition", "100 Carl Gustafs with 2,000 rounds of ammunition"
# ("38 High Mobility Artillery Rocket Systems (HIMARS) and ammunition": past the abbreviation)
AMMO_JOIN = re.compile(r"\)?(?:\s*\([^()]{1,40}\))?\s+(?:and|with|plus)\s+(?:(?:about|around|some|over|more\s+than|up\s+to)\s+)?"
                       r"(?:\d[\d,.]*(?:\s*(?:thousand|million))?\s+)?", re.I)
COORDINATED_BEFORE = re.compile(r"(?<![\w-])([\w-]+(?:\s+mm)?)\s*,?\s*(?:and|or|&|/)\s*$")


def expand_coordination(items: list[Item], an: Analysis, lex: Lexicon) -> list[Item]:
    """"122 mm and 152 mm shells", "attack and reconnaissance drones": two items."""
    out = []
    for item in items:
        if item.anchor_only or item.quantity is not None:
            out.append(item)
            continue
        # searched only near the item: the pattern is anchored at its start
        m = COORDINATED_BEFORE.search(an.text, max(0, item.start - 80), item.start)
        virtual = None
        if m and m.group(1).lower() not in STOP and not any(s.start < m.end(1) and m.start(1) < s.end for s in an.systems):
            w1 = m.group(1)
            surface = an.text[item.start:item.end]
            toks = tokenize(surface)
            for k in range(1, len(toks) + 1):
                tail = surface[toks[k].start:] if k < len(toks) else surface[toks[-1].start:]
                cand = f"{w1} {tail}"
                found = lex.systems.find(cand)
                if found and found[0].start == 0 and found[0].end > len(w1):
                    shift = m.start(1)
                    mentions = [SystemMention(f.start + shift, f.end + shift, f.surface, f.entry.payload, f.plural)
                                for f in found]
                    virtual = classify(mentions, lex.ref.catalog)
                    break
        if virtual is not None and not virtual.anchor_only:
            virtual.start, virtual.end = m.start(1), item.end
            virtual.evidence_start, virtual.evidence_end = m.start(1), item.end
            virtual.rule += "+coordinated"
            item.evidence_start = m.start(1)
            if virtual.system is not None and item.system is not None and virtual.system.id == item.system.id:
                item.start = m.start(1)          # "tracked and wheeled infantry vehicles": one item
            else:
                virtual.flags.add("coordinated")
                item.flags.add("coordinated")
                out.append(virtual)
        out.append(item)
    return out


def shared_quantities(items: list[Item], an: Analysis) -> None:
    """A number before a list of several kinds counts all of them: give it to none."""
    live = [i for i in items if not i.anchor_only]
    for idx, item in enumerate(live):
        if item.quantity is None:
            continue
        coordinated = [o for o in live if "coordinated" in o.flags and o is not item
                       and o.start <= item.end and item.start <= o.end]
        followers = []
        j = idx + 1
        while j < len(live) and live[j].quantity is None and \
                LIST_GAP.fullmatch(an.text[live[j - 1].end:live[j].start]):
            followers.append(live[j])
            j += 1
        if coordinated and item.generic and all(o.generic and o.category == item.category and o.quantity is None
                                                for o in coordinated) \
                and not any(ch.isdigit() for ch in an.text[min(o.start for o in [item, *coordinated]):
                                                             max(o.end for o in [item, *coordinated])]):
            # "hundreds of armoured and protected vehicles": two words for one kind of thing, counted
            # once (but "152mm and 122mm shells" are two calibres)
            for o in coordinated:
                o.anchor_only = True
            continue
        shared = bool(coordinated)
        # "10 CV90s, Archer howitzers and …", "50 M113 APCs and Spartan vehicles": a named model
        # with its own plural noun keeps its number ("50 M113 and Spartan vehicles" shares it,
        # as do generic words: "39 tanks and infantry fighting vehicles")
        own_plural = item.system is not None and not item.system.generic and bool(item.mentions) \
            and item.mentions[-1].plural
        if own_plural and not coordinated:
            continue
        # (the item before may end in a word of its own: "aircraft equipment, dozens of tanks")
        in_list = idx > 0 and (LIST_GAP.fullmatch(an.text, live[idx - 1].end, item.quantity.start)
                               or TAIL_WORD_LIST_GAP.fullmatch(an.text, live[idx - 1].end, item.quantity.start))
        if len(followers) >= 2:
            # (but "Mi-8 helicopters, M113 carriers, millions of rounds of ammunition, grenade launcher
            # ammunition and radars": a number inside a list begun before it is its item's own)
            shared = shared or not in_list
        elif len(followers) == 1:
            other = followers[0]
            same_head = other.head == item.head
            # (but "10,000 anti-tank missiles, multiple-launch rocket systems": a count of missiles
            # counts no launchers)
            platforms = item.unit in PLATFORM_UNITS and PLATFORM_CLASS[item.unit] == PLATFORM_CLASS.get(other.unit) \
                and (other.system is None or item.system is None or other.system.id != item.system.id) \
                and item.head.rstrip("s") not in MUNITION_HEADS
            # "148 KN-23 and KN-24 ballistic missiles": two names before one plural noun
            one_noun = item.system is not None and not item.system.generic and len(other.mentions) >= 2 \
                and not item.mentions[-1].plural and other.mentions[-1].plural \
                and re.fullmatch(r"\s+(?:and|or|&)\s+", an.text[item.end:other.start])
            shared = same_head or (platforms and not in_list) or bool(one_noun)
        if shared:
            item.flags.add("shared")
            item.quantity, item.value, item.kind = None, None, "unknown"


VEHICLE_CATEGORIES = frozenset({"tanks", "armored_vehicles", "vehicles_logistics"})


def _gives(an: Analysis) -> bool:
    """Does the sentence say something is given or promised (a strong or future status cue)?
    ("12 of them need repair" counts no gift.)"""
    return any(c.cue.kind == "status" and c.cue.scope in ("strong", "future") for c in an.cues)


def resolve_anaphors(items: list[Item], an: Analysis, history: list[Item]) -> list[Item]:
    """"three of which", "eight of these systems": the same system as the last one named."""
    out = []
    for item in items:
        if item.quantity is not None and SUCH_BEFORE.match(an.text[max(0, item.start - 8):item.start]) \
                and (item.needs_anchor == "anaphor" or (item.generic and not item.anchor_only and not item.needs_anchor)):
            # "The USA promised to transfer more than a hundred such machines": the kind named last
            prior = next((h for h in [*reversed(out), *reversed(history)] if h.system is not None
                          and not h.system.generic and not h.anchor_only
                          and (item.needs_anchor == "anaphor" or h.unit == item.unit or h.category == item.category
                               # ("six Leopard 2 tanks … a total of 10 such vehicles": a tank is a vehicle)
                               or (item.unit == "vehicle" and h.category in VEHICLE_CATEGORIES))),
                         None)
            if prior is not None:
                out.append(_copy_as(item, prior, "anaphor-such"))
                continue
        if item.quantity is not None and item.generic and item.category == "vehicles_logistics" \
                and re.fullmatch(r"\s+of\s+(?:the|these|those)\s+", an.text[item.quantity.end:item.start], re.I) \
                and re.fullmatch(r"(?:vehicles|machines)", an.text[item.start:item.end], re.I):
            # "Challenger 2 tanks have arrived. The UK promised 14 of the vehicles": the vehicles named before
            prior = next((h for h in [*reversed(out), *reversed(history)] if h.system is not None and not h.system.generic
                          and not h.anchor_only and h.category in VEHICLE_CATEGORIES), None)
            if prior is not None:
                out.append(_copy_as(item, prior, "anaphor"))
                continue
        if item.needs_anchor == "anaphor":
            gap = an.text[item.quantity.end:item.start] if item.quantity else ""
            if item.quantity is not None and re.search(r"\bof\s+(?:these|those|the|them|such)\b", gap, re.I):
                prior = next((h for h in reversed(history) if h.system is not None and not h.system.generic), None)
                if prior is not None:
                    item = _copy_as(item, prior, "anaphor")
                    out.append(item)
            elif item.quantity is not None and not gap.strip() and not re.match(r"\s+of\b", an.text[item.end:item.end + 4]) \
                    and not any(i is not item and not i.anchor_only for i in items) and _gives(an) \
                    and (prior := next((h for h in reversed(history) if h.system is not None and not h.system.generic), None)):
                # "The UK will deliver AS90 howitzers. … But now it plans to deliver 16 units.": a count of bare
                # units, in a sentence naming nothing else, counts the system named before
                out.append(_copy_as(item, prior, "anaphor"))
            elif item.quantity is not None and (re.search(r"\b(?:more|additional|further)\s+$", gap, re.I)
                                                or MORE_BEFORE.search(an.text, max(0, item.quantity.start - 16),
                                                                      item.quantity.start)):
                # "delivered the first RCH 155 and has promised an additional 53 units": more of the
                # system the sentence named last
                prior = next((i for i in reversed(out) if i.end <= item.quantity.start and not i.anchor_only
                              and i.system is not None and not i.system.generic), None)
                if prior is None and not any(i is not item and not i.anchor_only for i in items):
                    # "Australia sent the first four M113 carriers. Ten more units will be shipped later."
                    prior = next((h for h in reversed(history) if h.system is not None and not h.system.generic), None)
                if prior is not None:
                    out.append(_copy_as(item, prior, "anaphor-more"))
            continue
        out.append(item)
    for q in an.quantities:
        of = OF_WHICH.match(an.text, q.end)
        # ("A total of 10 of them have already been delivered": the things named before, given by the count's
        # own verb; "some 30 of them are fit for the front" gives nothing)
        if of is not None and (of.group(1).lower() == "which" or any(
                c.cue.kind == "status" and c.cue.scope in ("strong", "future") and q.end < c.start < an.clause_of(q.start)[1]
                for c in an.cues)):
            prior = [i for i in out if i.end <= q.start and not i.anchor_only]
            source = prior[-1] if prior else next((h for h in reversed(history)), None)
            if source is None:
                continue
            out.append(_counted_again(q, source, "of-which", end=of.end()))
    return sorted(out, key=lambda i: i.start)


# a count or "additional" before a part or munition word: "two batteries", "additional missiles"
PART_OPENS = re.compile(rf"(?:\b(?:additional|more|further|extra|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of)|"
                        rf"\d|\b{WORDS})\s+(?:[\w-]+\s+)?$", re.I)


def parts_of_previous(items: list[Item], an: Analysis, previous: list[Item], catalog: Catalog) -> list[Item]:
    """"The German donation is one Patriot battery. This is in addition to two batteries pledged by
    the US and additional missiles pledged by the Netherlands": parts and munitions, counted or
    "additional", in a sentence naming no system belong to the one named system the sentence before
    gave."""
    if not previous or any(i.system is not None and not i.needs_anchor for i in items):
        return items
    systems = {p.system.id: p.system for p in previous if p.system is not None and not p.system.generic}
    if len(systems) != 1:
        return items
    [system] = systems.values()
    out = []
    for item in items:
        if item.needs_anchor in ("munition", "part") and not item.anchor_only \
                and PART_OPENS.search(an.text, max(0, item.start - 24), item.start):
            derived = derive(item.mentions[-1], system, catalog, item.start, item.end, item.mentions)
            # ("GMLRS rockets … one million shells": a word that names its own kind of munition
            # belongs only to a system that fires that kind)
            if derived is not None and not (item.category and derived.category != item.category):
                derived.flags.add("continues")
                item = derived
        out.append(item)
    return out


def _copy_as(item: Item, source: Item, rule: str) -> Item:
    return replace(item, name=source.name, category=source.category, unit=source.unit, generic=source.generic,
                   family=source.family, system=source.system, head=source.head, rule=rule,
                   needs_anchor="", anchor_only=False, mentions=item.mentions or source.mentions,
                   flags=set(item.flags))


def _counted_again(q: Quantity, source: Item, rule: str, end: int | None = None) -> Item:
    """A new item of what ``source`` names, counted by the bare quantity ``q`` ("… while Latvia sent 500")."""
    new = _copy_as(Item(q.start, q.end if end is None else end, "", "", "", True, "", None, "", "", []), source, rule)
    new.quantity, new.value, new.kind = q, q.value, q.kind
    new.antecedent = source.start
    return new


# ("pledged to send another two": the giving verb may be the infinitive after the cue)
ELLIPSIS_BEFORE = re.compile(r"\s*(?:(?:to\s+)?(?:send|deliver|provide|supply|transfer|give|donate|hand\s+over)\s+)?"
                             r"(?:another|a\s+further|an?\s+(?:additional|further)|the\s+(?:other|remaining))?\s*", re.I)
# the number closes its clause, perhaps with a time or place ("… and Spain will send another 10 in April",
# "… and will send another six soon")
# ("… and has promised 18 more that would be delivered in the coming years": a relative clause on its delivery)
ELLIPSIS_AFTER = re.compile(r"\s*(?:(?:in|on|by|to|next|this|later|before|after|from|over)\b[^.;,:()]*|"
                            r"(?:soon|shortly|later|too|as\s+well)\b|"
                            r"(?:that|which)\s+(?:will|would|are\s+to|is\s+to)\s+be\s+(?:delivered|sent|supplied|"
                            r"provided|shipped|transferred|handed\s+over)\b[^.;,:()]*)?\s*(?:[.;,:)]|$)", re.I)


# a giving participle: "…, with Germany supplying the other three"
GIVING_ING = r"(?:supplying|providing|sending|contributing|delivering|donating|giving|handing\s+over|transferring)"
WITH_ACTOR_GIVING = re.compile(r",?\s*\bwith\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+" + GIVING_ING + r"\s+"
                               r"(?:another|a\s+further|an?\s+(?:additional|further)|the\s+(?:other|remaining))\s*$")
MORE_AFTER = re.compile(r"\s+more\b", re.I)
MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an?\s+(?:additional|further))\s+$", re.I)
SUBJECT_VERB_AFTER = re.compile(r"\s+(?:will|would|are|were|is|was|have|has|had|should)\b", re.I)
# "the 109 that Washington has made available", "the 31 that the US has sent"
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
OBJECT_GIVEN_AFTER = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+"
                                r"(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:made\s+available|sent|delivered|"
                                r"provided|supplied|given|donated|transferred|handed\s+over)\b")
# "78 CAESARs, in addition to the 49 already supplied", "two more Hawk systems, in addition to the four
# previously delivered", "six more, in addition to the twelve, which have already been transferred"
ADDITION_BEFORE = re.compile(r"\bin\s+addition\s+to\s+the\s+$", re.I)
# (… or "in addition to the four delivered last week": the participle with a time after it)
ADDITION_GIVEN_AFTER = re.compile(r"(?:\s*,?\s+(?:that|which)\s+(?:have|has|had)|\s+(?:that\s+)?(?:have|has|had))?"
                                  r"\s+(?:(?:already|previously|earlier)\s+(?:been\s+)?(?:delivered|supplied|transferred|sent|"
                                  r"provided|given|donated|handed\s+over|received|in\s+(?:service|use|Ukraine|the\s+"
                                  r"(?:Armed\s+Forces|army|country)))\b|(?:delivered|supplied|transferred|sent|provided|donated|"
                                  r"handed\s+over)(?=\s+(?:last|earlier|this|in|on|so\s+far|before)\b))", re.I)
EXPECTED_AFTER = re.compile(r"\s+(?:expected|due|(?:to\s+)?(?:follow|come)|on\s+(?:the|their)\s+way)\b", re.I)


def elliptical_counts(items: list[Item], an: Analysis, previous: list[Item] = ()) -> list[Item]:
    """"Estonia donated 2,000 mines, while Latvia sent 500": a number ending its clause right after
    a giving verb, with a new actor, counts the thing named last before it; so does "N more" or
    "another N" without one ("… and will send five more"), and a sentence opened by one counts
    what the sentence before gave ("Another 13 will follow")."""
    used = {id(i.quantity) for i in items if i.quantity is not None}
    out = list(items)
    for q in an.quantities:
        more = MORE_AFTER.match(an.text, q.end)
        end = more.end() if more else q.end
        if id(q) not in used and q.value is not None \
                and (more or MORE_BEFORE.search(an.text, max(0, q.start - 16), q.start)) \
                and ((verb := SUBJECT_VERB_AFTER.match(an.text, end)) or (more and EXPECTED_AFTER.match(an.text, end))):
            expected = EXPECTED_AFTER.match(an.text, verb.end() if verb else end)
            # "The UK sent 2,000 NLAWs, and a further 1,615 will now be sent": the number is the subject
            cue = verb and next((c for c in an.cues if c.cue.kind == "status" and q.end < c.end <= verb.end() + 40
                                 and not any(q.end < o.start < c.start for o in items)), None)
            source = next((i for i in reversed(items) if i.end <= q.start and not i.anchor_only and i.category
                           and i.quantity is not None), None)
            continues = source is None and not items and AGAIN_OPENS.match(an.text) is not None
            if continues:
                # "Denmark has delivered six F-16s. Another 13 will follow.": what the sentence before
                # gave last, if it was counted
                source = next((p for p in reversed(previous) if p.category and p.quantity is not None), None)
            if source is not None and (cue or expected):
                new = _counted_again(q, source, "ellipsis", end=end)
                if continues:
                    new.antecedent = -1         # (its position is in the other sentence)
                    new.flags.add("continues")
                # ("with ten more expected in spring" has no verb of its own: a promise)
                future = not cue or cue.cue.scope == "future" or verb.group().strip().lower() in ("will", "would",
                                                                                                   "should")
                value = cue.cue.value if cue else "pledged"
                new.status_hint = "pledged" if future and value == "delivered" else value
                if future:
                    new.flags.add("future")
                out.append(new)
            continue
        if id(q) in used or q.value is None:
            continue
        # "about 15 percent of the 109 that Washington has made available to Kiev" (given by the
        # relative clause's subject), "six more, in addition to the 12 already supplied" (the ones given
        # before, counted beside the new ones): a delivery of the thing named last
        given = (THE_BEFORE.search(an.text, max(0, q.start - 8), q.start) and OBJECT_GIVEN_AFTER.match(an.text, end)) \
            or (ADDITION_BEFORE.search(an.text, max(0, q.start - 24), q.start) and ADDITION_GIVEN_AFTER.match(an.text, end))
        if given:
            source = next((i for i in reversed(items) if i.end <= q.start and not i.anchor_only and i.category), None)
            if source is not None:
                new = _counted_again(q, source, "ellipsis", end=given.end())
                new.status_hint = "delivered"
                new.antecedent = -1     # (what befell the thing named before is not this count's)
                out.append(new)
            continue
        if not ELLIPSIS_AFTER.match(an.text, end):
            continue
        cue = next((c for c in an.cues if c.cue.kind == "status" and c.end <= q.start
                    and (before := ELLIPSIS_BEFORE.fullmatch(an.text, c.end, q.start))), None)
        limit = cue.start if cue is not None else q.start
        if cue is None and (absolute := WITH_ACTOR_GIVING.search(an.text, max(0, q.start - 80), q.start)):
            # "the Netherlands will supply three PzH2000s, with Germany supplying the other three": the
            # participle shares the status of the verb it hangs on
            before = absolute
            cue = next((c for c in an.cues if c.cue.kind == "status" and c.cue.scope in ("strong", "future")
                        and c.end <= absolute.start()), None)
            limit = absolute.start()
        if cue is None:
            continue
        source = next((i for i in reversed(items) if i.end <= limit and not i.anchor_only and i.category
                       and i.quantity is not None), None)
        continues = source is None and not items
        if continues:
            # "Ukraine had received four HIMARS. The US has pledged to deliver eight by mid-July.": a
            # sentence naming nothing counts what the sentence before gave last, if it was counted
            source = next((p for p in reversed(previous) if p.category and p.quantity is not None), None)
        # "… while Latvia sent 500" needs its new giver; "… and will send five more" is the same one's
        if source is None or not (more or before.group().strip()
                                  or any((continues or source.end <= a.start) and a.start < cue.start
                                         for a in an.actors)):
            continue
        new = _counted_again(q, source, "ellipsis", end=end)
        if continues:
            new.antecedent = -1
            new.flags.add("continues")
        new.status_hint = cue.cue.value      # its own verb, not the first one of the sentence
        if cue.cue.scope == "future":
            new.flags.add("future")
        out.append(new)
    return sorted(out, key=lambda i: i.start)


# "Denmark has sent 19 F-16s, Norway six and the Netherlands 24": a giver and a bare number with
# the verb and the thing left out ("gapping")
GAP_BEFORE_ACTOR = re.compile(r"(?:,|\band)\s*(?:the\s+)?$", re.I)
# ("including 30 donated by France, 19 by Denmark": the agent of the count before, gapped)
FROM_GIVER = re.compile(r"\s+(?:more\s+)?(?:from|by)\s+(?:the\s+)?", re.I)
GAPPED_ACTOR_GAP = re.compile(r"\s+(?:[–—:-]\s+)?")     # "the Netherlands 24", "the Netherlands – 24"
GAP_AFTER = re.compile(r"\s*(?:[.;,)]|$|and\b)", re.I)


def gapped_counts(items: list[Item], an: Analysis) -> list[Item]:
    """Bare numbers right after a new giver count the thing named last before that giver.

    The giver stands between a separator ("," or "and") and the number, which ends its clause or
    is followed by the next pair; the record takes the sentence's verb.
    """
    used = {id(i.quantity) for i in items if i.quantity is not None}
    out = list(items)
    for item in items:
        # "Germany will transfer a Patriot battery, the Netherlands — two more Patriot launchers": a
        # new giver right before a counted item after another item is that item's giver
        q = item.quantity
        if q is not None and any(a.end <= q.start and a.name.iso3 and GAPPED_ACTOR_GAP.fullmatch(an.text, a.end, q.start)
                                 and GAP_BEFORE_ACTOR.search(an.text, max(0, a.start - 8), a.start)
                                 and any(o.end <= a.start and o.category for o in items) for a in an.actors):
            item.flags.add("gapped")
    for q in an.quantities:
        if id(q) in used or q.value is None or not (GAP_AFTER.match(an.text, q.end) or FROM_GIVER.match(an.text, q.end)):
            continue
        actor = next((a for a in an.actors if a.end <= q.start and GAPPED_ACTOR_GAP.fullmatch(an.text, a.end, q.start)
                      and a.name.iso3 and GAP_BEFORE_ACTOR.search(an.text, max(0, a.start - 8), a.start)), None)
        if actor is None:
            # "8 tanks from Canada, 8 from Norway and 6 from Spain": the number, then its giver
            source_of = next((a for a in an.actors if a.start > q.end and a.name.iso3
                              and FROM_GIVER.fullmatch(an.text, q.end, a.start)), None)
            if source_of is None or not GAP_BEFORE_ACTOR.search(an.text, max(0, q.start - 8), q.start):
                continue
            actor = source_of
        source = next((i for i in reversed(out) if i.end <= actor.start and not i.anchor_only and i.category
                       and i.quantity is not None and i.rule != "ellipsis"), None)
        if source is None or any(source.end <= i.start < q.start for i in items):
            continue
        new = _counted_again(q, source, "gapping")
        new.flags.add("gapped")
        out.append(new)
        out.sort(key=lambda i: i.start)
    return out


# "Denmark will donate 19 and Norway 22 F-16s": a bare number, then the next giver's counted item
GAP_TO_NEXT_GIVER = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$", re.I)


def forward_gapped_counts(items: list[Item], an: Analysis) -> list[Item]:
    """A bare number followed by "and <giver> <number> <item>" counts that item for its own giver."""
    used = {id(i.quantity) for i in items if i.quantity is not None}
    out = list(items)
    for q in an.quantities:
        if id(q) in used or q.value is None:
            continue
        actor = next((a for a in an.actors if a.start > q.end and a.name.iso3 and a.name.kind != "demonym"
                      and GAP_TO_NEXT_GIVER.fullmatch(an.text, q.end, a.start)), None)
        target = actor and next((i for i in items if i.quantity is not None and i.quantity.start > actor.end
                                 and not an.text[actor.end:i.quantity.start].strip()
                                 and i.category and not i.anchor_only), None)
        if target is None:
            continue
        new = _counted_again(q, target, "gapping")
        new.antecedent = -1
        new.evidence_end = target.end
        out.append(new)
        used.add(id(q))
    return sorted(out, key=lambda i: i.start)


# Government lists and trackers put the status after the item: "10 IRIS-T SLM systems pledged,
# 6 delivered", "18 PzH 2000 (delivered)", "of 24 F-16s pledged, 6 have been delivered".
PARTICIPLES = frozenset({"delivered", "handed over", "supplied", "transferred", "received", "sent", "donated",
                         "ordered", "pledged", "promised", "committed", "approved", "ceded", "on the way", "on their way",
                         "en route"})
PARTICIPLE_GAP = re.compile(r"\s*[(\[]?\s*(?:(?:have|has|had)\s+(?:(?:already|now|so\s+far|recently|also)\s+)?been\s+|"
                            r"(?:were|was|are|is)\s+(?:(?:already|now|also)\s+)?|already\s+)?", re.I)
# the participle closes its clause, perhaps with a date ("delivered in January 2025")
PARTICIPLE_END = re.compile(r"\s*(?:(?:in|on|by|since|so\s+far|to\s+date|to)\b[^.;,:()\[\]]*)?"
                            r"(?:[.;,:)\]]|$|\n)", re.I)


ADJECTIVE_PARTICIPLE = re.compile(r"\s+(?:pledged|promised|ordered|committed|announced)(?=\s+(?:have|has|had|were|was|"
                                  r"are|is)\b)", re.I)


def _participle_after(an: Analysis, pos: int):
    """The status cue of a participle that follows ``pos`` and ends the clause, or None."""
    gap = PARTICIPLE_GAP.match(an.text, pos)
    at = gap.end()
    for c in an.cues:
        if c.start == at and c.cue.kind == "status" and an.text[c.start:c.end].lower() in PARTICIPLES \
                and PARTICIPLE_END.match(an.text, c.end):
            return c
    return None


BRACKETS_AFTER = re.compile(r"(?:/[\w-]+|\s+(?=[\w-]*\d)[A-Z0-9][\w-]*)*(?:\s*[(\[][^()\[\]\n]{0,80}[)\]])+")


def _bracketed_participle(an: Analysis, item: Item):
    """"31 M1A1 Abrams (United States, delivered)", "18 (Germany) [delivered]": a participle in
    the brackets right after the item and its count."""
    end = max(item.end, item.quantity.end if item.quantity is not None else 0)
    group = BRACKETS_AFTER.match(an.text, end)
    if group is None:
        return None
    return next((c for c in an.cues if group.start() <= c.start < group.end() and c.cue.kind == "status"
                 and an.text[c.start:c.end].lower() in PARTICIPLES), None)


def participle_statuses(items: list[Item], an: Analysis) -> None:
    """"10 IRIS-T SLM systems pledged", "18 PzH 2000 (delivered)": a participle right after the item
    that ends its clause is the item's own status."""
    for item in items:
        if item.anchor_only or item.status_hint:
            continue
        # "all 24 FH-70 howitzers pledged have been delivered": the first participle describes
        adjective = ADJECTIVE_PARTICIPLE.match(an.text, item.end)
        cue = _participle_after(an, adjective.end() if adjective else item.end) or _bracketed_participle(an, item)
        if cue is not None:
            item.status_hint = cue.cue.value


DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these|its|their)\s+$", re.I)


def participle_counts(items: list[Item], an: Analysis) -> list[Item]:
    """"10 IRIS-T SLM systems pledged, 6 delivered", "another 5 pledged": a bare number with its
    own participle counts the thing named last before it, in that state."""
    used = {id(i.quantity) for i in items if i.quantity is not None}
    out = list(items)
    for q in an.quantities:
        if id(q) in used or q.value is None:
            continue
        cue = _participle_after(an, q.end)
        if cue is None or DEFINITE_BEFORE.search(an.text, max(0, q.start - 24), q.start):
            continue    # "in addition to the six already delivered": those are counted elsewhere
        source = next((i for i in reversed(out) if i.end <= q.start and not i.anchor_only and i.category), None)
        if source is None:
            continue
        new = _counted_again(q, source, "participle")
        new.status_hint = cue.cue.value
        out.append(new)
        out.sort(key=lambda i: i.start)
    return out


OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|them|these)\s+$", re.I)
# "Stinger systems, of which the Pentagon has sent about 1,600 to Ukraine": a giver and its verb between
OF_WHICH_GIVEN_BEFORE = re.compile(r"\bof\s+which\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
                                   r"(?:(?:has|have|had|will)\s+(?:already\s+|now\s+|so\s+far\s+)?)?"
                                   r"(?:sent|delivered|supplied|provided|transferred|donated|given|send|deliver|supply|"
                                   r"provide|donate|give)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$")


def of_which_counts(items: list[Item], an: Analysis) -> list[Item]:
    """"its remaining M113s, of which around 50 are expected to be sent": the part counted after
    "of which" is a record of the thing named before."""
    used = {id(i.quantity) for i in items if i.quantity is not None}
    out = list(items)
    for q in an.quantities:
        if id(q) in used or q.value is None or not (OF_WHICH_BEFORE.search(an.text, max(0, q.start - 16), q.start)
                                                     or OF_WHICH_GIVEN_BEFORE.search(an.text, max(0, q.start - 80), q.start)):
            continue
        source = next((i for i in reversed(out) if i.end <= q.start and not i.anchor_only and i.category), None)
        if source is None or any(source.end <= i.start < q.start for i in items):
            continue
        new = _counted_again(q, source, "of-which-after")
        out.append(new)
        out.sort(key=lambda i: i.start)
    return out


ROCKETS_AFTER_LAUNCHER = re.compile(r"\s*(?:,\s*)?(?:and|with|plus|along\s+with)\s+", re.I)


def launcher_rockets(items: list[Item], an: Analysis) -> list[Item]:
    """"100 Carl-Gustaf anti-tank weapons systems and 2,000 rockets": rockets counted right after an
    anti-tank launcher are its rounds, anti-tank munitions and not artillery rockets."""
    out = list(items)
    for k in range(1, len(out)):
        prev, item = out[k - 1], out[k]
        if item.bare and item.head == "rocket" and item.category == "rockets" and prev.category == "anti_tank" \
                and not prev.anchor_only and ROCKETS_AFTER_LAUNCHER.fullmatch(
                    an.text, prev.end, item.quantity.start if item.quantity is not None else item.start):
            out[k] = replace(item, name=f"{prev.name} rocket", category="anti_tank", family=prev.family,
                             rule=item.rule + "+launcher-rocket")
    return out


BREAKDOWN_OPEN = re.compile(r"\s*(?:,\s*(?:including|comprising|consisting\s+of|namely)\s+|\(\s*(?:including\s+)?)", re.I)
BREAKDOWN_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)", re.I)


def itemised_totals(items: list[Item], an: Analysis) -> None:
    """"40 military transport vehicles, including 35 hook loaders and five water tankers": a generic
    total whose listed parts add up to it (or more: "70 military vehicles, including 28 M113s, 14
    special operations vehicles, 28 trucks and 14 trailers") is itemised completely and is no record
    of its own (corpus decision 4); a part that leaves some over ("400 vehicles, including 162
    armored vehicles") keeps both."""
    counted = sorted((i for i in items if i.quantity is not None and not i.anchor_only), key=lambda i: i.quantity.start)
    for total in counted:
        if not total.generic or total.kind != "exact" or total.value is None:
            continue
        m = BREAKDOWN_OPEN.match(an.text, total.end)
        if m is None:
            continue
        pos, parts = m.end(), []
        for part in counted:
            if part.quantity.start < pos:
                continue
            if part.quantity.start != pos or part.kind != "exact" or part.value is None:
                break
            parts.append(part)
            sep = BREAKDOWN_NEXT.match(an.text, part.end)
            if sep is None:
                break
            pos = sep.end()
        if len(parts) >= 2 and sum(p.value for p in parts) >= total.value:
            total.anchor_only = True
            total.rule += "+itemised"


def definite_references(items: list[Item], an: Analysis, history: list[Item]) -> None:
    """Generic words that point back: "the tanks" (skip), "30 tanks" after "Gepard tanks" (Gepard)."""
    for item in items:
        if item.anchor_only or not item.generic or item.system is None:
            continue
        if any(m.system is not None and not m.system.generic for m in item.mentions):
            continue      # "the remaining Patriot missiles": named, not a back-reference
        before = an.text[max(0, item.start - 30):item.start]
        m = re.search(r"\b(?:the|these|those|this|that|such)\s+((?:[\w-]+\s+){0,2})$", before, re.I)
        # the words between "the" and the item are its modifiers, not a giver and a verb ("The
        # Netherlands sent howitzers": the article belongs to the giver)
        gap = item.start - len(m.group(1)) if m else item.start
        if item.quantity is None and m and not any(w.lower() in STOP for w in m.group(1).split()) \
                and not re.search(r"\ball\s+(?:of\s+)?the\s+(?:[\w-]+\s+){0,2}$", before, re.I) \
                and not any(gap <= a.start < item.start and a.name.kind != "demonym" for a in an.actors) \
                and not any(gap <= c.start < item.start and c.cue.kind == "status" for c in an.cues):
            item.flags.add("definite")
            continue
        if item.quantity is not None and len(item.mentions) == 1 \
                and item.mentions[0].surface.lower().rstrip("s") == item.head.rstrip("s"):
            # "30 tanks" after "Gepard tanks"; "six of the aircraft" after "Mirage 2000 jets"
            # ("the first three vehicles" after "19 Piranha armoured personnel carriers": with the article,
            # a thing counted in the same unit)
            pool = history + ([i for i in items if i.end <= item.start and i is not item] if m is not None else [])
            prior = next((h for h in reversed(pool) if h.system is not None and not h.system.generic
                          and h.category and (h.head == item.head or h.category == item.category
                                              or (m is not None and item.unit and h.unit == item.unit))), None)
            if prior is not None:
                item.name, item.category, item.unit = prior.name, prior.category, prior.unit
                item.system, item.family, item.generic = prior.system, prior.family, False
                item.rule += "+definite-reference"


KIND_OF_BEFORE = re.compile(r"\b(?:type|types|kind|kinds|sort|sorts|model|models|class)\s+of\s+(?:the\s+)?$", re.I)
SERVICE_AFTER = re.compile(r"\s+(?:modifications?|upgrades?|maintenance|repairs?|sustainment|training|overhauls?|"
                           r"servicing|support)\b", re.I)
FOR_AIR_DEFENCE = re.compile(r"\s*(?:\(\s*)?for\s+(?:use\s+in\s+)?(?:(?:[A-Z][\w-]*['’]s|its|their|an?|the)\s+)?"
                             r"(?:new\s+)?(?:ground-based\s+)?air[-\s]defen[cs]e\b", re.I)


def radars_for_systems(items: list[Item], an: Analysis) -> None:
    """"a radar system for the Patriot": an air-defence system's own radar is air defence, and the
    system it is for is no gift of its own."""
    for item, nxt in zip(items, items[1:]):
        if item.generic and item.category == "radars_sensors" and item.system is not None and item.system.id == "radar" \
                and nxt.system is not None and not nxt.generic and nxt.category == "air_defense" \
                and nxt.quantity is None and FOR_GAP.fullmatch(an.text, item.end, nxt.start):
            item.category, item.name = "air_defense", f"{nxt.name} radar"
            item.rule += "+for-system"
            nxt.anchor_only = True


# ("delivered heavy artillery pieces to Ukraine in the form of the Panzerhaubitze 2000")
EXAMPLE_GAP = re.compile(r"\s*,?\s*(?:such\s+as|like|for\s+example|e\.g\.,?|(?:to\s+[A-Z][\w-]*\s+)?in\s+the\s+form\s+of)"
                         r"\s+(?:the\s+|an?\s+)?\.?", re.I)


def examples_named(items: list[Item], an: Analysis) -> None:
    """"small arms ammunition like .50 caliber rounds", "engineering equipment such as backhoes": the
    examples are what is given; the uncounted kind they illustrate is no record of its own."""
    for item, nxt in zip(items, items[1:]):
        if item.generic and item.quantity is None and not item.anchor_only and nxt.category == item.category \
                and EXAMPLE_GAP.fullmatch(an.text, item.end, min(nxt.start, nxt.quantity.start if nxt.quantity else nxt.start)):
            item.anchor_only = True
            item.rule += "+illustrated"


def stated_purposes(items: list[Item], an: Analysis) -> None:
    """"AIM-9M missiles for air defense", "AIM-7 air defence missiles": a missile stated as for air
    defence is air defence."""
    for item in items:
        if item.category != "missiles":
            continue
        described = any(m.system is not None and m.system.generic and m.system.category == "air_defense"
                        for m in item.mentions)
        stated = FOR_AIR_DEFENCE.match(an.text, item.end)
        if described or stated:
            item.category = "air_defense"
            item.rule += "+purpose"
        if stated:
            # ("AIM-9M munitions for a new air defense system": the system is what they are for)
            for other in items:
                if other.generic and other.category == "air_defense" and stated.start() <= other.start < stated.end() + 4:
                    other.anchor_only = True


# corpus decision 9: tanks with an engineering role are armoured vehicles
FOR_DEMINING = re.compile(r"\s+(?:for|to\s+be\s+used\s+for)\s+(?:the\s+)?(?:demining|mine[-\s]clearing|mine\s+clearance|"
                          r"clearing\s+mines|breaching)\b", re.I)


def engineering_tanks(items: list[Item], an: Analysis) -> None:
    """"three Leopard 2 tanks for demining territories": a tank with an engineering role."""
    for item in items:
        if item.category == "tanks" and FOR_DEMINING.match(an.text, max(item.end, item.evidence_end)):
            item.category = "armored_vehicles"
            item.rule += "+engineering"


def appositives(items: list[Item], an: Analysis) -> None:
    """"CV90s – a tracked infantry fighting vehicle": a description, not a second item."""
    for prev, item, after in zip(items, items[1:], items[2:] + [None]):
        if item.generic and item.quantity is None and not prev.anchor_only \
                and re.fullmatch(r"\s*[–—,(-]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}", an.text[prev.end:item.start]) \
                and prev.category == item.category \
                and not (after is not None and re.fullmatch(
                    r"\s+and\s+", an.text[item.end:after.quantity.start if after.quantity else after.start])):
            # (… but "a Dachs engineer vehicle, a recovery vehicle and two trucks" is a list)
            item.flags.add("appositive")


NAME_OPENS = re.compile(r"\s*\(\s*(?:(?:known\s+as|dubbed|called|named|namely|i\.\s?e\.,?|e\.\s?g\.,?)\s+)?(?:the\s+)?")
NAME_CLOSES = re.compile(r"\s*(?:s|systems?|missiles?|launchers?)?\s*\)")


ALT_NAME_GAP = re.compile(r"\s*,?\s*(?:or|aka|a\.k\.a\.|also\s+known\s+as|also\s+called)\s+(?:the\s+)?", re.I)
ALT_NAME_END = re.compile(r"\s*,\s*|\s*\)\s*|\s+(?=[a-z])")


def alternative_names(items: list[Item], an: Analysis) -> list[Item]:
    """"five BVP-1, or BMP-1, fighting vehicles": a second name for the same thing, and the noun
    both names share, are one item."""
    out: list[Item] = []
    skip: set[int] = set()
    for i, item in enumerate(items):
        if i in skip:
            continue
        out.append(item)
        if item.generic or i + 1 >= len(items):
            continue
        alt = items[i + 1]
        if alt.generic or alt.category != item.category or not ALT_NAME_GAP.fullmatch(an.text, item.end, alt.start):
            continue
        skip.add(i + 1)
        item.evidence_end = alt.end
        end = ALT_NAME_END.match(an.text, alt.end)
        if end and i + 2 < len(items) and items[i + 2].generic and items[i + 2].category == item.category \
                and items[i + 2].start == end.end():
            skip.add(i + 2)       # … and the shared noun ("fighting vehicles")
            item.evidence_end = items[i + 2].end
    return out


def bracketed_names(items: list[Item], an: Analysis) -> None:
    """"5,000 anti-tank weapons (known as AT4)": the bracket names the counted kind of thing, so
    the count is the named system's and the bracket is no second item."""
    for prev, item in zip(items, items[1:]):
        if prev.generic and not item.generic and item.quantity is None and not prev.anchor_only \
                and prev.category == item.category and NAME_OPENS.fullmatch(an.text, prev.end, item.start) \
                and (close := NAME_CLOSES.match(an.text, item.end)):
            prev.name, prev.system, prev.generic, prev.family = item.name, item.system, False, item.family
            prev.unit = item.unit
            prev.evidence_end = close.end()
            prev.rule += "+named"
            item.flags.add("appositive")


# (not "tanks manufactured by Canadians being loaded onto trucks": a lower-case gerund ends the name)
MAKER = re.compile(r"\s*,?\s*(?:manufactured|made|produced|built|developed)\s+by\s+(?:the\s+)?"
                   r"((?:(?!(?:and|or|for|to|in|with|from)\b|(?-i:[a-z]\w*ing\b))[\w.&'’-]+\s+){0,3}"
                   r"(?!(?:and|or|for|to|in|with|from)\b|(?-i:[a-z]\w*ing\b))"
                   r"[^\W\d][\w&'’-]*(?:\.[\w]+)*)\b(?!\s+(?-i:[a-z]\w*ing)\b)", re.I)


def makers(items: list[Item], an: Analysis) -> None:
    """"drones made by the Latvian firm Origin Robotics": a maker's product, not a generic word."""
    for item in items:
        m = MAKER.match(an.text[item.end:])
        if item.generic and m and not item.anchor_only and (item.system is None or item.system.generic):
            item.name = f"{item.name} ({m.group(1)})"
            item.generic = False
            item.evidence_end = item.end + m.end()
            item.rule += "+maker"


# "will ship 200 Stingers", "to ship them", "will now ship 72 howitzers", "it ships out to Europe":
# a noun of the catalog used as a verb
VERB_BEFORE = re.compile(r"(?:\b(?:will|would|to|can|could|shall|may|might|must|also|then|we|they|it|not)|['’]ll)"
                         r"\s+(?:(?:now|soon|then|also|quickly|immediately|still|already)\s+)?$", re.I)
VERB_AFTER = re.compile(r"\s+out\b(?!\s+of\b)", re.I)


def _used_as_verb(m: SystemMention, text: str, verb_nouns: frozenset[str]) -> bool:
    return m.surface.lower() in verb_nouns and (VERB_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
                                                or VERB_AFTER.match(text, m.end) is not None)


def _proper_name(chunk: list[SystemMention], text: str) -> bool:
    """A generic word written as part of a name ("Polskie Radio", "Radio Svoboda") is not equipment."""
    if len(chunk) != 1 or chunk[0].system is None or not chunk[0].system.generic or chunk[0].term.ambiguous:
        return False    # ("German Leopard and American Abrams tanks": a model name, read as its kind)
    m = chunk[0]
    if not m.surface[:1].isupper() or m.surface.split()[0].isupper() or not text[:m.start].strip(" “\"'‘"):
        return False    # ("FPV drones", "UAV systems": an acronym is part of the equipment's name)
    before = re.search(r"([A-Z][\w’']+)\s+$", text[:m.start])     # ("Lithuanian-made FPV drones" is no name)
    after = re.match(r"\s+([A-Z][\w’'-]+)", text[m.end:])
    return bool(before or after)


def _context_rule(rules, text: str):
    return next((r.system_id for r in rules if r.context != "*" and
                 re.search(rf"(?<![\w-]){re.escape(r.context)}(?:e?s)?(?![\w])", text, re.I)), None)


def resolve_ambiguous(an: Analysis, catalog: Catalog, history: list[Item], doc_text: str = "") -> None:
    """Give names like "Leopard" their system: a context word in the sentence, else the last
    such system named before in the document, else a context word anywhere in the document,
    else the default row; unresolved names are dropped."""
    kept = []
    for m in an.systems:
        if not m.term.ambiguous or m.term.system is not None:
            kept.append(m)
            continue
        rules = [r for r in catalog.context_rules if r.alias == m.term.ambiguous]
        chosen = _context_rule(rules, an.text)
        if chosen is None:
            ids = {r.system_id for r in rules}
            chosen = next((h.system.id for h in reversed(history) if h.system is not None and h.system.id in ids), None)
        if chosen is None and doc_text:
            chosen = _context_rule(rules, doc_text)
        if chosen is None:
            chosen = next((r.system_id for r in rules if r.context == "*"), None)
        if chosen is not None:
            kept.append(replace(m, term=Term(system=catalog.systems[chosen], ambiguous=m.term.ambiguous)))
    an.systems = kept


# "Tanks: 10 Leopard 1A5": a category word labelling a list line, not an item of its own
MOUNTED = re.compile(r"[-‐‑\s](?:mounted|based|borne|launched)\b", re.I)
LABEL_AFTER = re.compile(r"\s*:\s*(?:\d[\d,.]*\s+[A-Za-z]|[A-Z])")
# ("300,000 of the promised one million shells": the whole's status may stand before its count)
PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                     r"(?:(?:planned|promised|pledged|ordered|committed|announced)\s+)?$", re.I)
OUT_OF_AFTER = re.compile(r"\s+out\s+of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                          r"(?:(?:planned|promised|pledged|ordered|committed|announced)\s+)?", re.I)
FIRST_OF = re.compile(r"\b(?:the\s+)?(first)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?$", re.I)
# "more than half of the 90 howitzers", "about a third of its 30 tanks": a share of a stated whole
SHARE_OF = re.compile(r"\b(?:(?P<qual>more\s+than|over|nearly|almost|about|around|roughly|at\s+least)\s+)?"
                      r"(?P<share>half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two\s+thirds|two-thirds|three\s+quarters|three-quarters)"
                      r"\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
SHARES = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
          "two thirds": 2 / 3, "two-thirds": 2 / 3, "three quarters": 0.75, "three-quarters": 0.75}
SHARE_KINDS = {"more": "at_least", "over": "at_least", "at": "at_least", "nearly": "approx", "almost": "approx",
               "about": "approx", "around": "approx", "roughly": "approx"}
PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|among|from|with|for|at|about)\s+$", re.I)
HINT_STATUS = {"pledged": "pledged", "promised": "pledged", "committed": "pledged", "ordered": "contracted",
               "announced": "announced", "approved": "approved", "purchased": "contracted", "financed": "financed"}
# … and a whole told as already given ("the 20 Leopard 1A5 tanks sent to Ukraine")
WHOLE_STATUS = HINT_STATUS | {w: "delivered" for w in ("sent", "delivered", "supplied", "donated", "transferred", "provided")}


def part_of_whole(items: list[Item], an: Analysis) -> list[Item]:
    """"delivered 14 of the 19 pledged Leopards": 14 delivered, and 19 pledged (two records)."""
    out = list(items)
    for item in items:
        q = item.quantity
        if q is None:
            # "the first batch of F-16 fighter jets out of the 24 promised": the uncounted part arrived
            if not (item.anchor_only or item.needs_anchor) and (whole := _whole_out_of(item, an, item.start, True)):
                out.append(whole)
            continue
        part = next((p for p in an.quantities if p.end <= q.start and PART_OF.fullmatch(an.text[p.end:q.start])
                     and not re.search(r"out\s*$", an.text[max(0, p.end - 1):p.end + 5])), None)
        if part is not None and PREPOSITION_BEFORE.search(an.text, max(0, part.start - 8), part.start):
            # "Defects have been found in 12 of the 20 Leopard 1A5 tanks sent to Ukraine": the part is
            # what the sentence is about, not a gift; the whole keeps its own verb
            after = re.findall(r"[A-Za-z]+", an.text[item.end:item.end + 14])
            item.status_hint = next((WHOLE_STATUS[w.lower()] for w in after if w.lower() in WHOLE_STATUS),
                                    item.status_hint)
            continue
        if part is None:
            # "the first six Marders out of the planned forty": the whole follows the part
            whole = _whole_out_of(item, an, q.start)
            if whole is not None:
                out.append(whole)
                continue
        if part is None and q.value is not None and (share := SHARE_OF.search(an.text, max(0, q.start - 40), q.start)):
            # "has delivered more than half of the 90 howitzers destined for Ukraine": that share of them
            kind = SHARE_KINDS.get((share.group("qual") or "").lower().split(" ")[0], "exact")
            # (a share is counted in whole things: "a third of 250" is 83)
            part = Quantity(share.start(), share.end("share"), float(int(q.value * SHARES[share.group("share").lower()] + 0.5)),
                            kind, share.group(0).strip())
        if part is None:
            # "delivered the first of four IRIS-T systems": one of them
            first = FIRST_OF.search(an.text, max(0, q.start - 24), q.start)
            if first is None:
                continue
            part = Quantity(first.start(1), first.end(1), 1.0, "exact", first.group(1))
        around = an.text[part.end:q.start] + " " + an.text[q.end:item.start] + " " + an.text[item.end:item.end + 14]
        stated = next((HINT_STATUS[w.lower()] for w in re.findall(r"[A-Za-z]+", around) if w.lower() in HINT_STATUS), None)
        whole = replace(item, flags=set(item.flags) | {"whole"}, status_hint=stated or "pledged", rule=item.rule + "+whole")
        whole.evidence_start = q.start
        item.quantity, item.value, item.kind = part, part.value, part.kind
        item.rule += "+part"
        # "three of its 12 Patriot systems": the whole is the giver's own stock
        # (but "the first 6 of its 19 F-16s" delivers a promised whole in turns)
        if stated is not None or not re.search(r"\b(?:its|their)\s+$", an.text[part.end:q.start], re.I) \
                or re.search(r"\b(?:first|initial|last|remaining)\s+$", an.text[max(0, part.start - 12):part.start], re.I):
            out.append(whole)
    out.extend(counts_of_whole(items, an))
    return sorted(out, key=lambda i: i.start)


def _whole_out_of(item: Item, an: Analysis, evidence_start: int, uncounted: bool = False) -> Item | None:
    """The whole after "out of" ("six Marders out of the planned forty") as an item of its own, with
    the status its words give (pledged when they give none); ``item`` becomes the part. An uncounted
    part needs the whole to be a stated one ("… out of the 24 promised") or to close the clause."""
    whole_q = next((w for w in an.quantities if w.start >= item.end and (w.value is not None or not uncounted)
                    and OUT_OF_AFTER.fullmatch(an.text, item.end, w.start)), None)
    if whole_q is None:
        return None
    after = an.text[whole_q.end:whole_q.end + 12]
    if uncounted and not re.match(r"\s+(?:promised|pledged|planned|ordered|committed|announced)\b|\s*[.;,)]", after, re.I):
        return None
    around = an.text[item.end:whole_q.start] + (" " + after if uncounted else "")
    hint = next((HINT_STATUS[x.lower()] for x in re.findall(r"[A-Za-z]+", around) if x.lower() in HINT_STATUS), "pledged")
    whole = replace(item, quantity=whole_q, value=whole_q.value, kind=whole_q.kind,
                    flags=set(item.flags) | {"whole"}, status_hint=hint, rule=item.rule + "+whole")
    whole.evidence_start, whole.evidence_end = evidence_start, whole_q.end
    item.rule += "+part"
    return whole


REST_OF = re.compile(r"\b(?:rest|remainder|balance)\s+of\s+the\s*$", re.I)


# "Of the 31 Abrams tanks promised by the US, 10 have arrived": the whole opens the sentence,
# the part that reached Ukraine follows the comma
OF_THE_OPEN = re.compile(r"(?:^|[.;:!?]\s+)Of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$")
ARRIVED_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:been\s+)?"
                           r"(?:arrived|delivered|handed\s+over|sent|transferred|shipped|reached)|"
                           r"(?:are|were)\s+(?:now\s+|already\s+)?(?:in\s+Ukraine|delivered))\b", re.I)

PART_LEAD = re.compile(r",\s*(?:(?:only|just|so\s+far|some|about|around|nearly|almost)\s+)?$", re.I)


def counts_of_whole(items: list[Item], an: Analysis) -> list[Item]:
    """"Of the 31 Abrams tanks promised, 10 have arrived": the delivered part as an item of its own."""
    out = []
    for item in items:
        q = item.quantity
        if q is None or item.anchor_only or not OF_THE_OPEN.search(an.text, max(0, q.start - 24), q.start):
            continue
        part = next((p for p in an.quantities if p.start > item.end and PART_LEAD.search(an.text, item.end, p.start)
                     and not re.search(r"[.;:]", an.text[item.end:p.start]) and ARRIVED_AFTER.match(an.text, p.end)), None)
        if part is None:
            continue
        new = _counted_again(part, item, item.rule + "+part")
        new.status_hint = "delivered"
        out.append(new)
        item.flags.add("whole")
    return out


RESPECTIVELY_AFTER = re.compile(r"[^.;:]{0,60}?\brespectively\b", re.I)
COUNT_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


def respective_counts(items: list[Item], an: Analysis) -> None:
    """"Poland and Slovakia delivered 18 and 3 tanks respectively": the counts listed before the
    item, one per giver in order (the pipeline pairs them with the givers)."""
    if "respectively" not in an.text.lower():
        return
    for item in items:
        q = item.quantity
        if q is None or not RESPECTIVELY_AFTER.match(an.text, item.end):
            continue
        shares = [q]
        for p in reversed([x for x in an.quantities if x.end <= q.start]):
            if not COUNT_LIST_GAP.fullmatch(an.text, p.end, shares[0].start):
                break
            shares.insert(0, p)
        if len(shares) > 1:
            item.shares = shares
            item.evidence_start = shares[0].start


# "Leopard 1 tanks from Germany (18), Denmark (10) and the Netherlands (6)": a count in brackets
# after each giver, the givers joined as a list
SOURCES_AFTER = re.compile(r"\s+(?:(?:(?:deliveries|shipments|supplies|units)\s+)?(?:(?:will\s+)?(?:come|came|coming|arrive[sd]?|arriving)\s+)?"
                           r"from|(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?(?:supplied|delivered|provided|donated|sent|"
                           r"transferred|pledged|promised)\s+by)\s+(?:the\s+)?", re.I)
GIVER_COUNT = re.compile(rf"\s*\(\s*(?={QUALIFIER_OPENS}\d)[^()]{{0,100}}\)", re.I)
GIVER_JOIN = re.compile(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", re.I)


def giver_counts(items: list[Item], an: Analysis) -> None:
    """"Leopard 1 tanks from Germany (18), Denmark (10) and the Netherlands (6)": one count per
    giver, in the givers' order (the pipeline pairs them with the givers)."""
    if "(" not in an.text:
        return
    for item in items:
        if item.shares:
            continue
        m = SOURCES_AFTER.match(an.text, item.end)
        if m is None:
            continue
        shares, pos, end = [], m.end(), item.end
        for a in [x for x in an.actors if x.start >= m.end()]:
            if a.start != pos or not a.name.iso3:
                break
            c = GIVER_COUNT.match(an.text, a.end)
            q = next((q for q in an.quantities if c and c.start() < q.start < c.end()), None)
            if q is None or q.value is None:
                break
            shares.append(q)
            end = c.end()
            j = GIVER_JOIN.match(an.text, c.end())
            if j is None:
                break
            pos = j.end()
        if len(shares) > 1:
            item.shares = shares
            item.evidence_end = end
            for other in items:
                if other is not item and m.end() <= other.start < end:
                    other.anchor_only = True      # "Sweden (10 vehicles of the Strv 122 type)": the same tanks


# a list's joint: "14 Spanish, 10 Norwegian and eight Canadian", "by Denmark, Norway, and Sweden"
LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", re.I)


def nationality_counts(items: list[Item], an: Analysis) -> list[Item]:
    """"18 German and three Portuguese Leopard 2A6 tanks": each count before a demonym counts the
    item the last pair names, and the demonym names that share's origin."""
    out = list(items)
    used = {id(i.quantity) for i in items if i.quantity is not None}
    demonyms = [a for a in an.actors if a.name.kind == "demonym" and a.name.iso3]
    for item in items:
        q = item.quantity
        own = q and next((a for a in demonyms if a.start > q.end and a.end <= item.start
                          and not an.text[q.end:a.start].strip() and not an.text[a.end:item.start].strip()), None)
        if not own:
            continue
        pos = q.start
        while True:
            join = LIST_JOIN.search(an.text, max(0, pos - 8), pos)
            label = join and join.end() == pos and next((a for a in demonyms if a.end == join.start()), None)
            count = label and next((p for p in an.quantities if id(p) not in used and p.value is not None
                                    and p.end < label.start and not an.text[p.end:label.start].strip()), None)
            if not count:
                break
            new = _counted_again(count, item, "nationality-count")
            new.flags.add("share")
            item.flags.add("share")
            # (the share starts where its demonym ends, so the demonym labels it as in "German tanks")
            new.start = new.end = label.end
            new.evidence_end = item.end
            new.antecedent = -1
            out.append(new)
            used.add(id(count))
            pos = count.start
    return sorted(out, key=lambda i: i.start)


def find_items(an: Analysis, lex: Lexicon, history: list[Item], doc_text: str = "",
               previous: list[Item] = (), shells: System | None = None) -> list[Item]:
    """All items named in one segment, in text order; ``previous`` are those the sentence before gave;
    ``shells`` the kind of shell the document named last, which its bare rounds are."""
    catalog = lex.ref.catalog
    resolve_ambiguous(an, catalog, history, doc_text)
    items = []
    for chunk in chunks(an):
        if chunk[-1].word is not None and chunk[-1].word.role == "nonitem":
            continue
        if _proper_name(chunk, an.text):
            continue
        if _used_as_verb(chunk[0], an.text, lex.verb_nouns):
            if len(chunk) == 1:
                continue
            chunk = chunk[1:]    # "agrees to ship more missiles", "Said to Ship Missiles": the verb, then the item
        if len(chunk) > 1:
            # "truck-mounted launchers for Harpoon": the platform a part is mounted on is no anchor
            chunk = [m for m in chunk if not MOUNTED.match(an.text, m.end)] or chunk
        item = classify(chunk, catalog)
        if item is not None:
            items.append(item)
    items = [i for i in items if not re.match(r"['’]?s?['’]?\s+worth\s+of\b", an.text[i.end:i.end + 14])
             and not (i.bare and LABEL_AFTER.match(an.text, i.end))]
    items = parts_of_previous(items, an, previous, catalog)
    # ("EU leaders promised one million rounds of ammunition" in a story about shells: the kind of
    # shell named last, not small-arms rounds)
    bulk = (SHELL_FLOOR, shells) if shells is not None else lex.bulk_rounds
    items = resolve_anchors(items, an, catalog, bulk)
    items = expand_coordination(items, an, lex)
    items.sort(key=lambda i: i.start)
    items = alternative_names(items, an)
    attach_quantities(items, an)
    respective_counts(items, an)
    giver_counts(items, an)
    bracketed_counts(items, an)
    total_after(items, an)
    items = part_of_whole(items, an)
    items = [_bulk_kind(i, lex.bulk_kinds) for i in items]
    indefinite_singulars(items, an)
    shared_quantities(items, an)
    items = resolve_anaphors(items, an, history)
    items = elliptical_counts(items, an, previous)
    items = gapped_counts(items, an)
    items = nationality_counts(items, an)
    items = forward_gapped_counts(items, an)
    items = participle_counts(items, an)
    items = of_which_counts(items, an)
    itemised_totals(items, an)
    items = launcher_rockets(items, an)
    participle_statuses(items, an)
    definite_references(items, an, history)
    appositives(items, an)
    bracketed_names(items, an)
    makers(items, an)
    stated_purposes(items, an)
    engineering_tanks(items, an)
    radars_for_systems(items, an)
    examples_named(items, an)
    # "neither country specified the type of vehicle": a kind of thing, not a thing given
    # … nor is a generic word naming the service done to it ("aircraft modifications and upgrades")
    items = [i for i in items if not (i.generic and i.quantity is None
                                      and (KIND_OF_BEFORE.search(an.text, max(0, i.start - 24), i.start)
                                           or SERVICE_AFTER.match(an.text, i.end)))]
    return [i for i in items if not i.anchor_only and i.category and i.needs_anchor != "anaphor"
            and not i.flags & {"definite", "appositive", "back-reference"}]


def _bulk_rounds(item: Item, an: Analysis, bulk: tuple[float, System] | None) -> Item:
    """"1.5m rounds of ammunition", "more than 28 million rounds": rounds of no stated type, counted
    in millions, are the system settings.csv names for them (small-arms ammunition)."""
    if bulk is None or item.needs_anchor != "munition" or item.category or item.anchor_only:
        return item
    floor, system = bulk
    # ("the first part of 180,000 munitions" in a story about shells: munitions are its shells too)
    if item.head not in BULK_ROUND_HEADS and not (item.head == "munition" and system.category == "artillery_ammunition"):
        return item
    if MIXED_TYPES_AFTER.match(an.text, item.end):
        return item     # "1.5 million rounds of various calibers": a mix, of no one kind
    if not any(q.value is not None and q.value >= floor and q.end <= item.start and not an.text[q.end:item.start].strip()
               for q in an.quantities):
        return item
    return replace(item, name=system.name, category=system.category, unit=system.unit, generic=system.generic,
                   family=system.family, system=system, needs_anchor="", rule="system", flags=set(item.flags))


SHELL_FLOOR = 10_000.0


def _bulk_kind(item: Item, kinds: dict) -> Item:
    """"over 4,500 rocket launchers": a generic kind counted at or above the floor settings.csv gives
    for it is the kind named there (no donor gives thousands of multiple rocket launchers)."""
    rule = kinds.get(item.system.id) if item.system is not None and item.generic else None
    if rule is None or item.value is None or item.value < rule[0]:
        return item
    system = rule[1]
    return replace(item, name=system.name, category=system.category, unit=system.unit, generic=system.generic,
                   family=system.family, system=system, rule=item.rule + "+bulk", flags=set(item.flags))


BULK_ROUND_HEADS = frozenset({"round", "ammunition", "ammo", "cartridge"})
MIXED_TYPES_AFTER = re.compile(r"\s+of\s+(?:various|different|all|many|several|mixed)\s+(?:calib(?:re|er)s|types|kinds)\b", re.I)
