"""A board farm: boards exported by ser2net (RFC2217) on other hosts join one pool through one label.

Here the hosts are two emulated micro:bits behind two ser2net instances on loopback; `mpconform run` gets the
two rfc2217:// targets with one label, as the README's farm set-up says.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mpconform.runners.processes import stop_process
from mpconform.runners.qemu import QemuMicrobit

from .conftest import HAVE_QEMU, HAVE_SER2NET, start_ser2net

pytestmark = [pytest.mark.qemu, pytest.mark.ser2net, pytest.mark.slow,
              pytest.mark.skipif(not (HAVE_QEMU and HAVE_SER2NET), reason="needs qemu-system-arm, the micro:bit "
                                                                           "firmware and ser2net")]

ROOT = Path(__file__).resolve().parents[2]
TESTS = 16


@pytest.fixture()
def farm(tmp_path):
    """Two exported boards: [((QemuMicrobit, ser2net process), target string)], each behind its own ser2net."""
    qemus, daemons, targets = [], [], []
    try:
        for i in range(2):
            qemus.append(QemuMicrobit(serial="pty").start())
            (tmp_path / f"host{i}").mkdir()
            proc, port = start_ser2net(qemus[-1].pty, tmp_path / f"host{i}")
            daemons.append(proc)
            targets.append(f"serial:rfc2217://127.0.0.1:{port}?ign_set_control,label=farm")
        yield list(zip(zip(qemus, daemons), targets))
    finally:
        for proc in daemons:
            stop_process(proc)
        for q in qemus:
            q.stop()


def _suite(root: Path) -> Path:
    for i in range(TESTS):  # each takes a noticeable time on a board, so both boards get work
        (root / "farm").mkdir(parents=True, exist_ok=True)
        (root / "farm" / f"t{i:02d}.py").write_text(f"import time\ntime.sleep(0.25)\nprint({i} * 7)\n")
        (root / "farm" / f"t{i:02d}.py.exp").write_text(f"{i * 7}\n")
    return root


def _journal_boards(path: Path) -> list[str]:
    try:
        lines = path.read_text().splitlines()[1:]
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line)["board"])
        except (ValueError, KeyError):
            continue  # a line being written
    return out


def test_two_exported_boards_share_a_run_and_one_that_dies_costs_no_result(farm, tmp_path):
    (_, t1), ((q2, s2), t2) = farm
    suite = _suite(tmp_path / "suite")
    journal = tmp_path / "journal.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "mpconform", "run", str(suite), "-t", t1, "-t", t2, "--json",
                             str(tmp_path / "r.json"), "--journal", str(journal), "-q", "--timeout", "10"],
                            cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            seen = _journal_boards(journal)
            if seen.count(t2) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None and _journal_boards(journal).count(t2) >= 2, "board 2 never ran a test"
        done_before = len(_journal_boards(journal))
        # The second host dies midway: its ser2net and its board. (Its board alone would free a pty that
        # another test's emulator may get next, and ser2net would then reach that board instead.)
        os.kill(s2.pid, signal.SIGKILL)
        os.kill(q2.proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert done_before < TESTS
    results = json.loads((tmp_path / "r.json").read_text())["results"]
    assert proc.returncode == 0, out + err
    assert sorted(r["test"] for r in results) == [f"farm/t{i:02d}.py" for i in range(TESTS)]
    assert {r["verdict"] for r in results} == {"pass"}     # the dead board's test ran again on the other
    boards = {r["board"] for r in results}
    assert boards == {t1, t2}
    warnings = [ln for ln in err.splitlines() if "board lost midway" in ln]
    assert len(warnings) == 1 and t2 in warnings[0] and t1 not in warnings[0], err
    assert "Traceback" not in err
    target = json.loads((tmp_path / "r.json").read_text())["targets"]["farm"]
    assert target["instances"] == 2 and len(target["lost"]) == 1 and "aborted" not in target
