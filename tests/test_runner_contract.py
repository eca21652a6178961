"""The shared runner contract, run against every registered target that this machine has."""
from __future__ import annotations

import pytest

from mpconform.runners import make_runner
from mpconform.runners.contract_kit import CHECKS, ContractOptions

# How to crash each target's process (a signal in the interpreter), where there is a way. The reference
# has none by design: no program may bring down its host process.
_CRASH = {
    "cpython": b"import faulthandler\nprint('dying')\nfaulthandler._sigsegv()\n",
    "unix": b"import uctypes\nprint('dying')\nprint(uctypes.bytearray_at(0, 8)[0])\n",
    "ref": None,
    "wasm": b"import js\nprint('dying')\njs.process.abort()\n",
    "qemu-microbit": None,
}

TARGETS = [
    pytest.param(("cpython", ContractOptions(crash_program=_CRASH["cpython"])), id="cpython"),
    pytest.param(("unix", ContractOptions(crash_program=_CRASH["unix"])), marks=pytest.mark.unixport, id="unix"),
    pytest.param(("ref", ContractOptions()), id="ref"),
    pytest.param(("wasm", ContractOptions(crash_program=_CRASH["wasm"])), marks=pytest.mark.node, id="wasm"),
    pytest.param(("qemu-microbit", ContractOptions(timeout_margin=15.0, big_output=20_000)),
                 marks=[pytest.mark.qemu, pytest.mark.slow], id="qemu-microbit"),
]


@pytest.fixture(scope="module", params=TARGETS)
def target(request, require_target):
    text, options = request.param
    require_target(text)
    runner = make_runner(text)
    yield runner, options
    runner.close()


@pytest.mark.parametrize("check", list(CHECKS))
def test_runner_contract(target, check):
    runner, options = target
    if check == "crash_then_recover" and options.crash_program is None:
        pytest.skip(f"{runner.name}: no way to crash this target's process from a program")
    CHECKS[check](runner, options)


def test_binary_unix_port_is_spawned_through_the_same_contract(tmp_path, require_target):
    """`unix=/path` with a real executable (not the pip wrapper) goes through exec-after-fork."""
    require_target("unix")
    import shutil
    import sys

    wrapper = tmp_path / "micropython"
    wrapper.write_text(f"#!/bin/sh\nexec {shutil.which('micropython') or 'micropython'} \"$@\"\n")
    wrapper.chmod(0o755)
    runner = make_runner(f"unix={wrapper}")
    try:
        assert runner.mode == "binary"
        for check in ("ok_exact_bytes", "raised_with_type", "timeout_then_recover", "skip"):
            CHECKS[check](runner, ContractOptions())
    finally:
        runner.close()
