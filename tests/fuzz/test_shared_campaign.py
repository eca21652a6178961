"""A fuzz campaign shared by workers through a store (Redis, or a directory): each program run once, each bucket
reduced once, the campaign's figures the sum of the workers', and a worker that dies costs nothing saved."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mpconform.fuzz.shared import SharedCorpus
from mpconform.fuzz.store import open_store

ROOT = Path(__file__).resolve().parents[2]
# The self-test target (CPython whose // truncates) diverges often, in a few kinds of bucket worth reducing.
TARGETS = ["-t", "cpython", "-t", "broken-floordiv"]

pytestmark = pytest.mark.slow


def _fuzz(tmp_path: Path, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "mpconform", "fuzz", *TARGETS, *args], cwd=tmp_path,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _check_campaign(doc: dict) -> None:
    """What a shared campaign must add up to, from the --json of the whole campaign."""
    workers = doc["workers"]
    assert len(workers) == 2 and all(w["state"] == "done" for w in workers)
    seeds = [s for w in workers for a, b in w["ranges"] for s in range(a, b)]
    assert len(seeds) == len(set(seeds))                                  # no program run twice
    assert len(seeds) == doc["stats"]["programs"] == sum(w["stats"]["programs"] for w in workers)
    assert all(w["stats"]["programs"] > 0 for w in workers)
    for key in ("valid", "divergent", "three"):
        assert doc["stats"][key] == sum(w["stats"][key] for w in workers)
    reduced = [bid for w in workers for bid in w["reduced"]]
    assert len(reduced) == len(set(reduced))                              # no bucket reduced by two workers
    counts = sum(n for w in workers for n in w["counts"].values())
    assert sum(b["count"] for b in doc["buckets"]) == counts              # bucket counts add up
    new = [b for b in doc["buckets"] if b["kind"] == "new"]
    assert new and all(b["reduced"] for b in new)


@pytest.mark.parametrize("store", ["redis", "dir"])
def test_two_workers_share_one_campaign(store, tmp_path, need, request):
    need("cpython")
    url = request.getfixturevalue("redis_url") if store == "redis" else f"dir:{tmp_path / 'store'}"
    proc = _fuzz(tmp_path, "--store", url, "--workers", "2", "--programs", "160", "--reduce-budget", "60",
                 "--reduce-checks", "60", "--lease", "4", "--json", "all.json", "--out", "out")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, out + err   # 1: new buckets (the self-test target's bug)
    doc = json.loads((tmp_path / "all.json").read_text())
    _check_campaign(doc)
    assert doc["stats"]["programs"] == 320
    view = SharedCorpus(open_store(url), {}, register=False, check=False).load()
    for b in view.buckets.values():   # exactly one reduction saved per reduced bucket
        assert len(list(open_store(url).fetch(f"reduced/{b.id}"))) == (1 if b.reduced else 0)
    assert (tmp_path / "out" / "state.json").exists() and list((tmp_path / "out" / "candidates").iterdir())
    assert "w1@" in out and "w2@" in out


def test_a_worker_killed_midway_is_named_and_the_others_results_are_kept(tmp_path, need):
    need("cpython")
    url = f"dir:{tmp_path / 'store'}"
    proc = _fuzz(tmp_path, "--store", url, "--workers", "2", "--budget", "8", "--no-reduce", "--json", "all.json")
    reader = SharedCorpus(open_store(url), {}, register=False, check=False)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            saved = {w.id: w.stats.programs for w in reader.load().workers}
            if len(saved) == 2 and min(saved.values()) > 0:
                break
            time.sleep(0.2)
        # The workers are children of the launching process (of whichever of its threads started them).
        workers = sorted(int(pid) for f in Path(f"/proc/{proc.pid}/task").glob("*/children")
                         for pid in f.read_text().split())
        assert len(workers) == 2
        victim = workers[1]
        os.kill(victim, signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 3, out + err
    died = [ln for ln in err.splitlines() if "died" in ln]
    assert len(died) == 1 and f"(pid {victim})" in died[0] and "SIGKILL" in died[0] and url in died[0], err
    doc = json.loads((tmp_path / "all.json").read_text())
    dead = [w for w in doc["workers"] if w["state"] != "done"]
    alive = [w for w in doc["workers"] if w["state"] == "done"]
    assert len(dead) == 1 and len(alive) == 1
    assert dead[0]["stats"]["programs"] > 0                          # what it had saved is kept
    assert doc["stats"]["programs"] == dead[0]["stats"]["programs"] + alive[0]["stats"]["programs"]
    seeds = [s for w in doc["workers"] for a, b in w["ranges"] for s in range(a, b)]
    assert len(seeds) == len(set(seeds))


def test_workers_of_another_campaign_are_refused_in_one_line(tmp_path, need):
    need("cpython")
    url = f"dir:{tmp_path / 'store'}"
    first = _fuzz(tmp_path, "--store", url, "--programs", "16", "--no-reduce", "--quiet")
    assert first.wait(timeout=120) in (0, 1)
    other = subprocess.run([sys.executable, "-m", "mpconform", "fuzz", "-t", "cpython", "-t", "ref", "--store", url,
                            "--programs", "16"], cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                           capture_output=True, text=True, timeout=120)
    assert other.returncode == 2
    assert other.stderr.count("\n") == 1 and "holds a campaign of targets cpython, broken-floordiv" in other.stderr
