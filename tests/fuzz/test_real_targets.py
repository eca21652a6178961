"""The campaign command works across the real MicroPython targets (unix 1.29, wasm 1.27, micro:bit 1.9.2)."""
from __future__ import annotations

import json

import pytest

from mpconform.cli import main as mpconform_main


@pytest.mark.unixport
@pytest.mark.node
@pytest.mark.qemu
def test_fuzz_runs_across_unix_wasm_and_the_emulated_microbit(tmp_path, need):
    for t in ("cpython", "unix", "wasm", "qemu-microbit"):
        need(t)
    report = tmp_path / "fuzz.json"
    mpconform_main(["fuzz", "-t", "cpython", "-t", "unix", "-t", "wasm", "-t", "qemu-microbit", "--programs", "12",
                    "--timeout", "10", "--no-reduce", "--quiet", "--json", str(report), "--out", str(tmp_path / "corpus")])
    r = json.loads(report.read_text())
    assert r["targets"] == ["cpython", "unix", "wasm", "qemu-microbit"]
    s = r["stats"]
    assert s["programs"] == 12 and s["valid"] >= 11
    # unix and wasm agree with CPython on most programs; the board is the odd one (1.9.2, 9 KB heap).
    assert s["agree"]["unix"] >= 9 and s["agree"]["wasm"] >= 9
    for b in r["buckets"]:
        assert b["kind"] in ("known", "unlisted", "profile", "resource", "timeout", "crash", "new")
        assert (tmp_path / "corpus" / "buckets" / b["id"] / "program.py").exists()
