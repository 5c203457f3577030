"""Phrase lists that drive the extraction rules: status and exclusion cues, quantifiers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .csvfile import Problems, read_rows

CUE_KINDS = {
    # kind: allowed values of the `scope` column
    "status": ("strong", "weak", "future"),
    "exclude": ("clause", "after", "sentence", "possession", "noaid", "object", "threats", "ungiven", "undelivered"),
    "carry": ("sentence", "start"),
    "joint": ("after",),
    "money": ("clause", "near", "before", "after"),
}
MONEY_KINDS = ("cumulative", "period", "not_aid", "shared", "package", "item")
QUANTITY_KINDS = ("exact", "at_least", "at_most", "approx", "vague")
STATUSES = ("pledged", "announced", "approved", "contracted", "financed", "delivered",
            "suspended", "produced", "agreement")


@dataclass(frozen=True)
class Cue:
    cue: str
    kind: str
    value: str
    scope: str


@dataclass(frozen=True)
class Quantifier:
    """A qualifier ("over" → at_least, value None) or a vague amount ("dozens of" → 12)."""

    phrase: str
    value: float | None
    kind: str


@dataclass(frozen=True)
class Rules:
    cues: tuple[Cue, ...]
    quantifiers: tuple[Quantifier, ...]


# Between the words of a cue: spaces, and quotation marks ("remaining commitment” to).
SEP = r"[\s\"“”‘’']+"


def cue_pattern(cue: str) -> str:
    """Regex source for a cue phrase: ``*`` ends a word with any suffix, ``~`` skips up to 3 words,
    ``!word`` means "not followed by word".

    >>> bool(re.search(cue_pattern("sign* ~ contract"), "signed a new contract", re.I))
    True
    >>> bool(re.search(cue_pattern("sign* ~ contract"), "signed a NOK 2 billion contract", re.I))
    True
    >>> bool(re.search(cue_pattern("sign* ~ contract"), "signed the plan to build a new contract", re.I))
    False
    >>> bool(re.search(cue_pattern("needs !to"), "Ukraine needs to win", re.I))
    False
    >>> [bool(re.search(cue_pattern("frozen !russian !assets"), t, re.I))
    ...  for t in ("aid was frozen.", "aid frozen in May", "frozen Russian assets", "frozen assets")]
    [True, True, False, False]
    """
    parts = []
    for word in cue.split():
        if word.startswith("!"):
            # "frozen !russian !assets": the previous word is not followed by any of these
            if parts and parts[-1].endswith(SEP):
                parts[-1] = parts[-1][: -len(SEP)]
            parts.append(rf"(?!{SEP}{re.escape(word[1:])}\b)")
            continue
        if parts and parts[-1].startswith("(?!"):
            parts.append(SEP)
        if word == "~":
            # a few words; an amount counts as one ("signed a €500 million contract",
            # "signed a NOK 2 billion contract")
            # (a quoted word too: 'will “hopefully” be sent')
            parts.append(r"(?:(?:(?-i:[A-Z]{3})\s+)?[\w'’.,€$£¥“”\"-]+(?:\s+(?:million|billion|trillion|bn))?\s+){0,3}?")
            continue
        stem = re.escape(word.rstrip("*")).replace(r"\-", r"[-\s]?")
        parts.append(stem + (r"[\w-]*" if word.endswith("*") else "") + SEP)
    src = "".join(parts)
    src = src[: -len(SEP)] if src.endswith(SEP) else src
    return rf"(?<![\w-]){src}(?![\w])"


def load_rules(data: Path, problems: Problems) -> Rules:
    """Load ``cues.csv`` and ``quantifiers.csv``; problems are collected, not raised."""
    cues: list[Cue] = []
    f = data / "cues.csv"
    for line, r in read_rows(f, ("cue", "kind", "value", "scope"), problems, ("cue", "kind", "scope")):
        scopes = CUE_KINDS.get(r["kind"])
        if scopes is None:
            problems.add(f, line, f"kind must be one of {', '.join(CUE_KINDS)}")
            continue
        if r["scope"] not in scopes:
            problems.add(f, line, f"scope of a {r['kind']} cue must be one of {', '.join(scopes)}")
            continue
        if r["kind"] == "money" and r["value"] not in MONEY_KINDS:
            problems.add(f, line, f"money kind must be one of {', '.join(MONEY_KINDS)}")
            continue
        if r["kind"] == "carry" and r["value"] and r["value"] not in STATUSES:
            problems.add(f, line, f"unknown status {r['value']!r}")
            continue
        if r["kind"] == "status" and r["value"] not in STATUSES:
            problems.add(f, line, f"unknown status {r['value']!r}")
            continue
        try:
            re.compile(cue_pattern(r["cue"]))
        except re.error as exc:  # a cue an analyst wrote that cannot compile
            problems.add(f, line, f"cue {r['cue']!r} does not compile: {exc}")
            continue
        cues.append(Cue(r["cue"], r["kind"], r["value"], r["scope"]))

    quantifiers: list[Quantifier] = []
    f = data / "quantifiers.csv"
    for line, r in read_rows(f, ("phrase", "value", "kind"), problems, ("phrase", "kind")):
        if r["kind"] not in QUANTITY_KINDS:
            problems.add(f, line, f"kind must be one of {', '.join(QUANTITY_KINDS)}")
            continue
        try:
            value = float(r["value"]) if r["value"] else None
        except ValueError:
            problems.add(f, line, f"value {r['value']!r} is not a number")
            continue
        quantifiers.append(Quantifier(r["phrase"], value, r["kind"]))
    return Rules(tuple(cues), tuple(quantifiers))
