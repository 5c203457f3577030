"""Docstring examples in the package are tests too."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import aidtracker

MODULES = sorted(m.name for m in pkgutil.walk_packages(aidtracker.__path__, "aidtracker.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
