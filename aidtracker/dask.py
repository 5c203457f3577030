"""Run the same pure extraction on a Dask cluster: a bag of files or a DataFrame of texts in,
a Dask DataFrame of records (the contract schema) out.

Needs the ``dask`` extra (``pip install 'aidtracker[dask]'``). Point it at a real cluster with
``distributed.Client("tcp://scheduler:8786")`` before computing; each worker loads the
reference data once.

>>> import dask.bag as db                                     # doctest: +SKIP
>>> records = records_from_paths(db.from_sequence(paths, npartitions=64))  # doctest: +SKIP
>>> records.groupby("donor").quantity.sum().compute()        # doctest: +SKIP
"""
from __future__ import annotations

import threading
from datetime import date
from functools import lru_cache
from pathlib import Path

import dask.bag as dbag
import dask.dataframe as dd
import pandas as pd

from .extract.pipeline import DocumentExtractor
from .model import RECORD_COLUMNS, Document
from .reference import load_reference
from .sources import ManifestEntry, read_document
from .errors import SourceError

NUMERIC = ("quantity", "value", "stated_usd", "value_usd", "value_eur", "fx_rate", "value_estimate_usd",
           "calibre_mm")
INTEGER = ("start", "end")


def meta() -> pd.DataFrame:
    """An empty frame with the record contract's columns and dtypes."""
    cols = {}
    for c in RECORD_COLUMNS:
        cols[c] = pd.Series(dtype="float64" if c in NUMERIC else "Int64" if c in INTEGER else "object")
    return pd.DataFrame(cols)


@lru_cache(maxsize=2)
def _reference(data: str):
    return load_reference(data or None)


# An extractor keeps the state of the document it is reading (the sentences before, the giver in
# view), so threads of one worker (``processes=False``, ``threads_per_worker`` > 1) each need their
# own; the reference data they read is shared.
_local = threading.local()


def _extractor(data: str) -> DocumentExtractor:
    cache = _local.__dict__.setdefault("extractors", {})
    if data not in cache:
        cache[data] = DocumentExtractor(_reference(data))
    return cache[data]


def _rows(records) -> list[dict]:
    return [r.as_row() for r in records]


def extract_path(path: str, entries: dict[str, ManifestEntry] | None = None, data: str = "") -> list[dict]:
    """Records of one file as dicts (unreadable files give none; the local CLI reports them)."""
    try:
        doc = read_document(Path(path), entries or {})
    except SourceError:
        return []
    return _rows(_extractor(data).extract(doc))


def extract_text(doc: str, text: str, when: str | date | None = None, source: str = "", data: str = "") -> list[dict]:
    """Records of one text as dicts."""
    day = date.fromisoformat(when) if isinstance(when, str) and when else (when or None)
    return _rows(_extractor(data).extract(Document(doc=doc, path="", text=text, source=source, date=day)))


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    template = meta()
    for c in RECORD_COLUMNS:
        frame[c] = frame[c].astype(template[c].dtype)
    return frame


def records_from_paths(paths: dbag.Bag, manifest: dict[str, ManifestEntry] | None = None,
                       data: str = "") -> dd.DataFrame:
    """Records of a bag of file paths, as a Dask DataFrame in the record contract."""
    import dask
    frames = [dask.delayed(_partition)(part, manifest, data) for part in paths.to_delayed()]
    return dd.from_delayed(frames, meta=meta(), verify_meta=False)


def _partition(paths: list[str], manifest, data: str) -> pd.DataFrame:
    return _frame([r for p in paths for r in extract_path(p, manifest, data)])


def records_from_texts(texts: dd.DataFrame, data: str = "") -> dd.DataFrame:
    """Records of a Dask DataFrame with columns ``doc``, ``text`` and optional ``date``, ``source``."""
    def part(frame: pd.DataFrame) -> pd.DataFrame:
        rows = []
        for row in frame.itertuples(index=False):
            rows.extend(extract_text(row.doc, row.text, getattr(row, "date", None) or None,
                                     getattr(row, "source", "") or "", data))
        return _frame(rows)
    return texts.map_partitions(part, meta=meta())
