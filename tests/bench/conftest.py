"""Fixtures of the benchmark tests: a folder of user benchmarks, the altered unix target, running the command."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpconform.cli import main as mpconform_main
from mpconform.runners.registry import REGISTRY

HERE = Path(__file__).resolve().parent

#: Small and fast everywhere: what most tests run (a few benchmarks, short budget, few repeats).
QUICK = ["--budget", "10ms", "--repeats", "5", "-q"]


@pytest.fixture
def bench(capsys):
    """`bench(*argv)` runs `mpconform bench` in this process: (exit code, stdout, stderr)."""
    def run(*argv: str) -> tuple[int, str, str]:
        rc = mpconform_main(["bench", *argv])
        out, err = capsys.readouterr()
        return rc, out, err
    return run


@pytest.fixture
def altered(monkeypatch):
    """The registry line of the altered unix port (altered_unix.py), in this process."""
    monkeypatch.syspath_prepend(str(HERE))
    monkeypatch.setitem(REGISTRY, "altered-unix", "altered_unix:AlteredUnix")
    return "altered-unix"


def results(path: Path) -> dict[tuple[str, str], dict]:
    """(bench, target) → result record of a results file."""
    doc = json.loads(path.read_text())
    assert doc["schema"] == "mpconform-bench/1"
    return {(r["bench"], r["target"]): r for r in doc["results"]}
