"""Shared fixtures for the fuzzer's tests: targets that are skipped only when genuinely absent here."""
from __future__ import annotations

import pytest

from mpconform.runners.registry import parse_target, runner_class


def require(target: str) -> None:
    """Skip the calling test when `target` cannot run on this machine, saying why."""
    spec = parse_target(target)
    try:
        why = runner_class(spec.name).availability(spec)
    except ImportError as exc:  # the runner module itself is not there yet
        why = f"runner module missing: {exc}"
    if why:
        pytest.skip(f"{target} unavailable: {why}")


@pytest.fixture
def need():
    """`need("unix")` skips the test when that target is not usable here."""
    return require
