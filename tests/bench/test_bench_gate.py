"""Gating on a baseline: the same build twice is not a regression; a build made slower on one benchmark, or
hungrier, is; the statistics behind it; a baseline that cannot be read is named and the run kept."""
from __future__ import annotations

import json
import random

import pytest

from mpconform.benchresults import BenchResult, BenchStatus
from mpconform.reports.bench_gate import Thresholds, compare_bench, parse_thresholds
from mpconform.reports.bench_stats import mann_whitney_greater

from .conftest import QUICK, results

SUBSET = ["-k", "sieve", "-k", "closures", "-k", "methods", "-k", "listsort"]


def _r(times, bench="b", target="unix", **kw):
    return BenchResult(bench, target, BenchStatus.OK, n=100, times=tuple(times), **kw)


# -- the comparison itself, on made-up numbers --------------------------------------------------------------------
def test_noise_within_the_threshold_and_one_bad_repeat_are_not_regressions():
    rng = random.Random(7)
    before = [0.010 * (1 + rng.uniform(0, 0.1)) for _ in range(5)]
    after = [0.010 * (1 + rng.uniform(0, 0.15)) for _ in range(4)] + [0.030]   # one disturbed repeat
    assert compare_bench([_r(before)], [_r(after)]).regressions == ()


def test_a_clear_slowdown_is_a_regression_and_a_clear_speedup_an_improvement():
    before = [0.0100, 0.0102, 0.0101, 0.0103, 0.0100]
    slower = compare_bench([_r(before)], [_r([t * 1.8 for t in before])])
    assert [(c.metric, round(c.ratio, 1)) for c in slower.regressions] == [("time", 1.8)]
    assert slower.regressions[0].p is not None and slower.regressions[0].p < 0.01
    faster = compare_bench([_r(before)], [_r([t * 0.5 for t in before])])
    assert faster.ok and [c.metric for c in faster.improvements] == ["time"]


def test_a_machine_twice_as_busy_is_not_a_build_twice_as_slow():
    before = [0.0100, 0.0102, 0.0101, 0.0103, 0.0100]
    doubled = [t * 2 for t in before]
    assert compare_bench([_r(before, host_probe=0.004)], [_r(doubled, host_probe=0.008)]).ok
    assert not compare_bench([_r(before, host_probe=0.004)], [_r(doubled, host_probe=0.004)]).ok
    # three times slower on a host twice as busy is still 1.5× slower, and said so
    tripled = compare_bench([_r(before, host_probe=0.004)], [_r([t * 3 for t in before], host_probe=0.008)])
    assert [c.note for c in tripled.regressions] == ["the host ran 2.00× as slow as at the baseline"]


def test_a_host_that_got_faster_neither_hides_nor_makes_a_slowdown():
    before = [0.0100, 0.0102, 0.0101, 0.0103, 0.0100]
    quick_host = compare_bench([_r(before, host_probe=0.008)], [_r([t * 1.8 for t in before], host_probe=0.004)])
    assert [c.metric for c in quick_host.regressions] == ["time"]
    # a faster host explains a speed-up away: not listed as an improvement of the build
    assert compare_bench([_r(before, host_probe=0.008)], [_r([t * 0.5 for t in before], host_probe=0.004)]).improvements == ()


def test_differences_below_the_clocks_resolution_are_noise():
    # webassembly's ticks_us moves by milliseconds: 1 ms against 2 ms says nothing
    assert compare_bench([_r([0.001] * 5)], [_r([0.002] * 5)]).ok


def test_memory_growth_beyond_threshold_and_floor_is_a_regression_and_a_lost_benchmark_too():
    base = [_r([0.01] * 5, memory=10_000, min_heap=8_000, heap_n=10)]
    assert compare_bench(base, [_r([0.01] * 5, memory=10_300, min_heap=8_100, heap_n=10)]).ok
    grown = compare_bench(base, [_r([0.01] * 5, memory=20_000, min_heap=12_000, heap_n=10)])
    assert sorted(c.metric for c in grown.regressions) == ["memory", "min_heap"]
    lost = compare_bench(base, [BenchResult("b", "unix", BenchStatus.NEEDS_HEAP, reason="needs more heap")])
    assert [(c.metric, c.before, c.after) for c in lost.regressions] == [("status", "ok", "needs-heap")]


def test_thresholds_are_given_as_one_figure_or_per_metric():
    assert parse_thresholds("20%") == Thresholds(time=0.2, memory=0.2)
    assert parse_thresholds("time=0.5,memory=5%") == Thresholds(time=0.5, memory=0.05)
    with pytest.raises(ValueError, match="unknown metric 'speed'"):
        parse_thresholds("speed=3%")


def test_the_exact_rank_test_agrees_with_scipy():
    stats = pytest.importorskip("scipy.stats")
    rng = random.Random(3)
    for m, n in ((3, 3), (5, 5), (5, 8), (12, 10)):
        x = [rng.random() + 0.3 for _ in range(m)]
        y = [rng.random() for _ in range(n)]
        want = stats.mannwhitneyu(x, y, alternative="greater", method="exact").pvalue
        assert mann_whitney_greater(x, y) == pytest.approx(want)


# -- on the real unix port -------------------------------------------------------------------------------------------
@pytest.fixture
def baseline(bench, tmp_path, require_target):
    require_target("unix")
    path = tmp_path / "baseline.json"
    rc, out, err = bench("-t", "unix", *SUBSET, *QUICK, "--baseline", str(path), "--update-baseline")
    assert rc == 0, err
    return path


@pytest.mark.slow
def test_two_runs_of_the_same_build_report_no_regression(bench, baseline):
    for _ in range(2):
        rc, out, err = bench("-t", "unix", *SUBSET, *QUICK, "--no-min-heap", "--baseline", str(baseline))
        assert rc == 0, out + err
        assert "No regression" in out or "Regressions" not in out


@pytest.mark.slow
def test_a_build_slower_on_one_benchmark_is_reported(bench, baseline, altered, tmp_path):
    out_json = tmp_path / "slow.json"
    # eight times the work: CI runs other tests beside this one, and a baseline timed during their burst
    # can be twice as slow as a quiet one; three times is what the README's by-hand check on a quiet host shows
    rc, out, err = bench("-t", "altered-unix,slow=closures,times=8,label=unix", *SUBSET, *QUICK, "--no-min-heap",
                         "--baseline", str(baseline), "--json", str(out_json))
    assert rc == 1, out + err
    regressions = out.split("Regressions against", 1)[1].split("Improvements", 1)[0]
    assert "closures on unix: median" in regressions
    assert not any(f"{b} on unix" in regressions for b in ("sieve", "methods", "listsort"))
    assert results(out_json)["closures", "unix"]["status"] == "ok"


@pytest.mark.slow
def test_a_build_that_needs_more_memory_is_reported(bench, baseline, altered):
    rc, out, err = bench("-t", "altered-unix,hungry=sieve,label=unix", *SUBSET, *QUICK, "--baseline", str(baseline))
    assert rc == 1, out + err
    regressions = out.split("Regressions against", 1)[1]
    assert "sieve on unix: peak heap" in regressions and "sieve on unix: minimum heap" in regressions
    assert "closures on unix: peak heap" not in regressions


def test_a_malformed_baseline_is_named_in_one_line_and_the_results_are_kept(bench, tmp_path, require_target):
    require_target("cpython")
    bad = tmp_path / "baseline.json"
    bad.write_text('{"schema": "mpconform-bench/1", "results": [{"bench": "sieve", "target": "cpython", "stat')
    out_json = tmp_path / "now.json"
    rc, out, err = bench("-t", "cpython", "-k", "sieve", "-k", "recursion", *QUICK, "--baseline", str(bad),
                         "--json", str(out_json))
    assert rc == 2
    lines = [ln for ln in err.splitlines() if str(bad) in ln]
    assert len(lines) == 1 and "truncated" in lines[0]
    assert {k for k, r in results(out_json).items() if r["status"] == "ok"} == {("sieve", "cpython"),
                                                                                ("recursion", "cpython")}
    assert json.loads(out_json.read_text())["meta"]["load"]
