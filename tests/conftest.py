"""Shared fixtures: the shipped reference data, an extractor, and the shared corpus.

Tests that need ../shared/corpus skip when it is absent, except under CI (CI=true), where a
missing corpus is a failure.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from aidtracker.extract.pipeline import DocumentExtractor
from aidtracker.reference import load_reference

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AIDTRACKER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="session")
def ref():
    return load_reference()


@pytest.fixture(scope="session")
def extractor(ref):
    return DocumentExtractor(ref)


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "gold.csv").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"shared corpus missing at {CORPUS} (required when CI=true)")
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def shared_tools(corpus) -> Path:
    return corpus.parent / "tools"
