"""The one runner pool every workload shares: runners start on demand up to the target's size, wait for one
given back, are lost with a reason, and are all closed at the end."""
from __future__ import annotations

import threading

import fake_runners
import pytest

from mpconform.runners import HarnessError, LinkError, Program, Status, TargetSpecError, parse_target, register
from mpconform.runners.pool import Pool, TargetLost, run_guarded


@pytest.fixture(autouse=True)
def fakes():
    register("proc", "fake_runners:ProcessRunner")
    register("fake", "fake_runners:EchoRunner")
    fake_runners._started = 0
    fake_runners.ProcessRunner.closes = []


def _pool(*specs: str, jobs: int = 1) -> Pool:
    return Pool([parse_target(s) for s in specs], jobs)


def test_runners_start_on_demand_up_to_the_size_then_wait_for_one_given_back():
    pool = _pool("proc", jobs=2)
    first, second = pool.take("proc"), pool.take("proc")
    assert fake_runners._started == 2
    got = []
    waiter = threading.Thread(target=lambda: got.append(pool.take("proc")))
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive() and not got  # a third would exceed -j: it waits
    pool.give("proc", second)
    waiter.join(5)
    assert got == [second] and fake_runners._started == 2
    pool.close()
    assert sorted(fake_runners.ProcessRunner.closes) == [first.serial, second.serial]


def test_a_runner_that_cannot_start_is_lost_with_its_reason():
    pool = _pool("proc,broken=yes", jobs=2)
    for _ in range(2):
        with pytest.raises(HarnessError, match="no such interpreter here"):
            pool.take("proc,broken=yes")
    assert pool.alive("proc,broken=yes") == 0
    assert pool.lost("proc,broken=yes") == "could not start: proc,broken=yes: no such interpreter here"
    with pytest.raises(TargetLost, match="could not start"):
        pool.take("proc,broken=yes")


def test_losing_the_last_board_says_so_and_wakes_whoever_waits():
    pool = _pool("fake*2")
    a, b = pool.take("fake"), pool.take("fake")
    errors = []

    def wait():
        try:
            pool.take("fake")
        except TargetLost as exc:
            errors.append(str(exc))

    waiter = threading.Thread(target=wait)
    waiter.start()
    assert pool.lose("fake", a, "board a gone") is False and pool.lost("fake") == ""
    assert pool.lose("fake", b, "board b gone") is True
    waiter.join(5)
    assert errors == ["fake: board b gone"] and pool.lost("fake") == "board b gone"


def test_close_ends_every_runner_and_every_later_take():
    pool = _pool("proc", jobs=3)
    taken = pool.take("proc")
    pool.give("proc", pool.take("proc"))
    pool.close()
    pool.close()
    assert len(fake_runners.ProcessRunner.closes) == 2 and taken.serial in fake_runners.ProcessRunner.closes
    with pytest.raises(HarnessError, match="pool closed"):
        pool.take("proc")


def test_one_label_is_one_kind_of_target():
    with pytest.raises(TargetSpecError, match="label 'x' names different targets"):
        _pool("proc,label=x", "fake,label=x")


def test_a_guarded_run_records_a_broken_link_as_the_programs_crash():
    class Broken:
        def run(self, program):
            raise LinkError("port vanished", target="board")

    out = run_guarded(Broken(), Program(b"print(1)\n"))
    assert out.status is Status.CRASH and out.note == "harness: board: port vanished"
