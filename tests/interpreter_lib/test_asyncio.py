"""asyncio on virtual time: ordering agrees with the unix port; times are exact on the virtual clock."""
from __future__ import annotations

import pathlib

import pytest

from .shim import load, make_rt, micropython, run_program

PROGRAM = pathlib.Path(__file__).with_name("asyncio_program.py").read_text()


@pytest.mark.unixport
def test_asyncio_program_prints_what_the_unix_port_prints():
    expected = micropython(PROGRAM, timeout=20)
    assert "Traceback" not in expected
    assert run_program(PROGRAM) == expected


def test_sleeps_advance_virtual_time_exactly(rt):
    asyncio, time = load(rt, "asyncio"), load(rt, "time")
    stamps = []

    async def worker(delay, n):
        for _ in range(n):
            await asyncio.sleep_ms(delay)
            stamps.append((delay, time.ticks_ms()))

    async def main():
        await asyncio.gather(worker(30, 3), worker(50, 2))

    asyncio.run(main())
    assert stamps == [(30, 30), (50, 50), (30, 60), (30, 90), (50, 100)]
    assert rt.clock.us == 100_000


def test_machine_timer_sets_event_seen_by_a_task(rt):
    asyncio, machine = load(rt, "asyncio"), load(rt, "machine")
    ev = asyncio.Event()
    machine.Timer(-1, mode=machine.Timer.ONE_SHOT, period=250, callback=lambda t: ev.set())

    async def main():
        await ev.wait()
        return rt.clock.us

    assert asyncio.run(main()) == 250_000


def test_deadlock_is_an_error_not_a_hang(rt):
    asyncio = load(rt, "asyncio")

    async def main():
        await asyncio.Event().wait()

    with pytest.raises(RuntimeError, match="deadlock"):
        asyncio.run(main())


def test_unretrieved_task_exception_is_reported(rt):
    asyncio = load(rt, "asyncio")

    async def bad():
        raise ValueError("x")

    async def main():
        asyncio.create_task(bad())
        await asyncio.sleep_ms(1)

    asyncio.run(main())
    assert rt.stdout.getvalue().startswith("Task exception wasn't retrieved\n")


def test_cancelled_error_is_not_an_exception(rt):
    asyncio = load(rt, "asyncio")
    assert not issubclass(asyncio.CancelledError, Exception)
    assert issubclass(asyncio.TimeoutError, Exception)
