"""The README's examples run, and every command is documented."""
from __future__ import annotations

import doctest
import os

from aidtracker.cli import main

from conftest import ROOT


def test_readme_examples_run(monkeypatch):
    monkeypatch.chdir(ROOT)
    db = ROOT / "reports" / "readme.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{db}{suffix}"):
            os.remove(f"{db}{suffix}")
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False,
                              optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 5 and result.failed == 0


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"aidtracker {name}" in readme, name


def test_readme_quick_start_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.splitlines() if line.startswith("    ")]
    assert commands == ["make demo", "make test"]
