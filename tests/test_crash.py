"""Crash safety and concurrency with real processes: kill -9 in the middle of an ingest leaves
a consistent store, and running again gives exactly the records of an uninterrupted run; two
ingests at once lose nothing."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES

EXE = str(Path(sys.executable).parent / "aidtracker")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """120 distinct documents built from the sample sentences."""
    from aidtracker.sources import html_to_text
    from aidtracker.text import segment
    sentences = []
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix in (".txt", ".md", ".html"):
            text = p.read_text(encoding="utf-8")
            text = html_to_text(text) if p.suffix == ".html" else text
            sentences += [s.text for s in segment(text) if any(c.isdigit() for c in s.text)]
    rng = random.Random(11)
    out = tmp_path_factory.mktemp("docs")
    for i in range(120):
        picked = rng.sample(sentences, 12)
        body = "\n\n".join(s.replace("20", str(rng.randint(2, 99)), 1) for s in picked)
        (out / f"doc-{i:03d}-2025-10-{1 + i % 28:02d}.txt").write_text(body, encoding="utf-8")
    return out


def _ingest(db: Path, *paths: Path) -> subprocess.Popen:
    return subprocess.Popen([EXE, "ingest", "--db", str(db), *map(str, paths)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _snapshot(db: Path) -> tuple[set, dict]:
    con = sqlite3.connect(db)
    try:
        ids = {(d, i) for d, i in con.execute("SELECT doc, id FROM records")}
        per_doc = dict(con.execute("SELECT doc, COUNT(*) FROM records GROUP BY doc"))
        docs = {d for (d,) in con.execute("SELECT doc FROM documents")}
        return ids, {d: per_doc.get(d, 0) for d in docs}
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory) -> tuple[set, dict]:
    db = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    assert _ingest(db, folder).wait(timeout=300) == 0
    return _snapshot(db)


def _documents(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_9_leaves_a_consistent_store_and_a_rerun_completes_it(folder, reference, tmp_path):
    ref_ids, ref_counts = reference
    db = tmp_path / "crash.sqlite"
    proc = _ingest(db, folder)
    deadline = time.time() + 120
    while _documents(db) < 10 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    ids, counts = _snapshot(db)
    assert 10 <= len(counts) < len(ref_counts)
    for doc, n in counts.items():       # every stored document is complete, none half-written
        assert n == ref_counts[doc], doc
    assert _ingest(db, folder).wait(timeout=300) == 0
    assert _snapshot(db) == reference


def test_two_ingests_at_once_lose_nothing(folder, reference, tmp_path):
    files = sorted(folder.iterdir())
    half_a, half_b = tmp_path / "a", tmp_path / "b"
    half_a.mkdir()
    half_b.mkdir()
    for i, f in enumerate(files):
        (half_a if i % 2 else half_b).joinpath(f.name).write_bytes(f.read_bytes())
    db = tmp_path / "both.sqlite"
    procs = [_ingest(db, half_a), _ingest(db, half_b), _ingest(db, folder)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0]
    assert _snapshot(db) == reference


def test_parallel_ingest_gives_the_records_of_a_serial_one(folder, reference, tmp_path):
    db = tmp_path / "jobs2.sqlite"
    proc = subprocess.Popen([EXE, "ingest", "--jobs", "2", "--db", str(db), str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert proc.wait(timeout=300) == 0
    assert _snapshot(db) == reference
