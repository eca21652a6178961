"""`mpconform bench fuzz` measures end-to-end throughput and generation's share, and gates on the goals."""
from __future__ import annotations

from mpconform.cli import main as mpconform_main


def test_bench_prints_throughput_and_generation_share(capsys, need):
    need("cpython")
    rc = mpconform_main(["bench", "fuzz", "--targets", "cpython", "--budget", "3", "--goal", "5"])
    out = capsys.readouterr().out
    assert "programs/s end-to-end" in out and "generation share of wall time" in out
    assert rc == 0  # 5 programs/s and <= 10 % generation are met by any working cpython runner
    rc = mpconform_main(["bench", "fuzz", "--targets", "cpython", "--budget", "2", "--goal", "1000000"])
    assert rc == 1
