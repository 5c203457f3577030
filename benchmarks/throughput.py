"""Extraction throughput against two baselines, measured in the same run, on one core.

Builds a varied corpus from the bundled sample documents (sentences shuffled, numbers redrawn,
system names swapped for other catalog names, so it is not one document repeated), then times:

  * aidtracker's extraction (DocumentExtractor.extract on every document),
  * a bare ``re`` scan for digits over the same text (the lower bound of any text processing),
  * spaCy's blank English tokenizer plus a PhraseMatcher loaded with the same catalog aliases
    (needs the ``bench`` extra: ``pip install 'aidtracker[bench]'``; skipped without it),

and prints MB/s for each, records/s, the ratios and peak memory (RSS of this process, which
also holds the corpus).

usage: python benchmarks/throughput.py [--mb 200] [--seed 7] [--sample-mb N] [--profile MB]
  --sample-mb times aidtracker on the first N MB only (the baselines still scan everything);
  use it for quick runs, never for reported figures.
  --profile MB  afterwards profiles extraction of the first MB megabytes and prints where the
  time goes, stage by stage, in microseconds per sentence (what bounds the throughput).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import platform
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aidtracker.extract.pipeline import DocumentExtractor  # noqa: E402
from aidtracker.model import Document  # noqa: E402
from aidtracker.reference import load_reference  # noqa: E402
from aidtracker.sources import html_to_text  # noqa: E402
from aidtracker.text import segment  # noqa: E402


def sample_sentences() -> list[str]:
    out = []
    for p in sorted((ROOT / "data" / "samples").iterdir()):
        if p.suffix in (".txt", ".md"):
            text = p.read_text(encoding="utf-8")
        elif p.suffix == ".html":
            text = html_to_text(p.read_text(encoding="utf-8"))
        else:
            continue
        out.extend(s.text for s in segment(text))
    return out


def build_corpus(megabytes: float, seed: int) -> list[str]:
    """Documents of about 3 KB each until ``megabytes`` MB of UTF-8 text."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    catalog = load_reference().catalog
    names = [s.name for s in catalog.systems.values() if not s.generic]
    known = sorted({s.name for s in catalog.systems.values() if not s.generic and s.name in " ".join(sentences)},
                   key=len, reverse=True)
    swap = re.compile("|".join(re.escape(n) for n in known)) if known else None
    docs, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        picked = rng.sample(sentences, k=min(len(sentences), 24))
        text = "\n\n".join(picked)
        text = re.sub(r"\b\d{1,3}(?:,\d{3})*\b", lambda m: f"{rng.randint(1, 25000):,}", text)
        if swap:
            text = swap.sub(lambda m: rng.choice(names), text)
        docs.append(text)
        size += len(text.encode("utf-8"))
    return docs


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if platform.system() != "Darwin" else kb / 1024 / 1024


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=200.0, help="corpus size in MB (default 200)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample-mb", type=float, default=None)
    ap.add_argument("--profile", type=float, default=None, metavar="MB")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    docs = build_corpus(args.mb, args.seed)
    size_mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000
    print(f"corpus: {len(docs)} documents, {size_mb:.1f} MB (built in {time.perf_counter() - t0:.1f} s)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")

    digits = re.compile(r"\d+")
    t0 = time.perf_counter()
    hits = sum(len(digits.findall(d)) for d in docs)
    scan_s = time.perf_counter() - t0

    spacy_s, spacy_hits = spacy_baseline(docs)

    extractor = DocumentExtractor(load_reference())
    timed = docs
    if args.sample_mb:
        timed, size = [], 0
        for d in docs:
            if size >= args.sample_mb * 1_000_000:
                break
            timed.append(d)
            size += len(d.encode("utf-8"))
    timed_mb = sum(len(d.encode("utf-8")) for d in timed) / 1_000_000
    t0 = time.perf_counter()
    records = 0
    for i, text in enumerate(timed):
        records += len(extractor.extract(Document(doc=f"bench-{i}", path="", text=text)))
    extract_s = time.perf_counter() - t0

    scan_rate, extract_rate = size_mb / scan_s, timed_mb / extract_s
    print(f"bare re digit scan : {scan_rate:10.2f} MB/s  ({hits} numbers, {scan_s:.2f} s)")
    if spacy_s is not None:
        print(f"spaCy tokenizer+PhraseMatcher: {size_mb / spacy_s:10.2f} MB/s  ({spacy_hits} matches, {spacy_s:.1f} s)")
    print(f"aidtracker extract : {extract_rate:10.2f} MB/s  ({records} records, {records / extract_s:.0f} records/s,"
          f" {extract_s:.1f} s on {timed_mb:.1f} MB)")
    print(f"ratio extract/scan : {extract_rate / scan_rate:.5f}   (target >= 0.2)")
    if spacy_s is not None:
        print(f"ratio extract/spaCy: {extract_rate / (size_mb / spacy_s):.3f}   (target >= 7)")
    print(f"peak memory (RSS)  : {peak_rss_mb():.0f} MB")
    if args.profile:
        profile_stages(extractor, docs, args.profile)


# (label, file suffix, function name): the stages of extraction, in pipeline order
STAGES = [
    ("whole extraction", "extract/pipeline.py", "extract"),
    ("  segment (sentences, lists)", "aidtracker/text.py", "segment"),
    ("  analyse (all mentions)", "extract/mentions.py", "_analyse"),
    ("    tokenize", "extract/trie.py", "tokenize"),
    ("    names (catalog, actors)", "extract/trie.py", "find"),
    ("    cues", "extract/lexicon.py", "find_cues"),
    ("    money", "extract/money.py", "find"),
    ("    quantities", "extract/numbers.py", "find"),
    ("    dates", "extract/dates.py", "find_dates"),
    ("    clauses", "extract/mentions.py", "clauses"),
    ("  rules per segment", "extract/pipeline.py", "_segment"),
    ("    items", "extract/items.py", "find_items"),
    ("    donors", "extract/attribution.py", "donors_for"),
    ("    status", "extract/attribution.py", "status_for"),
    ("    values", "extract/pipeline.py", "_values"),
    ("  resolve repeats", "aidtracker/resolve.py", "resolve_document"),
    ("  FX, estimates, calibres", "aidtracker/valuation.py", "enrich"),
]


def profile_stages(extractor: DocumentExtractor, docs: list[str], megabytes: float) -> None:
    """Cumulative time per extraction stage on the first ``megabytes`` MB, per sentence."""
    picked, size = [], 0
    for d in docs:
        if size >= megabytes * 1_000_000:
            break
        picked.append(d)
        size += len(d.encode("utf-8"))
    sentences = sum(len(segment(d)) for d in picked)
    prof = cProfile.Profile()
    prof.enable()
    for i, text in enumerate(picked):
        extractor.extract(Document(doc=f"profile-{i}", path="", text=text))
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = next((v[3] for (f, _, n), v in stats.items() if f.endswith("extract/pipeline.py") and n == "extract"), 0)
    print(f"profile: {size / 1e6:.1f} MB, {sentences} segments (cProfile adds overhead; compare shares)")
    for label, suffix, name in STAGES:
        cum = sum(v[3] for (f, _, n), v in stats.items() if f.endswith(suffix) and n == name)
        print(f"  {label:32s} {cum / sentences * 1e6:8.1f} µs/segment  {100 * cum / total:5.1f} %")


def spacy_baseline(docs: list[str]) -> tuple[float | None, int]:
    """Seconds for spaCy's blank English tokenizer + PhraseMatcher (catalog aliases) over ``docs``."""
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        print("spaCy baseline     : skipped (pip install 'aidtracker[bench]')")
        return None, 0
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    aliases = sorted({a.alias for a in load_reference().catalog.aliases})
    matcher.add("SYSTEM", list(nlp.tokenizer.pipe(aliases)))
    t0 = time.perf_counter()
    hits = 0
    for doc in nlp.tokenizer.pipe(docs, batch_size=256):
        hits += len(matcher(doc))
    return time.perf_counter() - t0, hits


if __name__ == "__main__":
    main()
