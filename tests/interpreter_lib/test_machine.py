"""The virtual board: seed programs and machine suite run on the library under a fake runtime; ticks arithmetic."""
from __future__ import annotations

import importlib.util
import pathlib
import subprocess
import sys

import pytest

from mpconform.interpreter.lib.modtime import TICKS_PERIOD, ticks_add, ticks_diff

from .shim import load, make_rt, micropython, run_program

SUITE = pathlib.Path(__file__).resolve().parents[2] / "conformance" / "suite" / "machine"
CASES = sorted(SUITE.glob("*.py"))


def test_suite_has_seed_programs_and_twenty_more():
    names = {p.stem for p in CASES}
    assert {"blink", "switch_irq"} <= names
    assert len(CASES) >= 22


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_machine_suite_case_prints_its_exp(case):
    assert case.read_text().startswith("# mpconform: features=machine,vboard\n")
    expected = pathlib.Path(str(case) + ".exp").read_text()
    if "Traceback" in expected:
        pytest.skip("tracebacks need the core's printer: checked by the test through the core")
    assert run_program(case.read_text()) == expected


@pytest.mark.skipif(importlib.util.find_spec("mpconform.interpreter.cli") is None and
                    importlib.util.find_spec("mpconform.interpreter.main") is None,
                    reason="the core interpreter's command line is not there yet")
@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_machine_suite_case_through_the_core_interpreter(case):
    """The reference's command line, run in the test's folder as the suite runner does."""
    proc = subprocess.run([sys.executable, "-m", "mpconform.interpreter", case.name], cwd=SUITE, capture_output=True,
                          timeout=60)
    out = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    assert out == pathlib.Path(str(case) + ".exp").read_text()


def test_blink_records_alternating_levels_every_500_ms(rt):
    out = run_program((SUITE / "blink.py").read_text(), rt)
    assert out.splitlines()[0] == str([(5, 1), (5, 0)] * 3)
    assert rt.clock.us == 6 * 500_000


def test_irq_handler_is_called_through_rt_call():
    rt = make_rt()
    calls = []
    rt.call = lambda f, *a, **k: calls.append(f) or f(*a, **k)
    machine, vboard = load(rt, "machine"), load(rt, "vboard")
    handler = lambda pin: None  # noqa: E731
    machine.Pin(0, machine.Pin.IN, machine.Pin.PULL_UP).irq(handler, machine.Pin.IRQ_FALLING)
    vboard.drive(0, 0)
    assert calls == [handler]


def test_boards_of_two_runtimes_are_independent():
    a, b = make_rt(), make_rt()
    load(a, "machine").Pin(1, 3).on()
    assert load(a, "vboard").history() == [(1, 1)]
    assert load(b, "vboard").history() == []


def test_timer_callback_exception_is_printed_and_time_goes_on(rt):
    machine, time = load(rt, "machine"), load(rt, "time")
    rt.print_exception = lambda e: rt.stdout.write(f"printed {type(e).__name__}: {e}\n")
    ticks = []

    def boom(t):
        ticks.append(1)
        raise RuntimeError("in callback")

    machine.Timer(-1, mode=machine.Timer.PERIODIC, period=5, callback=boom)
    time.sleep_ms(12)
    assert rt.stdout.getvalue() == "printed RuntimeError: in callback\n" * 2 and len(ticks) == 2


def test_hard_irq_handler_that_raises_is_reported_and_disabled(rt):
    machine, vboard = load(rt, "machine"), load(rt, "vboard")
    rt.print_exception = lambda e: rt.stdout.write(f"{type(e).__name__}\n")
    calls = []

    def bad(pin):
        calls.append(pin)
        raise ValueError

    machine.Pin(0, machine.Pin.IN, machine.Pin.PULL_UP).irq(bad, machine.Pin.IRQ_FALLING, hard=True)
    for level in (0, 1, 0):
        vboard.drive(0, level)
    assert len(calls) == 1
    assert rt.stdout.getvalue() == "Uncaught exception in IRQ callback handler\nValueError\n"


@pytest.mark.parametrize("ticks,delta", [(0, -1), (5, 0), (TICKS_PERIOD - 1, 1), (123, 2**61 - 1), (7, -(2**61) + 1)])
def test_ticks_add_wraps_and_diff_inverts_it(ticks, delta):
    t = ticks_add(ticks, delta)
    assert 0 <= t < TICKS_PERIOD
    assert ticks_diff(t, ticks) == delta


@pytest.mark.parametrize("delta", [2**61, -(2**61), 2**62])
def test_ticks_add_rejects_half_period(delta):
    with pytest.raises(OverflowError, match="ticks interval overflow"):
        ticks_add(1, delta)


TIME_PROGRAM = """
import time
print(time.ticks_add(0, -1), time.ticks_diff(0, 1), time.ticks_diff(1, 2**30-1))
print(time.ticks_add(-5, 0), time.ticks_diff(0, 2**61), time.ticks_diff(2**61, 0), time.ticks_diff(2**61-1, 0))
for d in (2**61, -2**61, -2**61 + 1):
    try:
        print(time.ticks_add(1, d))
    except OverflowError as e:
        print('OverflowError', e)
print(time.sleep_ms(-1), time.sleep_us(-3), type(time.time()).__name__)
print(time.gmtime(0), time.gmtime(86400 * 365 + 3661))
"""


@pytest.mark.unixport
def test_time_module_matches_unix_port():
    assert run_program(TIME_PROGRAM) == micropython(TIME_PROGRAM)


class _RealClock:
    """A clock like a core's real-time one: no `virtual` flag, masked counts."""

    def ticks_ms(self):
        raise AssertionError("the board must not read a non-virtual clock")

    ticks_us = ticks_ms

    def sleep_ms(self, n):
        raise AssertionError("the board must not really sleep")


def test_non_virtual_runtime_clock_is_replaced_by_the_boards_own():
    rt = make_rt()
    rt.clock = _RealClock()
    out = run_program((SUITE / "blink.py").read_text(), rt)
    assert out == (SUITE / "blink.py.exp").read_text()


def test_busy_wait_on_ticks_terminates(rt):
    out = run_program(
        "import time\nt0 = time.ticks_ms()\nn = 0\n"
        "while time.ticks_diff(time.ticks_ms(), t0) < 5:\n    n += 1\nprint(n > 100)\n", rt)
    assert out == "True\n"
