"""A token trie that finds catalog and gazetteer names in text, longest match first.

Names are compared token by token, so spacing and hyphenation do not matter ("AT4",
"AT-4", "AT 4"), the last token may carry a plural or possessive ending, and names flagged
case-sensitive must match their capitalisation exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

# Letters (with accents) or digits, split at letter/digit boundaries: "PzH2000" -> PzH, 2000.
TOKEN = re.compile(r"[^\W\d_]+|\d+")
# The same tokens with the text before each: every character is a letter, a digit or [\W_],
# so findall's pairs tile the text and offsets follow from their lengths (no Match objects).
GAP_TOKEN = re.compile(r"([\W_]*)([^\W\d_]+|\d+)")
# What may stand between two tokens of one name: nothing, spaces, hyphens, dots of
# abbreviations ("U.S."), an apostrophe inside a word ("Côte d'Ivoire"), a comma.
JOIN = re.compile(r"[\s\-‐‑–/.'’,]*")
PREFIXES = frozenset({"anti", "counter"})
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# Cyrillic letters that look Latin: reports translated from Ukrainian often write a model
# name with one of them ("М142" with a Cyrillic М), which must still match the catalog.
HOMOGLYPHS = str.maketrans(dict(zip("авекмнорстухі", "abekmhopctyxi")))
# One key for the spellings of a calibre unit: "122-millimetre", "122-millimeter" and "122mm"
# are one name.
SAME_KEY = {"millimetre": "mm", "millimeter": "mm", "millimetres": "mm", "millimeters": "mm"}


class Token:
    """A token of text (a plain slotted class: a million of them are made per megabyte)."""

    __slots__ = ("text", "start", "end", "key", "gap")

    def __init__(self, text: str, start: int, end: int, key: str, gap: str):
        self.text, self.start, self.end = text, start, end
        self.key = key      # case-folded text
        self.gap = gap      # raw text between the previous token and this one

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets and the gap before each.

    >>> [t.text for t in tokenize("AT-4s and PzH2000")]
    ['AT', '4', 's', 'and', 'PzH', '2000']
    """
    out: list[Token] = []
    append = out.append
    pos = 0
    for gap, tok in GAP_TOKEN.findall(text):
        start = pos + len(gap)
        pos = start + len(tok)
        key = tok.casefold()
        if not key.isascii():
            key = key.translate(HOMOGLYPHS)
        elif key[0] == "m" and key in SAME_KEY:
            key = SAME_KEY[key]
        append(Token(tok, start, pos, key, gap))
    return out


def name_tokens(name: str) -> tuple[list[str], list[str]]:
    """Token texts of a name and the separators that stand between them in the name."""
    name = name.translate(APOSTROPHES)
    toks = [m for m in TOKEN.finditer(name)]
    seps = [name[toks[i - 1].end():toks[i].start()] for i in range(1, len(toks))]
    return [t.group() for t in toks], seps


def plural_keys(key: str) -> list[str]:
    """Singular forms a plural token may stand for: tanks→tank, batteries→battery."""
    found = _PLURALS.get(key)
    if found is None:
        found = _plural_keys(key)
        if len(_PLURALS) < 200_000:      # words repeat; a bounded cache saves recomputing them
            _PLURALS[key] = found
    return found


_PLURALS: dict[str, list[str]] = {}


def _plural_keys(key: str) -> list[str]:
    out = []
    if key.endswith("ies") and len(key) > 4:
        out.append(key[:-3] + "y")
    if key.endswith("es") and len(key) > 3:
        out.append(key[:-2])
    if key.endswith("s") and len(key) > 2:
        out.append(key[:-1])
    return out


@dataclass(frozen=True)
class Entry:
    """A name in the trie and what it stands for."""

    name: str
    tokens: tuple[str, ...]
    seps: tuple[str, ...]
    case_sensitive: bool
    payload: Any


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    surface: str
    entry: Entry
    plural: bool


class NameTrie:
    """Longest-match lookup of many multi-token names.

    >>> t = NameTrie([("AT4", True, "at4"), ("air defense system", False, "ads")])
    >>> [(m.surface, m.entry.payload, m.plural) for m in t.find("125 AT-4s and two air-defense systems")]
    [('AT-4s', 'at4', True), ('air-defense systems', 'ads', True)]
    >>> t.find("back at 4 pm")
    []
    """

    def __init__(self, names: Iterable[tuple[str, bool, Any]]):
        self.root: dict = {}
        self._starts: dict[str, bool] = {}     # token key -> can a name start with it
        for name, case_sensitive, payload in names:
            toks, seps = name_tokens(name)
            if not toks:
                continue
            self._add(name, toks, seps, case_sensitive, payload)
            # "antitank weapons", "antiaircraft guns": American copy writes the prefix closed up
            if len(toks) > 1 and toks[0].casefold() in PREFIXES and toks[1].isalpha():
                self._add(name, [toks[0] + toks[1], *toks[2:]], seps[1:], case_sensitive, payload)

    def _add(self, name, toks, seps, case_sensitive, payload) -> None:
        node = self.root
        for tok in toks:
            node = node.setdefault(tok.casefold(), {})
        node.setdefault(None, []).append(Entry(name, tuple(toks), tuple(seps), case_sensitive, payload))

    @staticmethod
    def _case_ok(entry: Entry, toks: list[Token], plural: bool) -> bool:
        if not entry.case_sensitive:
            return True
        for i, (want, got) in enumerate(zip(entry.tokens, toks)):
            text = got.text
            if plural and i == len(entry.tokens) - 1:
                text = text[: len(want)]
            if text != want and not (text.isupper() and len(text) > 3 and text.casefold() == want.casefold()):
                return False
        return True

    def _gap_ok(self, entry: Entry, i: int, gap: str) -> bool:
        # A comma may only join tokens where the name itself has one.
        if "," in gap and "," not in entry.seps[i - 1]:
            return False
        return JOIN.fullmatch(gap) is not None and gap.count("\n") == 0

    def find_at(self, text: str, toks: list[Token], i: int) -> Match | None:
        """The longest name starting at token ``i``, or None."""
        node = self.root
        best: Match | None = None
        j = i
        while j < len(toks):
            tok = toks[j]
            if j > i and not JOIN.fullmatch(tok.gap):
                break
            # a plural/possessive last token ends the name here
            for key in plural_keys(tok.key):
                child = node.get(key)
                if child and None in child:
                    best = self._pick(text, toks, i, j, child[None], True) or best
            child = node.get(tok.key)
            if child is None:
                break
            if None in child:
                best = self._pick(text, toks, i, j, child[None], False) or best
            node = child
            j += 1
        return best

    def _pick(self, text, toks, i, j, entries, plural) -> Match | None:
        span = toks[i:j + 1]
        for e in sorted(entries, key=lambda e: not e.case_sensitive):
            if all(self._gap_ok(e, k, toks[i + k].gap) for k in range(1, len(span))) \
                    and self._case_ok(e, span, plural):
                end = span[-1].end
                # "Leopard 2s", "F-16s": a plural s glued to a final number
                if j + 1 < len(toks) and toks[j + 1].gap in ("", "'", "’") and toks[j + 1].key == "s" \
                        and span[-1].text.isdigit():
                    end = toks[j + 1].end
                    plural = True
                return Match(span[0].start, end, text[span[0].start:end], e, plural)
        return None

    def find(self, text: str, toks: list[Token] | None = None) -> list[Match]:
        """All non-overlapping longest matches, left to right."""
        toks = tokenize(text) if toks is None else toks
        out: list[Match] = []
        root = self.root
        i = 0
        while i < len(toks):
            key = toks[i].key
            # most tokens start no name: skip them without walking the trie
            can = self._starts.get(key)
            if can is None:
                can = key in root or any(k in root for k in plural_keys(key))
                if len(self._starts) < 500_000:
                    self._starts[key] = can
            # the "s" of "Denmark's" ends a word; it starts no name ("Denmark's 125 million" is no S-125);
            # nor does the word after "anti-" or "counter-" ("anti-aircraft" is no aircraft)
            if not can or (i and toks[i - 1].end + 1 == toks[i].start
                           and (toks[i].gap in ("'", "’") or (toks[i].gap == "-" and toks[i - 1].key in PREFIXES))):
                i += 1
                continue
            m = self.find_at(text, toks, i)
            if m is None:
                i += 1
                continue
            out.append(m)
            while i < len(toks) and toks[i].start < m.end:
                i += 1
        return out

