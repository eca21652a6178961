"""Shared fixtures: which real targets this machine has, so tests skip only where a tool is truly absent."""
from __future__ import annotations

import pytest

from mpconform.runners import parse_target, runner_class


def target_missing(text: str) -> str | None:
    """None when the target can run here, else why not (the skip reason)."""
    spec = parse_target(text)
    try:
        return runner_class(spec.name).availability(spec)
    except ImportError as exc:
        return f"runner for {text} cannot be imported: {exc}"


def _require(text: str) -> None:
    why = target_missing(text)
    if why:
        pytest.skip(f"{text} unavailable here: {why}")


@pytest.fixture(scope="session")
def require_target():
    """`require_target("unix")` skips the test, with the reason, when that target cannot run here."""
    return _require


def pytest_sessionfinish(session, exitstatus):
    """A session that ran no test is a failure here, not a quiet success (pytest's exit 5 is easy to miss)."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.config.get_terminal_writer().line("mpconform: no tests ran: treating this as a failure", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
