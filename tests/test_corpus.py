"""Scores on the shared development corpus (../shared/corpus), read in place, never copied.

The seed documents must come out exactly as annotated; the whole folder must score F1 >= 0.95
with the reference scorer; no record may overlap a phrase listed in negatives.csv.
"""
from __future__ import annotations

import csv
import re
import subprocess
import sys

import pytest

from aidtracker.api import extract
from aidtracker.model import RECORD_COLUMNS

SEEDS = ("isw-2025-07-03", "newsbg-2025-07-03")


@pytest.fixture(scope="module")
def predicted(corpus, tmp_path_factory):
    """Records of every corpus document, written as the CLI would write them."""
    out = tmp_path_factory.mktemp("corpus") / "pred.csv"
    rows = [r for _, recs in extract([corpus / "docs"], corpus / "sources.csv") for r in recs]
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, RECORD_COLUMNS)
        w.writeheader()
        w.writerows(r.as_row() for r in rows)
    return out, rows


def _score(tools, gold, pred, *args) -> dict:
    res = subprocess.run([sys.executable, str(tools / "score.py"), str(gold), str(pred), *args],
                         capture_output=True, text=True, check=True)
    last = res.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}


def _gold(corpus):
    with (corpus / "gold.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _q(v):
    return float(v) if v not in (None, "") else None


def test_seed_documents_match_gold_exactly(corpus, predicted):
    _, rows = predicted
    for doc in SEEDS:
        gold = sorted(((g["donor"], g["category"], _q(g["quantity"]), g["quantity_kind"], g["status"])
                       for g in _gold(corpus) if g["doc"] == doc), key=str)
        got = sorted(((r.donor, r.category, r.quantity, r.quantity_kind, r.status)
                      for r in rows if r.doc == doc and r.category != "package"), key=str)
        assert got == gold, f"{doc}: got {got}\nexpected {gold}"


def test_seed_documents_score_perfectly(corpus, predicted, shared_tools):
    pred, _ = predicted
    scores = _score(shared_tools, corpus / "gold.csv", pred, "--docs=" + ",".join(SEEDS))
    assert scores["F1"] == 1.0, scores


def test_whole_development_corpus_scores_high(corpus, predicted, shared_tools):
    pred, _ = predicted
    scores = _score(shared_tools, corpus / "gold.csv", pred)
    assert scores["F1"] >= 0.95, scores


def test_no_record_overlaps_a_negative_phrase(corpus, predicted):
    _, rows = predicted
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (corpus / "docs").glob("*.txt")}
    with (corpus / "negatives.csv").open(newline="", encoding="utf-8") as fh:
        negatives = list(csv.DictReader(fh))
    clashes = []
    for neg in negatives:
        text = texts[neg["doc"]]
        for m in re.finditer(re.escape(neg["snippet"]), text):
            for r in rows:
                # the rule concerns item records; money amounts are scored against values.csv
                if r.category != "package" and r.doc == neg["doc"] and r.start < m.end() and m.start() < r.end:
                    clashes.append((neg["doc"], neg["snippet"], r.evidence))
    assert not clashes, clashes


def test_every_record_is_traceable(corpus, predicted):
    _, rows = predicted
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (corpus / "docs").glob("*.txt")}
    for r in rows:
        assert texts[r.doc][r.start:r.end] == r.evidence, r
        assert r.evidence in r.sentence and r.rule
