"""The Dask path gives the records of the local path, on a local cluster."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

pytest.importorskip("distributed")

import dask.bag as dbag  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from aidtracker.api import extract  # noqa: E402
from aidtracker.dask import _extractor, extract_text, records_from_paths, records_from_texts  # noqa: E402
from aidtracker.model import RECORD_COLUMNS  # noqa: E402
from aidtracker.sources import iter_paths, read_manifest  # noqa: E402

KEY = ["doc", "start", "end", "donor", "system", "quantity", "status"]


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


def _local(corpus) -> pd.DataFrame:
    rows = [r.as_row() for _, recs in extract([corpus / "docs"], corpus / "sources.csv") for r in recs]
    return pd.DataFrame(rows, columns=list(RECORD_COLUMNS))


def _norm(frame: pd.DataFrame) -> list[tuple]:
    frame = frame[KEY].astype(object).where(frame[KEY].notna(), None)
    return sorted(tuple(r) for r in frame.itertuples(index=False))


def test_dask_bag_of_files_matches_local(client, corpus):
    manifest = read_manifest(corpus / "sources.csv")
    paths = dbag.from_sequence([str(p) for p in iter_paths([corpus / "docs"])], npartitions=4)
    got = records_from_paths(paths, manifest).compute()
    assert list(got.columns) == list(RECORD_COLUMNS)
    assert _norm(got) == _norm(_local(corpus))


def test_dask_dataframe_of_texts_matches_local(client, corpus):
    manifest = read_manifest(corpus / "sources.csv")
    docs = [(p.stem, p.read_text(encoding="utf-8"), manifest[p.stem].date.isoformat())
            for p in iter_paths([corpus / "docs"])]
    texts = dd.from_pandas(pd.DataFrame(docs, columns=["doc", "text", "date"]), npartitions=3)
    got = records_from_texts(texts).compute()
    local = _local(corpus)
    assert _norm(got) == _norm(local)


def test_each_thread_reads_with_its_own_extractor():
    """An extractor holds the state of the document it reads, so two worker threads never share one
    (with ``processes=False`` they did, and records of one document leaked into another)."""
    barrier = threading.Barrier(2)

    def both_ids(_):
        barrier.wait()          # both threads alive at once, so neither can reuse the other's thread
        return _extractor(""), _extractor("")

    with ThreadPoolExecutor(max_workers=2) as pool:
        (a1, a2), (b1, b2) = pool.map(both_ids, range(2))
    assert a1 is a2 and b1 is b2
    assert a1 is not b1


def test_threads_give_the_records_of_one_thread(corpus):
    manifest = read_manifest(corpus / "sources.csv")
    docs = [(p.stem, p.read_text(encoding="utf-8"), manifest[p.stem].date.isoformat())
            for p in iter_paths([corpus / "docs"])]
    alone = [extract_text(*d) for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda d: extract_text(*d), docs * 3))
    assert together == alone * 3
