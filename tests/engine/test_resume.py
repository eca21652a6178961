"""A run killed midway and resumed ends with every result once; signals leave no worker behind."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from engine_helpers import ROOT, load_results, run_cli

SLOW = "import time\ntime.sleep(0.3)\nprint({n})\n"


def _start(args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "mpconform", "run", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _journal_results(path):
    lines = path.read_text().splitlines()[1:] if path.exists() else []
    return [json.loads(x) for x in lines if x.strip().startswith("{") and x.strip().endswith("}")]


def _wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _children(parents, marker=""):
    out = subprocess.run(["ps", "-e", "-ww", "-o", "pid=,ppid=,args="], capture_output=True, text=True).stdout
    pids = []
    for line in out.splitlines():
        pid, ppid, args = (line.split(None, 2) + [""])[:3]
        if int(ppid) in parents and marker in args:
            pids.append(int(pid))
    return pids


def _worker_pids(parent):
    """PIDs of the fork workers a given mpconform process started (its direct children)."""
    return _children({parent}, "_forkworker.py")


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:  # a zombie is dead for our purpose
        return f.read().split(") ", 1)[1][0] != "Z"


def test_kill_midway_then_resume_loses_and_repeats_nothing(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({f"basics/t{n:02}.py": SLOW.format(n=n) for n in range(12)})
    journal = tmp_path / "journal.jsonl"
    args = [str(root), "-t", "unix", "-j", "1", "--journal", str(journal), "--no-cache", "-q"]
    proc = _start(args, tmp_path)
    try:
        assert _wait_for(lambda: len(_journal_results(journal)) >= 4), "no progress in the journal"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    before = {r["test"] for r in _journal_results(journal)}
    assert 4 <= len(before) < 12
    resumed = run_cli(args + ["--resume", "--json", str(tmp_path / "r.json")], tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    results = load_results(tmp_path / "r.json")
    assert sorted(r["test"] for r in results) == [f"basics/t{n:02}.py" for n in range(12)]
    assert all(r["verdict"] == "pass" for r in results)
    journalled = [r["test"] for r in _journal_results(journal)]
    assert len(journalled) == len(set(journalled)) == 12  # none repeated, none lost


def test_resume_refuses_a_journal_from_another_run(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({"basics/a.py": "print(1)\n"})
    journal = tmp_path / "j.jsonl"
    assert run_cli([str(root), "-t", "unix", "--journal", str(journal), "-q"], tmp_path).returncode == 0
    other = run_cli([str(root), "-t", "cpython", "--journal", str(journal), "--resume", "-q"], tmp_path)
    assert other.returncode == 2 and "journal is from a different run" in other.stderr


def test_sigterm_stops_the_run_keeps_results_and_leaves_no_worker(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({f"basics/t{n:02}.py": SLOW.format(n=n) for n in range(20)})
    journal = tmp_path / "journal.jsonl"
    proc = _start([str(root), "-t", "unix", "-j", "1", "--journal", str(journal), "--no-cache", "-q"], tmp_path)
    try:
        assert _wait_for(lambda: len(_journal_results(journal)) >= 2)
        workers = _worker_pids(proc.pid)
    except BaseException:
        proc.kill()
        raise
    assert workers, "expected the run to have started fork workers"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "re-run with --resume to finish" in err
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10), workers
    assert len(_journal_results(journal)) >= 2


def test_sigkill_of_the_harness_takes_its_workers_down(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({"basics/spin.py": "# mpconform: timeout=60\nwhile True:\n    pass\n",
                  "basics/spin.py.exp": ""})
    proc = _start([str(root), "-t", "unix", "-j", "1", "--no-cache", "-q", "--journal", str(tmp_path / "j")], tmp_path)
    try:
        assert _wait_for(lambda: len(_worker_pids(proc.pid)) >= 2)  # the oracle's and the target's
        time.sleep(1.0)  # the looping program is running in a forked child now
        workers = _worker_pids(proc.pid)
        programs = _children(set(workers))
        assert programs, "expected the looping program to be running"
    finally:
        proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10), workers
    assert _wait_for(lambda: not any(_alive(pid) for pid in programs), timeout=10), "program outlived its harness"
