"""Time `aidtracker report` on a large store (default one million records), with peak memory.

The store is filled with records drawn from the sample documents' own records, with donors,
systems, quantities and dates varied, so grouping and pivots do real work.

usage: python benchmarks/report_scale.py [--records 1000000]
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aidtracker.api import extract  # noqa: E402
from aidtracker.model import RECORD_COLUMNS, Document  # noqa: E402
from aidtracker.reference import load_reference  # noqa: E402
from aidtracker.store import connect, record_id  # noqa: E402


def build_store(db: Path, n: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    samples = [r for _, recs in extract([ROOT / "data" / "samples"], ROOT / "data" / "samples" / "manifest.csv")
               for r in recs]
    ref = load_reference()
    donors = sorted(c.name for c in ref.gazetteer.countries.values() if c.un_member)[:60]
    systems = [(s.name, s.category) for s in ref.catalog.systems.values()]
    con = connect(db)
    per_doc = 20
    start = date(2022, 2, 24)
    cols = ["id", "seq", *RECORD_COLUMNS]
    placeholders = ", ".join("?" * len(cols))
    con.execute("BEGIN")
    for d in range(n // per_doc):
        doc = f"bulk-{d:07d}"
        day = start + timedelta(days=rng.randrange(1300))
        con.execute("INSERT INTO documents (doc, path, source, date, sha256, chars, ingested_at, text) "
                    "VALUES (?,?,?,?,?,?,?,?)",
                    (doc, f"{doc}.txt", "generated", day.isoformat(), f"{d:064x}", 3000, "", ""))
        rows = []
        for k in range(per_doc):
            base = rng.choice(samples)
            name, cat = rng.choice(systems) if base.category != "package" else ("", "package")
            r = replace(base, doc=doc, donor=rng.choice(donors), system=name, category=cat,
                        quantity=float(rng.randint(1, 500)) if base.quantity is not None else None,
                        date=(day + timedelta(days=rng.randrange(3))).isoformat(), start=k * 100, end=k * 100 + 40)
            row = r.as_row()
            rows.append((record_id(r), k, *[row[c] for c in RECORD_COLUMNS]))
        con.executemany(f"INSERT INTO records ({', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)}) "
                        f"VALUES ({placeholders})", rows)
    con.execute("COMMIT")
    con.close()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--db", default=str(ROOT / "reports" / "bench-large.sqlite"))
    ap.add_argument("--reuse", action="store_true", help="keep an existing store instead of rebuilding it")
    args = ap.parse_args(argv)
    db = Path(args.db)
    if not (args.reuse and db.exists()):
        db.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_store(db, args.records)
        print(f"store: {args.records} records built in {time.perf_counter() - t0:.1f} s")
    import subprocess
    out = ROOT / "reports" / "bench-large.xlsx"
    exe = Path(sys.executable).parent / "aidtracker"
    t0 = time.perf_counter()
    # the report runs in its own process so its peak memory is measured alone
    subprocess.run([str(exe), "report", "--db", str(db), "-o", str(out)], check=True)
    elapsed = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"report: {out} in {elapsed:.1f} s; peak memory of the report process (RSS) {rss:.0f} MB")
    for extra in sorted(out.parent.glob(out.stem + ".*")):
        if extra != out:
            print(f"  alongside: {extra.name} ({extra.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
