"""Adding a target is one file and one registry line: a runner class (acme_runner.py) and an entry point, as a
package that ships a target declares it. With nothing else edited, the target works in `mpconform run`,
`fuzz` and `targets`, in the conformance kit, and in the pytest plugin, in this process and in subprocesses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mpconform.cli import main as mpconform_main
from mpconform.runners import make_runner
from mpconform.runners.contract_kit import check_runner

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGES = ("runners", "conformance", "fuzz", "reports", "interpreter", "mpconform")

SUITE = {
    "basics/adds.py": "print(1 + 2)\n",
    "basics/skips.py": "print('SKIP')\nraise SystemExit\n",
    "basics/differs.py": "print('this')\n",
    "basics/differs.py.exp": "that\n",
    "basics/loops.py": "# mpconform: timeout=1\nprint('start')\nwhile True:\n    pass\n",
    "basics/loops.py.exp": "start\n",
}
VERDICTS = {"basics/adds.py": "pass", "basics/skips.py": "skip", "basics/differs.py": "fail",
            "basics/loops.py": "timeout"}


@pytest.fixture
def acme(tmp_path, monkeypatch):
    """The registry line, `acme = acme_runner:AcmeRunner` in the group mpconform.targets, installed where this
    process and every process it starts will find it."""
    site = tmp_path / "site"
    info = site / "acme_target-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-target\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[mpconform.targets]\nacme = acme_runner:AcmeRunner\n")
    monkeypatch.syspath_prepend(str(HERE))
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), str(HERE), str(site)]))
    return site


@pytest.fixture
def suite(tmp_path):
    root = tmp_path / "suite"
    for rel, text in SUITE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_nothing_in_mpconform_names_the_new_target():
    hits = [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py") if "acme" in p.read_text(errors="replace")]
    assert hits == []


def test_targets_lists_and_probes_it(acme, capsys):
    assert mpconform_main(["targets"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("acme "))
    assert " yes " in row and "CPython spawned afresh" in row and "cpython 3." in row


def test_it_passes_the_conformance_kit_as_its_class_declares(acme):
    check_runner(lambda: make_runner("acme"))  # the crash check included: the class names a crash program


def test_run_judges_the_suite_on_it_in_a_subprocess(acme, suite, tmp_path, require_target):
    require_target("cpython")
    proc = subprocess.run([sys.executable, "-m", "mpconform", "run", str(suite), "-t", "acme", "-j", "2",
                           "--json", str(tmp_path / "r.json"), "--no-cache", "-q", "--journal", str(tmp_path / "j")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    results = json.loads((tmp_path / "r.json").read_text())
    assert {r["test"]: r["verdict"] for r in results["results"]} == VERDICTS
    assert results["targets"]["acme"]["instances"] == 2 and results["targets"]["acme"]["runner"] == "acme"


def test_fuzz_compares_it_with_cpython(acme, tmp_path, require_target):
    require_target("cpython")
    report = tmp_path / "fuzz.json"
    assert mpconform_main(["fuzz", "-t", "cpython", "-t", "acme", "--programs", "32", "--quiet", "--no-reduce",
                           "--json", str(report)]) == 0
    s = json.loads(report.read_text())["stats"]
    assert s["programs"] == 32 and s["valid"] == 32 and s["agree"]["acme"] == 32


def test_the_pytest_plugin_runs_scripts_on_it(acme, suite, tmp_path, require_target):
    require_target("cpython")
    proc = subprocess.run([sys.executable, "-m", "pytest", str(suite), "--target", "acme", "-p", "no:cacheprovider",
                           "-q", "-rA"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "2 failed, 1 passed, 1 skipped" in proc.stdout and "loops.py[acme]" in proc.stdout
