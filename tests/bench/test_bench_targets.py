"""`mpconform bench` on every kind of target: cpython, unix, webassembly and the reference side by side, and the
emulated micro:bit at its small sizes, where running out of heap or stack is reported as the board's limit."""
from __future__ import annotations

import pytest

from .conftest import QUICK, results

PAIR = ["-k", "sieve", "-k", "closures"]


@pytest.mark.slow
def test_the_local_targets_run_side_by_side_with_ratios_memory_and_minimum_heaps(bench, tmp_path, require_target):
    for t in ("cpython", "unix", "wasm", "ref"):
        require_target(t)
    out_json, plot = tmp_path / "r.json", tmp_path / "r.svg"
    rc, out, err = bench("-t", "unix", "-t", "cpython", "-t", "wasm", "-t", "ref", *PAIR, *QUICK,
                         "--json", str(out_json), "--plot", str(plot))
    assert rc == 0, err
    found = results(out_json)
    for (bench_id, target), r in found.items():
        assert r["status"] == "ok", r
        assert len(r["times"]) == 5 and r["n"] >= 1 and r["memory"] is not None
    # the heap is bisected where the target takes heapsize= (unix, ref), not elsewhere
    assert {t for (_, t), r in found.items() if r.get("min_heap")} == {"unix", "ref"}
    assert {r["memory_method"] for (_, t), r in found.items() if t == "cpython"} == {"tracemalloc"}
    header = out.splitlines()[0].split()
    assert header == ["benchmark", "unix", "cpython", "wasm", "ref", "cpython/unix", "wasm/unix", "ref/unix"]
    assert "ref/unix" in out.split("min heap", 1)[1]
    if plot.exists():
        assert plot.read_text().lstrip().startswith("<?xml")


@pytest.mark.slow
@pytest.mark.qemu
def test_the_micro_bit_runs_the_small_sizes_and_reports_its_limits_as_limits(bench, tmp_path, require_target):
    require_target("qemu-microbit")
    folder = tmp_path / "board"
    folder.mkdir()
    (folder / "bigbuffer.py").write_text(
        "# mpconform-bench: n=40000 small=40000\ndef bench(n):\n    b = bytearray(n)\n    return len(b)\n")
    for name in ("sieve", "recursion"):
        (folder / f"{name}.py").write_bytes(_bundled(name))
    out_json = tmp_path / "r.json"
    rc, out, err = bench(str(folder), "-t", "qemu-microbit", "--budget", "20ms", "--repeats", "3", "-q",
                         "--json", str(out_json))
    assert rc == 0, out + err
    found = results(out_json)
    assert found["sieve", "qemu-microbit"]["status"] == "ok"
    assert found["sieve", "qemu-microbit"]["n"] <= 8000           # calibrated from small=1000, within its heap
    assert found["bigbuffer", "qemu-microbit"]["status"] == "needs-heap"
    assert found["recursion", "qemu-microbit"]["status"] == "needs-stack"
    assert "does not fit" in out and "fits (" in out
    assert "error" not in err


def _bundled(name: str) -> bytes:
    from mpconform.conformance.perf.programs import BUNDLED_BENCHMARKS

    return (BUNDLED_BENCHMARKS / f"{name}.py").read_bytes()
