"""aidtracker: who gave what military aid to whom, read from report text, with provenance.

>>> import aidtracker
>>> sorted(n for n in aidtracker.__all__)[:4]
['Document', 'Record', 'check_data', 'documents']
"""
from __future__ import annotations

from .aggregate import documents, events, pivot, records, summarize
from .corrections import correct
from .reconciliation import reconcile
from .api import extract as extract_files, extract_text, ingest, report
from .model import Document, Record
from .reference import check_data, load_reference

__version__ = "0.1.0"
# ``extract`` and ``reports`` are subpackages; the file-extraction function is ``extract_files``.
__all__ = ["Document", "Record", "check_data", "correct", "documents", "events", "extract_files", "extract_text",
           "ingest", "load_reference", "pivot", "reconcile", "records", "report", "summarize"]
