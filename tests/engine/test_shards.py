"""`mpconform run --shard I/N`: a stable split by test id, shards merged back by `mpconform report` and the gate."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from engine_helpers import ROOT, load_results, run_cli

from mpconform.conformance.shards import plan
from mpconform.reports.errors import ReportError
from mpconform.reports.runs import load_runs
from mpconform.shardinfo import parse_shard

SUITE = {
    **{f"basics/p{i:02d}.py": f"print({i} * 3)\n" for i in range(9)},
    "basics/fails.py": "import sys\nprint(sys.implementation.name)\n",
    "basics/skips.py": "print('SKIP')\nraise SystemExit\n",
    "float/f.py": "print(1.5 * 2)\n",
    "float/slow.py": "import time\ntime.sleep(0.3)\nprint('slow')\n",
}


def _shards(root, tmp_path, total, *extra):
    """Run every shard of `root` at once, each in its own process, as N CI jobs would."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-m", "mpconform", "run", str(root), "-t", "ref", "--shard",
                               f"{i}/{total}", "--json", str(tmp_path / f"s{i}.json"), "-q", *extra],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(1, total + 1)]
    for p in procs:
        p.communicate(timeout=300)
    return [tmp_path / f"s{i}.json" for i in range(1, total + 1)]


def test_the_split_depends_on_test_ids_only_and_balances_counts():
    ids = [f"a/t{i}.py" for i in range(11)]
    first = plan(ids, 3)
    assert plan(list(reversed(ids)), 3) == first          # discovery order does not matter
    sizes = sorted(list(first.values()).count(k) for k in (1, 2, 3))
    assert sizes == [3, 4, 4]


def test_durations_balance_the_shards_longest_first():
    durations = {"a": 10.0, "b": 6.0, "c": 5.0, "d": 4.0, "e": 1.0}
    load = lambda split: sorted(sum(d for t, d in durations.items() if split[t] == k) for k in (1, 2))  # noqa: E731
    assert load(plan(list(durations), 2)) == [10.0, 16.0]          # by count: a, c, e / b, d
    assert load(plan(list(durations), 2, durations)) == [12.0, 14.0]
    assert plan(["a", "b", "new"], 2, {"a": 3.0, "b": 1.0})["new"] == 2   # unknown: the mean, 2 s


@pytest.mark.parametrize("text", ["0/2", "3/2", "1-2", "x/3", ""])
def test_a_bad_shard_argument_says_what_is_expected(text):
    with pytest.raises(ValueError, match="expected I/N"):
        parse_shard(text)


def test_two_shards_in_two_processes_merge_to_the_verdicts_of_one_run(suite, tmp_path):
    root = suite(SUITE)
    whole = run_cli([str(root), "-t", "ref", "--json", str(tmp_path / "all.json"), "-q"], tmp_path)
    assert whole.returncode == 1, whole.stderr  # basics/fails.py fails on the MicroPython-profile reference
    files = _shards(root, tmp_path, 2, "--durations", str(tmp_path / "all.json"))
    metas = [json.loads(f.read_text())["meta"]["shard"] for f in files]
    assert [m["index"] for m in metas] == [1, 2] and metas[0]["selection"] == metas[1]["selection"]
    assert metas[0]["balanced_by"] == "durations" and metas[0]["tests"] == len(SUITE)
    parts = [{r["test"] for r in load_results(f)} for f in files]
    assert parts[0] and parts[1] and not parts[0] & parts[1]
    (merged,) = load_runs(files)
    verdict = lambda results: {(r.test, r.target): r.verdict for r in results}  # noqa: E731
    (alone,) = load_runs([tmp_path / "all.json"])
    assert verdict(merged.results) == verdict(alone.results)
    assert "shard" not in merged.meta and merged.meta["shards"]["total"] == 2

    report = subprocess.run([sys.executable, "-m", "mpconform", "report", *map(str, files), "--baseline",
                             str(tmp_path / "base.json"), "--update-baseline"], cwd=tmp_path, capture_output=True,
                            text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert report.returncode == 0, report.stderr
    base = json.loads((tmp_path / "base.json").read_text())
    assert base["ref"] == {r.test: r.verdict.value for r in alone.results}


def test_a_shard_gated_on_the_baseline_does_not_count_the_other_shards_as_removed(suite, tmp_path):
    root = suite(SUITE)
    assert run_cli([str(root), "-t", "ref", "--baseline", "b.json", "--update-baseline", "-q"], tmp_path).returncode == 0
    proc = run_cli([str(root), "-t", "ref", "--shard", "1/2", "--baseline", "b.json", "-q"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no change against the baseline" in proc.stdout and "removed" not in proc.stdout
    proc = run_cli([str(root), "-t", "ref", "--shard", "1/2", "--baseline", "b.json", "--update-baseline"], tmp_path)
    assert proc.returncode == 2 and "mpconform report" in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_missing_duplicated_and_mismatched_shards_are_refused_naming_the_files(suite, tmp_path):
    root = suite(SUITE)
    s1, s2 = _shards(root, tmp_path, 2)
    with pytest.raises(ReportError, match=r"shard 2/2 of selection \w+ is missing.*have 1/2 .*s1.json"):
        load_runs([s1])
    with pytest.raises(ReportError, match="given twice") as dup:
        load_runs([s1, s2, s1])
    assert "s1.json" in str(dup.value)
    other = tmp_path / "other"
    other.mkdir()
    (odd,) = [f for f in _shards(root, other, 2, "-k", "basics") if f.name == "s2.json"]
    with pytest.raises(ReportError, match="does not match") as mismatch:
        load_runs([s1, odd])
    assert "s1.json" in str(mismatch.value) and str(odd) in str(mismatch.value)
    doc = json.loads(s2.read_text())
    doc["results"] = doc["results"][1:]
    (tmp_path / "cut.json").write_text(json.dumps(doc))
    with pytest.raises(ReportError, match="hold 12 tests, not the 13 of selection"):
        load_runs([s1, tmp_path / "cut.json"])


def test_a_shard_that_died_is_named_in_one_line_and_the_others_are_reported(suite, tmp_path):
    root = suite(SUITE)
    s1, s2 = _shards(root, tmp_path, 2)
    s2.unlink()  # its job died before writing its results
    proc = subprocess.run([sys.executable, "-m", "mpconform", "report", str(s1), "--details", "0"], cwd=tmp_path,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "shard 2/2" in proc.stderr and "s1.json" in proc.stderr
    assert f"{len(load_results(s1))}" in proc.stdout.splitlines()[2]   # shard 1's results are in the table
