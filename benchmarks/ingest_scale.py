"""Memory and time of `aidtracker ingest --jobs N` over a large folder, and parallel = serial.

Writes a corpus of about --mb MB as report-sized files (the varied sentences of
benchmarks/throughput.py, ten 3 KB documents per file) into a scratch folder, runs the real
command line on it and samples, twice a second, the resident memory of the writer process and
of each worker process. Prints wall time, MB/s, records, the peak RSS of the writer and of the
largest worker, and the peak of all of them together (PSS, so pages shared after fork count once).

With --compare, also ingests the same folder with --jobs 1 and checks that both stores hold
exactly the same records (use a smaller --mb: the serial run takes N times as long).

usage: python benchmarks/ingest_scale.py [--mb 1000] [--jobs 2] [--compare] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import build_corpus  # noqa: E402


def write_corpus(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, float]:
    """Files of ten generated documents each; returns (files, MB written)."""
    folder.mkdir(parents=True, exist_ok=True)
    files, size, k = 0, 0, 0
    # generate in slices so a gigabyte is never held in memory at once
    while size < megabytes * 1_000_000:
        docs = build_corpus(min(20.0, megabytes - size / 1_000_000 + 0.01), seed + k)
        k += 1
        for i in range(0, len(docs), 10):
            text = "\n\n".join(docs[i:i + 10])
            (folder / f"gen-{files:07d}.txt").write_text(text, encoding="utf-8")
            files += 1
            size += len(text.encode("utf-8"))
    return files, size / 1_000_000


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _kb_field(path: str, field: str) -> float:
    """A "Field:  N kB" line of a /proc file, in MB (0 once the process has gone)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _rss_mb(pid: int) -> float:
    return _kb_field(f"/proc/{pid}/status", "VmRSS:")


def _pss_mb(pid: int) -> float:
    """Proportional set size: pages shared after fork counted once across processes."""
    return _kb_field(f"/proc/{pid}/smaps_rollup", "Pss:")


def run_ingest(folder: Path, db: Path, jobs: int) -> dict:
    """Run the CLI; sample memory of the writer and its workers until it ends."""
    exe = Path(sys.executable).with_name("aidtracker")
    cmd = [str(exe), "ingest", "--jobs", str(jobs), "--db", str(db), str(folder)]
    peak = {"writer": 0.0, "worker": 0.0, "total": 0.0}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample():
        while not done.is_set():
            kids = _children(proc.pid)
            peak["writer"] = max(peak["writer"], _rss_mb(proc.pid))
            peak["worker"] = max([peak["worker"], *(_rss_mb(c) for c in kids)])
            peak["total"] = max(peak["total"], _pss_mb(proc.pid) + sum(_pss_mb(c) for c in kids))
            done.wait(0.5)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err.strip()[-500:]}")
    return {"seconds": time.perf_counter() - t0, "peak": peak, "summary": (out + err).strip().splitlines()[-1]}


def records(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(records)") if r[1] not in ("seq",)]
        return sorted(con.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM records"))
    finally:
        con.close()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1000.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--compare", action="store_true", help="also run --jobs 1 and compare the records")
    ap.add_argument("--keep", type=Path, default=None, help="scratch folder to use and keep (default: a temp dir)")
    args = ap.parse_args(argv)

    scratch = args.keep or Path(tempfile.mkdtemp(prefix="aidtracker-ingest-"))
    corpus = scratch / "corpus"
    try:
        if corpus.is_dir() and any(corpus.iterdir()):
            files = sum(1 for _ in corpus.iterdir())
            size = sum(p.stat().st_size for p in corpus.iterdir()) / 1_000_000
            print(f"corpus: reusing {files} files, {size:.1f} MB in {corpus}")
        else:
            t0 = time.perf_counter()
            files, size = write_corpus(corpus, args.mb)
            print(f"corpus: {files} files, {size:.1f} MB (written in {time.perf_counter() - t0:.0f} s)")
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        runs = [args.jobs] + ([1] if args.compare and args.jobs != 1 else [])
        stores = {}
        for jobs in runs:
            db = scratch / f"jobs{jobs}.sqlite"
            for stale in scratch.glob(f"jobs{jobs}.sqlite*"):
                stale.unlink()
            r = run_ingest(corpus, db, jobs)
            p = r["peak"]
            print(f"ingest --jobs {jobs}: {r['seconds']:.0f} s, {size / r['seconds']:.2f} MB/s; {r['summary']}")
            print(f"  peak RSS: writer {p['writer']:.0f} MB, largest worker {p['worker']:.0f} MB, "
                  f"all processes together {p['total']:.0f} MB (PSS: memory shared after fork counted once)")
            stores[jobs] = db
        if len(stores) == 2:
            a, b = records(stores[args.jobs]), records(stores[1])
            print(f"records --jobs {args.jobs} vs --jobs 1: {len(a)} vs {len(b)}, identical: {a == b}")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
