"""`mpconform bench fuzz` measures end-to-end throughput and generation's share, and gates on the goals."""
from __future__ import annotations

import re

from mpconform.cli import main as mpconform_main


def test_bench_prints_throughput_and_generation_share_and_gates_on_the_goal(capsys, need):
    need("cpython")
    rc = mpconform_main(["bench", "fuzz", "--targets", "cpython", "--budget", "3", "--goal", "1000000"])
    out = capsys.readouterr().out
    assert rc == 1  # nobody runs a million programs a second
    rate = float(re.search(r"programs/s end-to-end\s+([\d.]+)", out).group(1))
    share = float(re.search(r"generation share of wall time\s+([\d.]+)%", out).group(1))
    programs = int(re.search(r"programs\s+(\d+)", out).group(1))
    assert rate > 5 and programs > 15
    assert 0 < share < 50
