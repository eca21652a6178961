"""The shared runner contract, run against every target that ships with mpconform and that this machine has.

What each target needs the checks to allow for (a crash program, a slower stop, less output) is declared on
its runner class; nothing here is specific to a target but the pytest marks that let a run deselect a tool.
"""
from __future__ import annotations

import pytest

from mpconform.runners import make_runner, runner_class
from mpconform.runners.contract_kit import CHECKS, ContractOptions
from mpconform.runners.registry import SHIPPED

_MARKS = {"unix": [pytest.mark.unixport], "wasm": [pytest.mark.node],
          "qemu-microbit": [pytest.mark.qemu, pytest.mark.slow]}

TARGETS = [pytest.param(runner_class(name).probe_target or name, marks=_MARKS.get(name, []), id=name)
           for name in SHIPPED]


@pytest.fixture(scope="module", params=TARGETS)
def target(request, require_target):
    text = request.param
    require_target(text)
    runner = make_runner(text)
    yield runner, ContractOptions.of(type(runner))
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
