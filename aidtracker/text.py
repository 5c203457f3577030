"""Split a document into sentences, list items and headings, keeping character offsets.

Every segment satisfies ``doc_text[seg.start:seg.end] == seg.text``.
"""
from __future__ import annotations

import re

from .model import Segment

BULLET = re.compile(r"^[ \t]*(?:[•·▪◦●○■□‣⁃*]|-{1,2}|–|—|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|\([a-h]\)|"
                    r"(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])[ \t]+")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr gen lt col maj capt sgt adm rep sen gov pres st jan feb mar apr jun jul aug
sep sept oct nov dec no vs etc e.g i.e approx est inc ltd co corp jr sr dept govt mt ft incl esp ca resp pcs
""".split())
SENTENCE_END = re.compile(
    r"""[.!?]+                      # terminal punctuation
        (?:["”’'\)\]]+)?            # closing quotes or brackets
        (?:\[\d+(?:[-–,]\s?\d+)*\])*  # citation marks such as [17]
        (?:(?=\s+["“‘'(\[]?[A-Z0-9•€£$¥₴])  # followed by space and a capital, digit, bullet or currency sign
        |(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))   # or glued to the next sentence ("… drones.The ministry …")
    """, re.VERBOSE)
CITATION = re.compile(r"\[\d+(?:[-–,]\s?\d+)*\]")
TERMINAL = re.compile(r"""[.!?:;]["”’'\)\]]*(?:\[\d+\])*\s*$""")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` belongs to an abbreviation or initials."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)\.?$", text[: dot + 1])
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word + ("" if "." in word else "")) and len(word.replace(".", "")) <= 3 \
            and (("." in word) or len(word) == 1):
        return True   # initials: U.S., D.C., J.
    return word.lower() in ABBREVIATIONS


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside one block of running text.

    >>> t = "The U.S. sent 5 tanks.[3] Germany sent 2. Done"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['The U.S. sent 5 tanks.[3]', 'Germany sent 2.', 'Done']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        first_dot = m.start()
        if text[first_dot] == "." and _is_abbreviation(text, first_dot) and m.end() - m.start() == 1:
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for a, b in spans:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        out.append((offset + a + lead, offset + b - trail))
    return out


# a line ending in these words (or a comma) goes on in the next line, whatever its first letter
CONTINUES = re.compile(r"(?:,|\b(?:and|or|of|the|a|an|to|with|for|by|from|in|on|at|its|their|also|sent|"
                       r"delivered|supplied|provided|including|includes|include|than|that|which|some|about|"
                       r"over|nearly|another|further|additional|more))$", re.I)


# one item of an unbulleted list: ends in ";", "; and", "," or a full stop, or not at all; it may
# give its value after one colon ("TOW anti-tank missile systems: $353 million")
LIST_LINE = re.compile(r"[^:;|\t]+?(?::\s+[^:;|\t]+?)?(?:;|;\s*(?:and|or)|,|,\s*(?:and|or)|\.)?", re.I)


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Logical lines: ``(start, end, is_bullet)``; soft-wrapped lines are joined."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    blocks: list[list[int]] = []
    for a, b in lines:
        line = text[a:b]
        if not line.strip():
            continue
        bullet = bool(BULLET.match(line))
        if blocks and not bullet:
            pa, pb, pbul = blocks[-1]
            prev = text[pa:pb].rstrip()
            joined_by_blank = "\n\n" in text[pb:a] or text[pb:a].count("\n") > 1
            prose = len(prev.split()) >= 3 and not re.search(r"[|\t;:]", prev)
            if not joined_by_blank and not TERMINAL.search(prev) and (line.lstrip()[:1].islower()
                                                                   or (prose and CONTINUES.search(prev))):
                blocks[-1][1] = b   # a sentence wrapped onto the next line ("… also sent\n200 T-72 tanks")
                continue
        blocks.append([a, b, bullet])
    return [(a, b, bool(bul)) for a, b, bul in blocks]


def segment(text: str) -> list[Segment]:
    """Sentences, bullet items and headings of ``text`` in reading order.

    A bullet item's ``lead`` is the index of the sentence that introduces its list.

    >>> segs = segment("Also in the package are:\\n-- 10 tanks.\\n-- 5 trucks.\\n")
    >>> [(s.kind, s.text, s.lead) for s in segs]
    [('sentence', 'Also in the package are:', None), ('item', '10 tanks.', 0), ('item', '5 trucks.', 0)]
    """
    segments: list[Segment] = []
    lead: int | None = None
    colon_lead: int | None = None       # a sentence ending in ":" whose list has no bullets
    for para, (a, b, bullet) in enumerate(_blocks(text)):
        block = text[a:b]
        if bullet:
            m = BULLET.match(block)
            s = a + m.end()
            e = a + len(block.rstrip())
            if lead is None and segments:
                lead = len(segments) - 1
            # a bullet of several sentences: the first is the list item, the others sentences of
            # their own ("- Latvia leads the coalition. Sweden and Canada also joined it.")
            for k, (ss, se) in enumerate(split_sentences(text[s:e], s)):
                segments.append(Segment(ss, se, text[ss:se], "item" if k == 0 else "sentence", para,
                                        lead if k == 0 else None))
            continue
        lead = None
        stripped = block.strip()
        words = len(stripped.split())
        if colon_lead is not None and LIST_LINE.fullmatch(stripped) and len(split_sentences(block, a)) == 1 \
                and (words <= 12 or (words <= 24 and (stripped.endswith(";") or stripped[:1].islower()))):
            # an unbulleted list under a lead ending in a colon, one short line per item
            # ("Capabilities in this package include:\n\nTwo NASAMS;\n\nFour radars; and\n\nSpare parts."),
            # longer when the line reads as a list item ("smoke munitions, including 955 rounds of 155-mm
            # smoke shells and more than 2,000 rounds of 81-mm smoke mortars;")
            s = a + len(block) - len(block.lstrip())
            segments.append(Segment(s, s + len(stripped), stripped, "item", para, colon_lead))
            continue
        colon_lead = None
        heading = not TERMINAL.search(stripped) and len(stripped) < 200 and "\n" not in stripped
        for s, e in split_sentences(block, a):
            kind = "heading" if heading else "sentence"
            segments.append(Segment(s, e, text[s:e], kind, para))
        if stripped.endswith(":") and not heading:
            colon_lead = len(segments) - 1
    return segments


def mask_citations(text: str) -> str:
    """Blank out citation marks ("[17]") keeping offsets, so their digits are never numbers.

    >>> mask_citations("sent 5 tanks.[17]")
    'sent 5 tanks.    '
    """
    return CITATION.sub(lambda m: " " * len(m.group()), text)
