"""Fast regex scanning: prefix-tree alternations and patterns tried only where a match can start.

Python's ``re`` has no multi-string automaton: ``a|b|c`` tries every branch at every position,
and a pattern that opens with optional parts cannot skip ahead. Two helpers keep scanning cheap
while giving exactly the matches of the plain patterns.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def alternation(phrases: Iterable[str], fold: bool = True, space: str = r"\s+", hyphen: str | None = None) -> str:
    """A regex matching any of ``phrases``, written as a prefix tree.

    Python's ``re`` tries the branches of ``a|b|c`` one after another at every position; a tree
    shares prefixes, so each position tries only the branch of its first character. Longer
    phrases are tried before their prefixes, as in a longest-first alternation. Whitespace in a
    phrase matches any whitespace (``space``); ``hyphen``, if given, replaces a hyphen.

    >>> alternation(["euro", "euros", "US dollar", "usd"])
    '(?:euros?|us(?:\\\\s+dollar|d))'
    >>> import re; re.fullmatch(alternation(["at least", "at"]), "at  least") is not None
    True
    """
    root: dict = {}
    for phrase in phrases:
        phrase = phrase.lower() if fold else phrase
        if not phrase:
            continue
        units, i = [], 0
        while i < len(phrase):
            ch = phrase[i]
            if ch.isspace():
                while i < len(phrase) and phrase[i].isspace():
                    i += 1
                units.append(space)
                continue
            units.append(hyphen if ch == "-" and hyphen is not None else re.escape(ch))
            i += 1
        node = root
        for u in units:
            node = node.setdefault(u, {})
        node[None] = True

    def emit(node: dict) -> str:
        kids = sorted(k for k in node if k is not None)
        if not kids:
            return ""
        parts = [k + emit(node[k]) for k in kids]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if None in node:
            return body + "?" if len(parts) == 1 and len(kids[0]) == 1 and not emit(node[kids[0]]) else f"(?:{body})?"
        return body

    if not root:
        return "(?!)"
    top = emit(root)
    return top if len(root) > 1 and None not in root else f"(?:{top})"


def finditer_at(pattern: re.Pattern, starts: re.Pattern, text: str, lower: str | None = None) -> Iterator[re.Match]:
    r"""The matches of ``pattern.finditer(text)``, trying ``pattern`` only at the positions
    ``starts`` finds in the lower-cased text.

    ``starts`` must find every position where a match can begin (make it zero-width, so no
    start hides inside another); when lower-casing changes the text's length, offsets would not
    agree and the plain scan is used.

    >>> pat = re.compile(r"(?:about\s+)?\d+", re.I)
    >>> starts = re.compile(r"(?=\d|about)")
    >>> [m.group() for m in finditer_at(pat, starts, "About 5 tanks and 12 guns")]
    ['About 5', '12']
    """
    return matches_at(pattern, start_positions(starts, text, lower), text)


def start_positions(starts: re.Pattern, text: str, lower: str | None = None) -> list[int] | None:
    """Where ``starts`` finds a possible match start in the lower-cased ``text`` (None when
    lower-casing changes the text's length); scan once, try several patterns there."""
    lower = text.lower() if lower is None else lower
    if len(lower) != len(text):
        return None
    return [m.start() for m in starts.finditer(lower)]


def matches_at(pattern: re.Pattern, positions: list[int] | None, text: str) -> Iterator[re.Match]:
    """Non-overlapping matches of ``pattern`` tried at ``positions`` (from start_positions),
    as ``pattern.finditer`` would find them; every position when ``positions`` is None."""
    if positions is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for p in positions:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m:
            yield m
            end = max(m.end(), p + 1)
