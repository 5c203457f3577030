"""The fast scanning helpers must find exactly what the plain patterns find."""
from __future__ import annotations

import re

import pytest

from aidtracker.extract.dates import DATE_RE, DATE_START
from aidtracker.extract.lexicon import build_lexicon
from aidtracker.extract.money import MoneyFinder
from aidtracker.extract.scan import alternation, finditer_at
from aidtracker.extract.trie import TOKEN, tokenize

WORDS = ["euro", "euros", "US dollar", "US dollars", "usd", "at least", "at", "more than", "up to", "a", "an",
         "Swedish krona", "Swedish kronor", "kr", "C$", "$", "A$", "twenty", "twenty-five", "two", "twelve"]

TEXTS = [
    "Sweden will give 1.5 billion Swedish kronor (roughly $156 million) to Ukraine",
    "at least twenty-five tanks and up to 12 howitzers, more than US$ 2.5bn in all",
    "An A$100 million package, about C$500 million and euros 3 million",
    "Ministry of Defence: drones, IRIS-T, the Euro-Atlantic area and the European Union",
    "İstanbul talks: Türkiye pledged at least 4 Kirpi vehicles on 3 June 2024",   # İ lowers to two characters
    "", "no numbers here at all",
]


def _plain(words: list[str]) -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return re.compile(f"(?:{alt})", re.IGNORECASE)


# (text whose length changes in lower case is scanned with the plain pattern, see finditer_at)
@pytest.mark.parametrize("text", [t for t in TEXTS if len(t.lower()) == len(t)])
def test_prefix_tree_alternation_matches_like_a_longest_first_one(text):
    tree = re.compile(alternation(WORDS))
    lower = text.lower()
    got = [m.span() for m in tree.finditer(lower)]
    want = [m.span() for m in _plain(WORDS).finditer(text)]
    assert got == want, text


def _money_pairs():
    from aidtracker.reference import load_reference
    finder = MoneyFinder(load_reference().currencies)
    return [(p, finder.starts) for p in finder.patterns]


def _scanners():
    from aidtracker.reference import load_reference
    q = build_lexicon(load_reference()).quantities
    return [("dates", DATE_RE, DATE_START), ("quantities", q.pattern, q.starts)] + \
        [(f"money{i}", p, s) for i, (p, s) in enumerate(_money_pairs())]


@pytest.mark.parametrize("text", TEXTS + [
    "On July 3, Germany delivered 8,496 155mm rounds; on Tuesday 2 more IRIS-T launchers arrived.",
    "Norway will hand over six NASAMS launchers in mid-November, worth NOK 10 billion (€900m).",
    "Hundreds of drones, dozens of Leopard 2A4s and tens of thousands of shells since February 2022.",
])
def test_scanning_only_at_starts_finds_what_a_full_scan_finds(text):
    for name, pattern, starts in _scanners():
        got = [(m.span(), m.group()) for m in finditer_at(pattern, starts, text)]
        want = [(m.span(), m.group()) for m in pattern.finditer(text)]
        assert got == want, f"{name}: {text!r}"


@pytest.mark.parametrize("text", TEXTS + [
    "snake_case_name x² 3½ PzH2000s, AT-4’s… Côte d'Ivoire\n\n  12\t155mm",
    "trailing punctuation only!?", "   ", "İİ ﬁve ß 100_000",
])
def test_tokenize_gives_the_tokens_of_the_plain_pattern(text):
    # tokenize reads (gap, token) pairs and derives offsets from their lengths
    want, prev = [], 0
    for m in TOKEN.finditer(text):
        want.append((m.group(), m.start(), m.end(), m.group().casefold(), text[prev:m.start()]))
        prev = m.end()
    assert [(t.text, t.start, t.end, t.key, t.gap) for t in tokenize(text)] == want, text


# survey: segments that can yield no record are marked quiet and analysed only for context
SURVEY = [
    ("Russian forces advanced near Pokrovsk on September 3.", True),
    ("Key Takeaways", True),
    ("Denmark announced its 26th package on Tuesday.", True),            # hands on donor and date only
    ("Norway will send six NASAMS launchers.", False),                   # a system
    ("Sweden pledged 1.5 billion kronor.", False),                       # money
    ("Eight of which have already arrived in Ukraine.", False),          # "N of which": a count of what came before
    ("Ukrainian forces repelled 12 assaults near Kupyansk.", True),       # a number, but of nothing in the catalog
    ("The 155th Mechanized Brigade repelled the assault.", False),       # "brigade" is a catalog unit word
]


@pytest.mark.parametrize("text,quiet", SURVEY)
def test_survey_marks_segments_that_cannot_yield_records(text, quiet, extractor):
    from aidtracker.extract.mentions import survey
    an = survey(text, extractor.lex, extractor.money)
    assert an.quiet is quiet, text
    if quiet:
        assert not an.systems and not an.money and not an.quantities, text


def _documents(folder):
    from aidtracker.sources import html_to_text
    for p in sorted(folder.iterdir()):
        if p.suffix in (".txt", ".md"):
            yield p.name, p.read_text(encoding="utf-8")
        elif p.suffix == ".html":
            yield p.name, html_to_text(p.read_text(encoding="utf-8"))


def test_survey_gives_the_records_of_the_full_analysis(extractor, corpus, monkeypatch):
    """The quiet shortcut is an optimisation only: every document's records, field for field,
    are those of analysing every segment in full."""
    from aidtracker.extract import pipeline
    from aidtracker.extract.mentions import analyse
    from aidtracker.model import Document
    from conftest import SAMPLES
    docs = [*_documents(corpus / "docs"), *_documents(SAMPLES)]
    fast = [[r.as_row() for r in extractor.extract(Document(name, name, text))] for name, text in docs]
    monkeypatch.setattr(pipeline, "survey", analyse)
    full = [[r.as_row() for r in extractor.extract(Document(name, name, text))] for name, text in docs]
    assert sum(map(len, full)) > 100
    for (name, _), a, b in zip(docs, fast, full):
        assert a == b, name
