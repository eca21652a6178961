"""`mpconform selfbench fuzz` measures batched and per-process throughput side by side, and gates on the goals."""
from __future__ import annotations

import re

from mpconform.cli import main as mpconform_main


def test_bench_prints_both_modes_their_ratio_and_generation_share_and_gates_on_the_goal(capsys, need):
    need("cpython")
    rc = mpconform_main(["selfbench", "fuzz", "-t", "cpython", "--budget", "2", "--goal", "1000000"])
    out = capsys.readouterr().out
    assert rc == 1  # nobody runs a million programs a second
    batched = float(re.search(r"programs/s end-to-end, batches of 16\s+([\d.]+)", out).group(1))
    single = float(re.search(r"programs/s end-to-end, a process per program\s+([\d.]+)", out).group(1))
    ratio = float(re.search(r"batched / one process each\s+([\d.]+)x", out).group(1))
    share = float(re.search(r"generation share of wall time\s+([\d.]+)%", out).group(1))
    programs = re.search(r"programs \(batched / one process each\)\s+(\d+) / (\d+)", out)
    assert batched > 5 and single > 5 and int(programs.group(1)) > 15 and int(programs.group(2)) > 5
    assert abs(ratio - batched / single) < 0.02 * ratio
    assert 0 < share < 50
    assert re.search(r"divergences seen in a batch but not alone\s+0\b", out)


def test_bench_puts_one_worker_beside_two_sharing_a_store_with_the_load(capsys, need):
    need("cpython")
    rc = mpconform_main(["selfbench", "fuzz", "-t", "cpython", "--budget", "2", "--workers", "2"])
    out = capsys.readouterr().out
    assert rc == 0, out
    one = float(re.search(r"programs/s, 1 worker\s+([\d.]+)", out).group(1))
    two = float(re.search(r"programs/s, 2 workers on one store\s+([\d.]+)", out).group(1))
    ratio = float(re.search(r"2 workers / 1 worker\s+([\d.]+)x", out).group(1))
    assert one > 5 and two > 5 and abs(ratio - two / one) < 0.02 * ratio
    assert re.search(r"load average \(1 min\) before / after, 2 workers\s+[\d.]+ / [\d.]+", out)
