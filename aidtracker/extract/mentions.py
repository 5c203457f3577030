"""Everything the rules look at in one segment: names, actors, numbers, dates, money, cues.

Spans are relative to the segment text. Numbers inside names, dates and money are masked so
"Leopard 2", "155mm", "July 3" and "$156 million" never become quantities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..reference.gazetteer import ActorName
from ..reference.rules import Cue
from ..text import mask_citations
from .dates import COUNT_BEFORE, LISTED_COUNT_BEFORE, DateMention, find_dates
from .lexicon import Lexicon, Term
from .money import Money, MoneyFinder
from .numbers import DIGITS, WORDS, Quantity
from .trie import Match, tokenize

# Clause boundaries inside a sentence.
CLAUSE_BREAK = re.compile(
    r";|:\s|\s[–—]\s|\s-\s|\s[-–—](?=,)|\(|\)|,\s*(?=(?:but|while|whereas|although|though|even\s+though|even\s+if|despite|which|who|with|as well as|adding)\b)"
    # "had pledged 31 Abrams tanks, and Ukrainian troops have been training on them": a new subject
    # and its own verb after ", and"
    r"|,\s*(?=and\s+(?:(?!(?:that|which|who)\b)[\w’'-]+\s+){1,3}(?:have|has|had|are|is|were|was|will|would)\s+(?:been\s+|also\s+|already\s+)?[a-z]+(?:ing|ed)\b)"
    # ("… was announced in January, and 8 vehicles arrived in May": a counted subject and its arrival)
    r"|,\s*(?=and\s+\d[\d,]*\s+(?:[\w’'-]+\s+){1,3}(?:arrived|reached|landed)\b)"
    # "Washington will deploy 31 Abrams tanks while Berlin will supply Kyiv with 14 Leopards": a new
    # subject and its verb after "while" with no comma
    r"|\s+(?=(?:while|whereas)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:will|would|has|have|had|is|are|was|were|plans|intends)\b)"
    r"|,\s*(?=(?:in\s+order\s+)?to\s+(?:sustain|support|help|replenish|strengthen|bolster|boost|protect|defend|counter|"
    r"repel|enable|ensure|meet|address|keep|maintain|reinforce|improve|enhance)\b)"
    # "16 Bradleys destroyed … represent 15 percent of the 109 that Washington has made available":
    # the count a relative clause says was given is a clause of its own
    r"|\s+(?=the\s+\d[\d,]*\s+(?:that|which)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+(?:has|have|had)\s+"
    r"(?:already\s+|so\s+far\s+)?(?:made\s+available|sent|delivered|provided|supplied|given|donated|transferred)\b)"
    # "dozens more armored vehicles to replenish those lost on the battlefield": what is replaced
    r"|\s+(?=to\s+(?:replace|replenish|make\s+up\s+for)\s+(?:those|the\s+ones|losses|the\s+\w+\s+lost)\b)"
    # "… 49 Abrams tanks, replenishing the fleet after the US-supplied force has taken losses"
    r"|,\s*(?=(?:replenishing|replacing|bolstering|strengthening|reinforcing|complementing|boosting)\b)"
    r"|,?\s+(?=and\s+(?:hoped|hopes|said|says|added|noted|expects|expected|warned|stressed|explained)\b)"
    r"|,?\s+(?=because\s)|,?\s+(?=(?:on\s+(?:the\s+)?condition|provided)\s+that\b)|,\s+(?=and\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+[^,;]*?\b(?:(?:were|was|are|is|will\s+be|have\s+been|has\s+been)\s+)?\w+ed\s+by\b)"
    r"|\s(?=but\s)|(?<!such)(?<!same)\s+(?=as\s+(?:the|its|their|his|her|our)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:are|is|were|was|has|have|had)\s+(?:being\s+|been\s+)?\w+(?:ed|en)\b)|,\s*(?=\S+\s+of\s+which\b)|,?\s+(?=and\s+that\b)|,\s+(?=and\s+(?:is|are|was|were|has|have|had|will|would)\s+\w+ing\b)"
    r"|,\s+(?=and\s+(?:the\s+)?[A-Z][\w’'-]*\s+(?:(?:also|recently|already|later|then|now|since)\s+)?(?:is|are|was|were|has|have|had|will|would|sent|gave|"
    r"(?:deliver|transferr|donat|pledg|promis|approv|announc|supplied|provid|ship{1,2}|offer|commit{1,2}|hand|"
    r"gift|order|financ|fund|allocat|sign|receiv)ed|sold|bought|got|(?:is|are|was|were)\s+sending)\b)", re.IGNORECASE)
_GIVING = (r"(?:sent|gave|sold|(?:deliver|transferr|donat|pledg|promis|supplied|provid|ship{1,2}|hand|gift)ed|"
           r"(?:is|are|was|were|will\s+be)\s+(?:sending|delivering|supplying|providing|giving))\b")
# "Czechia is sending T-72s, Slovakia sent S-300s": a second giver and its verb after a comma open
# a clause when the first part has its own giving verb ("In March, Germany sent …" stays whole)
COMMA_GIVER = re.compile(r",\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:has\s+|have\s+|also\s+)?" + _GIVING + ")")
# "Ukraine could receive 7 howitzers, and 30 Gepards should also be transferred": a count with its
# own passive verb opens a clause when the part before has a verb of its own ("400 vehicles,
# including 162 armoured, and 4 million rounds will be delivered" is one subject list)
COMMA_COUNT_PASSIVE = re.compile(r",\s+(?=and\s+\d[\d,.]*\s+[^,;]*?\b(?:should|will|would|must|are\s+to|is\s+to)\s+"
                                 r"(?:also\s+)?be\s+\w+(?:ed|en)\b)")
FINITE = re.compile(r"\b(?:will|would|could|should|may|might|can|must|is|are|was|were|has|have|had)\s+(?:\w+\s+)?\w+", re.I)
NEED_BEFORE_COLON = re.compile(r"\b(?:needs?|needed|requires?|required|lacks?|wants?|asked\s+for|requests?)\b[^,;]*$", re.I)
# (a subordinate clause too: "As Washington pauses its aid, the UK …")
INTRO_PHRASE = re.compile(r"\s*[\"“‘']?(?:After|Following|Before|Despite|Amid|During|Besides|Apart\s+from|"
                          r"In\s+addition\s+to|On\s+top\s+of|In\s+response\s+to|In\s+the\s+case\s+of|As(?!\s+(?:well|of)\b)|While|"
                          r"Whereas|Even\s+as)\b[^,;:]{1,100},")
INTERJECTED_PHRASE = re.compile(r",\s*(?:after|following|before|despite|amid|during)\b[^,;:]{1,100},", re.I)
RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\b", re.I)
ASIDE_CLOSE = re.compile(r",\s+(?=(?:also\s+|then\s+|later\s+)?(?:added|said|says|announced|stated|noted|confirmed|told|"
                         r"explained|stressed|emphasi[sz]ed|revealed|wrote|declared|pledged|promised|sent|delivered|"
                         r"handed|approved|signed|will|would|has|have|had|is|are|was|were|"
                         # "The package, which comes … from Russian forces, includes 30 Bradleys"
                         r"includes|included|comprises|contains)\b)")
GIVING_VERB = re.compile(r"\b(?:send|deliver|supply|provide|give|donate|transfer)\b|\b" + _GIVING, re.IGNORECASE)
# An actor glued to these is an origin or a leader, not a giver: "US-made", "UK-led".
ORIGIN_SUFFIX = re.compile(r"^\.?[-‐‑](?:made|built|designed|developed|produced|manufactured|purchased|bought|led|owned|origin|era|based|supplied|provided|style|type|pattern)\b", re.I)

SCHEME_AFTER = re.compile(r"\s+(?:(?:ammunition|munitions?|shells?|artillery|drone|jets?|tank|air\s+defen[cs]e)\s+)?"
                          r"(?:initiative|coalition|scheme|plan|proposal|programme|program|model|mechanism)\b", re.I)

SCHEME_OBJECT_BEFORE = re.compile(r"\b(?:to|for|of|in|into|under|through|via|with|from|joined|joins?|joining|supports?|"
                                  r"supported|supporting|backs?|backed|backing|funds?|funded|funding|finance[sd]?|financing)"
                                  r"\s+(?:the\s+|a\s+|an\s+)?(?:so-called\s+|wider\s+|broader\s+|new\s+|joint\s+)?$", re.I)


@dataclass(frozen=True)
class SystemMention:
    start: int
    end: int
    surface: str
    term: Term
    plural: bool

    @property
    def system(self):
        return self.term.system

    @property
    def word(self):
        return self.term.word


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    surface: str
    name: ActorName
    origin_only: bool = False     # "US-made", "German" directly before an item


@dataclass(frozen=True)
class CueMention:
    start: int
    end: int
    cue: Cue


@dataclass
class Analysis:
    """The mentions of one segment, sorted by position."""

    text: str
    systems: list[SystemMention]
    actors: list[ActorMention]
    quantities: list[Quantity]
    dates: list[DateMention]
    money: list[Money]
    cues: list[CueMention]
    clauses: list[tuple[int, int]] = field(default_factory=list)
    # True when the segment names no system, no money and no "N of which": it can yield no
    # record, so only what it passes on to later sentences was looked for (see ``survey``)
    quiet: bool = False
    # results the rules derive from the mentions alone, kept so each is computed once
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def clause_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return 0, len(self.text)


def _mask(text: str, spans) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] not in "\n":
                chars[i] = " "
        # ("Piranha-3 H armored vehicles": a number glued by a hyphen to a masked name stays glued, a model)
        if a < b < len(text) and text[b] in "-‐‑" and text[b - 1].isalpha():
            chars[b - 1] = "x"
    return "".join(chars)


# one number or name restated in brackets: "fifty-four (54)", "rocket systems (MLRS)"
BRACKETED_COUNT = re.compile(r"\(\s*[\w,./-]+\s*\)")
SPELT_OUT = re.compile(r"\(\s*(?:[A-Z][\w/-]*,?\s+){1,7}[A-Z][\w/-]*\s*\)")


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence.

    >>> t = "Germany sent 3 tanks, with 30 promised (previously one); more later"
    >>> [t[a:b].strip(" ,;()") for a, b in clauses(t)]
    ['Germany sent 3 tanks', 'with 30 promised', 'previously one', 'more later']
    """
    # "fifty-four (54) tanks", "rocket systems (MLRS) to Russia": a restatement opens no clause
    # … nor does a name spelt out: "four HIMARS (High Mobility Artillery Rocket Systems) from the US"
    restated = [m.span() for m in BRACKETED_COUNT.finditer(text)] + [m.span() for m in SPELT_OUT.finditer(text)] \
        if "(" in text else []
    cuts = [0]
    for m in CLAUSE_BREAK.finditer(text):
        if restated and any(a <= m.start() < b for a, b in restated):
            continue
        if m.group().startswith(":") and NEED_BEFORE_COLON.search(text, max(0, m.start() - 60), m.start()):
            continue    # "what Ukraine needs first and foremost: ammunition, …": the list is what is needed
        cuts.append(m.start())
        cuts.append(m.end()) if m.group() in ("(", ")") else None
    if "," in text:
        intro = INTRO_PHRASE.match(text)
        if intro:
            cuts.append(intro.end() - 1)    # "After negotiations with Kyiv, Paris announced …": the phrase is its own clause
        for m in INTERJECTED_PHRASE.finditer(text):
            cuts += [m.start(), m.end() - 1]    # "Lecornu, after negotiations with Kyiv, announced …"
        for m in ASIDE_CLOSE.finditer(text):
            # "Mr Wallace, who met allies to discuss support, added that the UK will send …": the
            # aside about the speaker ends where the speaker's own verb begins
            if RELATIVE_OPEN.search(text, max(c for c in cuts if c <= m.start()), m.start()):
                cuts.append(m.start())
        for m in COMMA_COUNT_PASSIVE.finditer(text):
            if FINITE.search(text, max(c for c in cuts if c <= m.start()), m.start()):
                cuts.append(m.start())
        for m in COMMA_GIVER.finditer(text):
            if GIVING_VERB.search(text, max(c for c in cuts if c <= m.start()), m.start()):
                cuts.append(m.start())
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip(" ,;:()–—-")]


def analyse(text: str, lex: Lexicon, money_finder: MoneyFinder) -> Analysis:
    """Find every mention in one segment's text."""
    return _analyse(text, lex, money_finder, survey=False)


def survey(text: str, lex: Lexicon, money_finder: MoneyFinder) -> Analysis:
    """``analyse`` where a record can come from the segment; elsewhere only what it hands on.

    A record needs a system name, an amount of money, or "N of which" (a count of something
    named before). A segment with none of them only passes context to the sentences after it
    (a status cue, the giver it or a title names, a date), so its numbers, clauses and the rest
    are not looked for, and the result is marked ``quiet``. Catalog names are found first for
    that reason.

    >>> from aidtracker.reference import load_reference
    >>> from aidtracker.extract.lexicon import build_lexicon
    >>> lex = build_lexicon(load_reference())
    >>> an = survey("Russian forces advanced 3 km near Pokrovsk on May 5.", lex, MoneyFinder(lex.ref.currencies))
    >>> an.quiet, an.quantities, [d.surface for d in an.dates]
    (True, [], ['May 5'])
    """
    return _analyse(text, lex, money_finder, survey=True)


def _analyse(text: str, lex: Lexicon, money_finder: MoneyFinder, survey: bool) -> Analysis:
    text = mask_citations(text)
    toks = tokenize(text)
    systems = [SystemMention(m.start, m.end, m.surface, m.entry.payload, m.plural)
               for m in lex.systems.find(text, toks)]
    names = lex.actors.find(text, toks)
    if names and lex.posting_before is not None:
        names = [m for m in names if not lex.posting_before.search(text, max(0, m.start - 60), m.start)]
    # "Excalibur Army", "Bell Helicopter": a company whose name holds a catalog name is the company
    companies = [(m.start, m.end) for m in names if m.entry.payload.kind == "company"]
    if companies:
        systems = [s for s in systems if not any(a <= s.start and s.end <= b and b - a > s.end - s.start
                                                 for a, b in companies)]
    if systems and lex.ship_before is not None:
        # "formerly USS Chinook (PC9)": a ship's name, not the helicopter
        systems = [s for s in systems if not lex.ship_before.search(text, max(0, s.start - 8), s.start)]
    if systems and "class" in text:
        # "an Alligator-class landing ship": a ship class named after the word, not the helicopter
        systems = [s for s in systems if (s.system is not None and s.system.category == "naval") or not CLASS_AFTER.match(text, s.end)]
    if systems and lex.quantities.counters:
        # "a battery of Aspide systems", "a squadron of F-16s": the unit word is the amount's
        systems = [s for s in systems if not (text[s.end:s.end + 3].lower() == " of"
                                              and text[max(0, s.start - 2):s.start].lower() == "a "
                                              and s.surface.lower() in lex.quantities.counters)]
    if systems and " of " in text:
        systems = _counted_containers(text, systems)
    if systems and (" and " in text or " or " in text):
        systems = _elided_heads(text, systems, lex)
        systems = _shared_heads(text, systems, lex)
    dates = find_dates(text)
    money = money_finder.find(text)
    if survey and not systems and not money and not OF_WHICH.search(text) and not AGAIN_OPENS.match(text) \
            and not GIVES_A_NUMBER.search(text):
        cues = _cues(text, lex, dates)
        # its actors matter as the giver a status verb or a title hands on
        return Analysis(text, [], _actors(text, names, []), [], dates, [], cues, [], quiet=True)
    taken = [(s.start, s.end) for s in systems]
    actors = _actors(text, names, taken)
    masked = _mask(text, taken + [(a.start, a.end) for a in actors] + [(d.start, d.end) for d in dates]
                   + [(m.start, m.end) for m in money])
    masked = masked.translate(QUOTES_TO_SPACE)
    quantities = lex.quantities.find(masked)
    quantities = _ranges(_restated_in_brackets([q for q in quantities if not _not_a_count(masked, q)
                                                and not _second_model(text, q)], masked), masked)
    return Analysis(text, systems, actors, quantities, dates, money, _cues(text, lex, dates), clauses(text))


# (not "55 Leopard 1A5 class tanks": a land system's class)
CLASS_AFTER = re.compile(r"[-‐‑ ]class\b(?!\s+(?:(?:main\s+)?(?:battle\s+)?tanks?|(?:armou?red\s+)?vehicles?|howitzers?|guns?)\b)", re.I)


# "1,000 anti-tank and 500 Stinger missiles": a count and a modifier whose noun is left for the
# next, coordinated count's name to supply
ELIDED = re.compile(rf"(?:^|(?<=[\s(]))(?:{DIGITS}|{WORDS})\s+(?P<mod>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"
                    rf"\s+(?:and|or)\s+(?:{DIGITS}|{WORDS})\s+(?:more\s+|additional\s+)?$", re.IGNORECASE)


def _elided_heads(text: str, systems: list[SystemMention], lex: Lexicon) -> list[SystemMention]:
    """The modifier before "and N <name>" names what the name's noun completes it to.

    Only a modifier that makes a whole catalog name with that noun counts ("anti-tank" +
    "missiles"), so "10 German and 5 Dutch tanks" adds nothing.
    """
    added: list[SystemMention] = []
    for s in systems:
        m = ELIDED.search(text, max(0, s.start - 80), s.start)
        if m is None:
            continue
        mod = m.group("mod")
        if mod.lower() in ("and", "or", "more", "additional"):
            continue
        # the noun is the name's last word ("anti-tank missiles") or the word after it ("Stinger missiles")
        heads = TOKEN_WORD.findall(s.surface)[-1:] + TOKEN_WORD.findall(text[s.end:s.end + 20])[:1]
        found = None
        for head in heads:
            phrase = f"{mod} {head}"
            hits = lex.systems.find(phrase)
            if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(phrase):
                found = hits[0]
                break
        if found is None:
            continue
        start = m.start("mod")
        if any(o.start < m.end("mod") and start < o.end for o in systems):
            continue
        added.append(SystemMention(start, m.end("mod"), mod, found.entry.payload, True))
    return sorted(systems + added, key=lambda s: s.start) if added else systems


# "artillery, mortar, cannon, and small arms ammunition", "unmanned aerial and unmanned ground systems":
# modifiers listed before the last one, all sharing its noun
MODIFIER = r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
COUNT_NEAR_BEFORE = re.compile(rf"(?:\d|\b(?:{WORDS}|dozens|hundreds|thousands|millions|tens)\b)[^.;:]*$", re.I)
LISTED_MODIFIERS = re.compile(rf"(?:^|(?<=[\s(:]))((?:{MODIFIER}\s*,\s*)*{MODIFIER}),?\s+(?:and|or)\s+$")


def _shared_heads(text: str, systems: list[SystemMention], lex: Lexicon) -> list[SystemMention]:
    """Each listed modifier that makes a catalog name with the last item's noun names that item.

    Only when every modifier of the list does, so "tanks, helmets and night vision devices" is
    left as it is; the modifiers' own matches ("mortar", "artillery") give way.
    """
    out = systems
    for s in systems:
        words = TOKEN_WORD.findall(s.surface)
        if len(words) < 2 or s.system is None:
            continue
        m = LISTED_MODIFIERS.search(text, max(0, s.start - 100), s.start)
        if m is None or COUNT_NEAR_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue    # ("1,600 offensive and defensive missiles": one count shared, handled by the item rules)
        head = words[-1]
        found = []
        for part in re.finditer(MODIFIER, m.group(1)):
            # the modifier is the part's last word or two ("sent tank" is "tank")
            for mod in re.finditer(r"(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*$", part.group()), \
                    re.finditer(r"[a-z][a-z-]*$", part.group()):
                mod = next(mod, None)
                phrase = f"{mod.group()} {head}"
                hits = lex.systems.find(phrase)
                if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(phrase):
                    start = m.start(1) + part.start() + mod.start()
                    found.append(SystemMention(start, start + len(mod.group()), mod.group(), hits[0].entry.payload,
                                               True))
                    break
            else:
                found = []
                break
        if not found:
            continue
        lo = found[0].start
        out = sorted([o for o in out if not (lo <= o.start < s.start)] + found, key=lambda x: x.start)
    return out


TOKEN_WORD = re.compile(r"[A-Za-z]+")
# "four systems of IRIS-T", "two units of IRIS-T SLM", "four batteries of Patriot missiles": the
# count is of the named system; the container word and the system's munitions name no item of their own
# ("two platoons of NASAMS air defense systems")
CONTAINERS = frozenset({"system", "unit", "battery", "complex", "platoon"})
# "1.2 million pieces of large-calibre ammunition", "500 sets of body armour": a counting word
PIECES = frozenset({"piece", "set", "item", "kit", "pair", "unit"})
# both, with their plurals, as words standing between a count and its item
# (and the loads supplies are counted in: "60 pallets of medical supplies", "20 truckloads of winter clothing")
COUNTERS = PIECES | CONTAINERS | frozenset({"pieces", "sets", "items", "kits", "pairs", "units", "systems", "batteries",
                                            "platoons", "complexes", "pallets", "boxes", "crates", "truckloads", "containers"})
CONTAINER_OF = re.compile(r"\s+of\s+(?:the\s+)?")
COUNT_RIGHT_BEFORE = re.compile(rf"(?:{DIGITS}|{WORDS})(?:[\s-]+(?:hundred|thousand|million|billion)|[km])?\s+"
                                r"(?:(?:more|additional|further|new)\s+)?$", re.I)
MUNITION_AFTER = re.compile(r"[\s\w-]{0,30}")
FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)


def _counted_containers(text: str, systems: list[SystemMention]) -> list[SystemMention]:
    drop: set[int] = set()
    for i, (s, nxt) in enumerate(zip(systems, systems[1:])):
        word = s.term.word
        if word is None or not (word.word in PIECES or (word.word in CONTAINERS and nxt.system is not None
                                                          and not nxt.system.generic)) \
                or not CONTAINER_OF.fullmatch(text, s.end, nxt.start) \
                or not (count := COUNT_RIGHT_BEFORE.search(text, max(0, s.start - 30), s.start)) \
                or FOR_BEFORE.search(text, max(0, count.start() - 6), count.start()):
            continue    # ("missiles for two batteries of Patriot" counts no batteries)
        drop.add(i)
        after = systems[i + 2] if i + 2 < len(systems) else None
        if after is not None and after.term.word is not None and after.term.word.role == "munition" \
                and MUNITION_AFTER.fullmatch(text, nxt.end, after.start):
            drop.add(i + 2)
    return [s for i, s in enumerate(systems) if i not in drop] if drop else systems
# quotation marks and Markdown emphasis ("Up to **80** Humvees") do not hide an amount
QUOTES_TO_SPACE = str.maketrans({c: " " for c in "\"“”„«»*"})
BRACKETED_AGAIN = re.compile(r"\s*[(\[]\s*")


def _restated_in_brackets(quantities: list[Quantity], text: str) -> list[Quantity]:
    """"fifty-four (54) M1A2 tanks", "12 (twelve) M113s": one amount written twice is one quantity,
    spanning both, so the second form neither hides the first nor counts on its own."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and prev.value == q.value \
                and BRACKETED_AGAIN.fullmatch(text, prev.end, q.start) and re.match(r"\s*[)\]]", text[q.end:]):
            close = text.index(")" if ")" in text[q.end:q.end + 3] else "]", q.end) + 1
            out[-1] = Quantity(prev.start, close, prev.value, prev.kind, text[prev.start:close])
            continue
        out.append(q)
    return out


RANGE_GAP = re.compile(r"\s*(?:to|-|–|—|and)\s*", re.I)
RANGE_OPEN = re.compile(r"(?:between|from)\s+$", re.I)


def _ranges(quantities: list[Quantity], text: str) -> list[Quantity]:
    """"100 to 150 Gripen jets", "between 20 and 30 tanks", "2-3 batteries": a range counts its lower
    bound, at least."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "exact" and q.kind == "exact" and prev.value is not None \
                and q.value is not None and prev.value < q.value and RANGE_GAP.fullmatch(text, prev.end, q.start) \
                and (text[prev.end:q.start].strip().lower() != "and"
                     or RANGE_OPEN.search(text, max(0, prev.start - 10), prev.start)):
            out[-1] = Quantity(prev.start, q.end, prev.value, "at_least", text[prev.start:q.end])
            continue
        out.append(q)
    return out


TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}\s+")
# the rules' own "N of which" / "N of them" test (items.resolve_anaphors) matches this after a number
OF_WHICH = re.compile(r"\s+of\s+(which|them)\b", re.IGNORECASE)
# "Another 13 will follow.", "Five more are due in May.": a sentence opening with a count of more of
# what the sentences before named (items.elliptical_counts)
AGAIN_OPENS = re.compile(rf"^\W*(?:(?:another|a\s+further|an?\s+additional)\s+(?:{DIGITS}|{WORDS})\b"
                         rf"|(?:{DIGITS}|{WORDS})\s+more\b)", re.IGNORECASE)
# "The US has pledged to deliver eight by mid-July": a giving verb and a bare number, counting what
# the sentence before named
GIVES_A_NUMBER = re.compile(rf"\b(?:sen[dt]|deliver(?:ed)?|provided?|suppl(?:y|ied)|transfer(?:red)?|give|gave|donated?)\s+"
                            rf"(?:(?:another|a\s+further|an?\s+additional)\s+)?(?:{DIGITS}|{WORDS})\b"
                            rf"\s*(?:[.;,:)]|$|(?:in|on|by|to|next|this|later|before|after|from|over|soon|shortly|more)\b)",
                            re.IGNORECASE)


FORMER_STATE_BEFORE = re.compile(r"\b(?:East|West)[-\s]$")
# "from EU countries", "European Union nations agreed", "the EU and NATO members have pledged", "Funded by
# EU Member State": the members, unnamed, not the bloc
MEMBERS_AFTER = re.compile(r"[’']?s?\s+(?:and\s+[A-Z]\w+\s+)?(?:member\s+)?(?:countries|states|nations|members|governments|capitals)\b", re.I)
# … but "Hungary, an EU member state, has held up €50 billion from the bloc" describes a named member
MEMBER_AFTER = re.compile(r"\s+member\s+(?:state|country|nation)\b", re.I)
APPOSITION_BEFORE = re.compile(r",\s+(?:an?|the)\s+$", re.I)
# "the Czech Republic, an EU and NATO member of 10.9 million people, mediated …": a body named in an
# apposition describes the country before it and gives nothing
# (one bloc alone may still be the giver: "Hungary, an EU member state, has held up 50 tanks from the bloc")
DESCRIBES_AFTER = re.compile(r"\s+(?:and|or)\s+[A-Z][\w-]*\s+member\b|\s+(?:ally|partner)\b")
PART_OF_BEFORE = re.compile(r"\bpart\s+of\s+(?:the\s+|a\s+|an\s+)?(?:wider\s+|broader\s+|new\s+|joint\s+)?$", re.I)
EVENT_AFTER = re.compile(r"\s+(?:wars?|conflicts?|campaigns?|era|revolution)\b", re.I)
# "Bulgarian Military news outlet reported", "the Polish daily Rzeczpospolita", "German media": the press
# of a country reports, the country does not act
MEDIA_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:news\s+)?(?:outlets?|newspapers?|news\s+agency|news\s+sites?|websites?|"
                         r"broadcasters?|tabloids?|daily|weekly|magazines?|publications?|media|press|portals?)\b", re.I)


def _actors(text: str, names: list[Match], taken: list[tuple[int, int]]) -> list[ActorMention]:
    actors = []
    for m in names:
        if any(a < m.end and m.start < b for a, b in taken):
            continue
        after = text[m.end:m.end + 14]
        if m.entry.payload.kind == "official" and actors and _in_office_of(actors[-1], text[actors[-1].end:m.start]):
            continue    # "NATO Secretary General Mark Rutte" speaks for NATO, not the Netherlands
        if m.entry.payload.kind in ("ministry", "government", "military", "agency") and actors \
                and actors[-1].name.iso3 and actors[-1].name.iso3 != m.entry.payload.iso3 \
                and re.fullmatch(r"(?:['’]s)?\s+", text[actors[-1].end:m.start]):
            continue    # "the US Department of Defence": the country named says whose department it is
        if m.entry.payload.kind == "demonym" and MEDIA_AFTER.match(text, m.end):
            continue
        if m.entry.payload.kind == "demonym" and EVENT_AFTER.match(after):
            continue    # "left over from the Afghan war": a war, not a country acting
        if m.entry.payload.kind == "demonym" and FORMER_STATE_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue    # "howitzers from former East German stockpiles": a state that no longer acts
        # "the Czech initiative", "the Danish model", "as part of a wider EU initiative": a scheme named for
        # its founder, whose backers give (but "The Czech initiative delivered …": the scheme as subject is
        # its founder's)
        # (a name, not a demonym, is a label only as part of the scheme: "to the European Union programme"
        # is where money goes)
        label = SCHEME_AFTER.match(text, m.end) is not None \
            and (SCHEME_OBJECT_BEFORE if m.entry.payload.kind == "demonym" else PART_OF_BEFORE).search(
                text, max(0, m.start - 32), m.start) is not None
        actors.append(ActorMention(m.start, m.end, m.surface, m.entry.payload, label or bool(ORIGIN_SUFFIX.match(after))
                                    or MEMBERS_AFTER.match(text, m.end) is not None
                                    or (MEMBER_AFTER.match(text, m.end) is not None
                                        and not APPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start))
                                    or (DESCRIBES_AFTER.match(text, m.end) is not None
                                        and APPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start) is not None)))
    return actors


def _in_office_of(body: ActorMention, gap: str) -> bool:
    """Does a multilateral body's title ("NATO Secretary General", "EU foreign policy chief") stand
    in ``gap`` between ``body`` and an official's name?"""
    return body.name.kind in ("multilateral", "coalition") and not body.name.iso3 \
        and TITLE_GAP.fullmatch(gap) is not None


def _cues(text: str, lex: Lexicon, dates: list[DateMention]) -> list[CueMention]:
    return [CueMention(a, b, c) for a, b, c in lex.find_cues(text)
            if not (c.kind == "exclude" and any(d.start <= a < d.end for d in dates))
            and not _capitalised_midsentence(text, a, c) and not _age_of_item(text, a, b, c)]


# "13 Dana howitzers produced between 1980 and 1986", "BMPs manufactured from 1973 to 1999",
# "helicopters built in 2005": when the items were made, not production for anyone
MADE_IN_YEAR = re.compile(r"(?:ed|built)\s+(?:in|between|from|since|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
                          r"(?:19|20)\d\d(?!\d)", re.I)
BE_BEFORE = re.compile(r"\b(?:be|being)\s+$", re.I)


def _age_of_item(text: str, start: int, end: int, cue: Cue) -> bool:
    return cue.kind == "status" and cue.value == "produced" and MADE_IN_YEAR.match(text, end - 2) is not None \
        and BE_BEFORE.search(text, max(0, start - 8), start) is None   # "to be produced in 2026" is a plan


def _capitalised_midsentence(text: str, pos: int, cue: Cue) -> bool:
    # "May" in mid-sentence is a month or a name, not the modal verb.
    # (an opening quotation mark does not make it mid-sentence: "“We urgently need Patriots”")
    return cue.kind == "exclude" and text[pos].isupper() and pos > 0 and text[:pos].strip(" \t\n“\"'‘") != ""


PERCENT_AFTER = re.compile(r"\s*(?:%|percent|per cent|pc\b)")
MEASURE_AFTER = re.compile(r"\s*[-‐‑]?\s*(?:mm|millimet|cm|inch|in\.|caliber|calibre|cal\b|km|kilomet|miles?\b|kg|kilogram|tonnes?|pounds?\b|lbs?\b|"
                           r"tons?\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|times\b|degrees?|o'clock|"
                           r"am\b|pm\b|st\b|nd\b|rd\b|th\b)")
DRIVE_AFTER = re.compile(r"\s?[x×X]\s?\d\b")
DRIVE_BEFORE = re.compile(r"\d\s?[x×X]\s?$")
LABEL_BEFORE = re.compile(r"(?:no\.|number|#|page|article|day|rank|section|grade|level)\s*$")
# production standards: "F-16 Block 50/52", "Tranche 3", "Mk 2"
STANDARD_BEFORE = re.compile(r"\b(?:block|tranche|flight|increment|mk\.?|mark|version)\s*(?:\d+\s*/\s*)?$")
# a type number after a bracketed abbreviation of the name: "Airborne Surveillance and Control (ASC) 890 aircraft"
# … or after a mixed-case type prefix: "ten PzH 200 self-propelled howitzers", "MiG 29"
# … or after a capitals type name that itself follows a count ("three ANTPQ 36 counter artillery radars")
ACRONYM_BEFORE = re.compile(r"(?:\([A-Z][A-Z&-]{1,7}\)|\b[A-Z][a-z]+[A-Z][A-Za-z]*|"
                            r"(?:\b(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)|\d)"
                            r"\s+(?!(?:USA|NATO|UAE)\b)[A-Z]{3,}(?:/[A-Z]+)?)\s?$")


MODEL_PAIR_BEFORE = re.compile(r"\b[A-Z][\w-]+(?:\s+family)?\s+(?P<first>\d{1,2})[A-Z]{0,2}\d?\s*(?:and|or|,|/|&)\s*$")


def _second_model(text: str, q: Quantity) -> bool:
    """The second of two model numbers ("Leopard 1 and 2 tanks", "Leopard family 1 and 2") is no count."""
    pair = MODEL_PAIR_BEFORE.search(text, max(0, q.start - 30), q.start) if len(q.surface) <= 2 and q.surface.isdigit() \
        else None
    # ("Leopard 2 and 4 Leopard 1 tanks" counts; so does "Leopard 2 and 40 armored vehicles": a
    # second model number is close to the first)
    return pair is not None and not re.match(r"\s+[A-Z]", text[q.end:q.end + 2]) \
        and int(pair.group("first")) <= int(q.surface) <= int(pair.group("first")) + 10


def _not_a_count(text: str, q: Quantity) -> bool:
    """Percentages, times, years, ranks, list numbers and the like are not counts of things."""
    # (a window wide enough that a masked name never cuts the next word: "5,500 Javelins the" is no "5,500 th")
    after = text[q.end:q.end + 48].lower()
    if PERCENT_AFTER.match(after) or MEASURE_AFTER.match(after):
        return True
    if q.value is not None and q.value == int(q.value) and 1900 <= q.value <= 2100 and "," not in q.surface \
            and q.surface.strip().isdigit() and not COUNT_BEFORE.search(text, max(0, q.start - 16), q.start) \
            and not LISTED_COUNT_BEFORE.search(text, max(0, q.start - 60), q.start):
        return True     # a year, unless a giving verb or an approximation governs it ("delivered 2000 machine guns")
    if DRIVE_AFTER.match(text, q.end) or DRIVE_BEFORE.search(text, max(0, q.start - 4), q.start):
        return True     # a drive configuration: "4×4 Bushmasters", "6x6 trucks"
    if ACRONYM_BEFORE.search(text, max(0, q.start - 24), q.start):
        return True
    before = text[max(0, q.start - 12):q.start].lower()
    return LABEL_BEFORE.search(before) is not None or STANDARD_BEFORE.search(before) is not None
