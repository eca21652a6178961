"""The pytest plugin: scripts × targets as items, with -k, -x, --junitxml and -n working."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SUITE = {
    "basics/adds.py": "print(1 + 2)\n",
    "basics/impl.py": "import sys\nprint(sys.implementation.name)\n",
    "basics/skips.py": "print('SKIP')\nraise SystemExit\n",
}


def _pytest(tmp_path: Path, *args: str, files: dict[str, str] = SUITE) -> subprocess.CompletedProcess:
    suite = tmp_path / "suite"
    for rel, text in files.items():
        (suite / rel).parent.mkdir(parents=True, exist_ok=True)
        (suite / rel).write_text(text)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "pytest", str(suite), "-p", "no:cacheprovider", "-q", *args],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


def test_each_script_on_each_target_is_an_item_with_a_diff_on_failure(tmp_path, require_target):
    require_target("unix")
    proc = _pytest(tmp_path, "--target", "unix", "--target", "cpython", "-rA")
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "PASSED" in out and "adds.py::adds.py[unix]" in out
    assert "FAILED" in out and "impl.py::impl.py[unix]" in out
    assert "-cpython\n+micropython" in out  # the failure shows the diff, expected → actual
    assert "SKIPPED" in out and "test printed SKIP on this target" in out
    assert "1 failed, 3 passed, 2 skipped" in out


def test_k_selects_and_junitxml_records(tmp_path, require_target):
    require_target("unix")
    xml = tmp_path / "out.xml"
    proc = _pytest(tmp_path, "--target", "unix", "-k", "adds", f"--junitxml={xml}")
    assert proc.returncode == 0, proc.stdout
    assert "1 passed" in proc.stdout and "deselected" in proc.stdout
    assert 'name="adds.py[unix]"' in xml.read_text()


def test_x_stops_at_the_first_failure(tmp_path, require_target):
    require_target("unix")
    proc = _pytest(tmp_path, "--target", "unix", "-x", "-k", "impl or skips")
    assert proc.returncode == 1
    assert "stopping after 1 failures" in proc.stdout


def test_xdist_workers_run_items_in_parallel(tmp_path, require_target):
    require_target("unix")
    pytest.importorskip("xdist")
    proc = _pytest(tmp_path, "--target", "unix", "-n", "2", "-k", "adds or skips")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed, 1 skipped" in proc.stdout


def test_without_target_conformance_scripts_are_not_collected(tmp_path):
    proc = _pytest(tmp_path)
    assert proc.returncode == 5  # nothing collected: the plugin stays out of ordinary test runs


@pytest.mark.qemu
def test_xdist_loadgroup_keeps_a_boards_tests_on_one_worker(tmp_path, require_target):
    """A real xdist run over the emulated micro:bit and a local target: the board's items all go to one worker,
    whatever xdist's balancing would do, and every item passes."""
    require_target("qemu-microbit")
    pytest.importorskip("xdist")
    files = {f"basics/n{i}.py": f"print({i} + {i})\n" for i in range(4)}
    proc = _pytest(tmp_path, "--target", "qemu-microbit", "--target", "ref", "-n", "2", "--dist", "loadgroup", "-vv",
                   files=files)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "8 passed" in proc.stdout
    lines = [ln for ln in proc.stdout.splitlines() if "PASSED" in ln and ln.startswith("[gw")]
    workers = {ln.split("]")[0] for ln in lines if "[qemu-microbit]" in ln}
    assert len(lines) == 8 and len(workers) == 1, proc.stdout


def test_board_targets_under_xdist_without_loadgroup_are_warned_about(tmp_path):
    pytest.importorskip("xdist")
    proc = _pytest(tmp_path, "--target", "serial:/dev/nonexistent-board", "-n", "2", "--collect-only",
                   files={"basics/a.py": "print(1)\n"})
    assert "without --dist loadgroup" in proc.stdout + proc.stderr


def test_an_unknown_target_is_one_usage_line_before_any_item(tmp_path):
    proc = _pytest(tmp_path, "--target", "bogus", files={"basics/a.py": "print(1)\n"})
    assert proc.returncode == 4   # pytest's usage error
    assert "--target: unknown target 'bogus'" in proc.stderr and "INTERNALERROR" not in proc.stdout + proc.stderr
