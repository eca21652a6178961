"""The fork worker's child reports its exit code before exiting; the worker still gets every ending right.
(Crashes: the contract kit's crash_then_recover, which kills the child by a signal.)"""
from __future__ import annotations

import time

from mpconform.runners.outcome import Program, Status
from mpconform.runners.registry import make_runner


def test_exit_codes_crashes_and_a_program_that_closes_its_own_output(require_target):
    require_target("cpython")
    with make_runner("cpython") as r:
        start = time.monotonic()
        closed = r.run(Program(b"import os\nprint('bye', flush=True)\nos.close(1)\nos.close(2)\n"
                               b"while True:\n    pass\n", timeout=1.5))
        took = time.monotonic() - start
        exited = r.run(Program(b"import os\nprint('x', flush=True)\nos._exit(3)\n", timeout=5))
        fine = r.run(Program(b"import sys\nprint(6 * 7)\nsys.exit(4)\n", timeout=5))
    # Output closed early is not the end: the program runs on to its deadline and is stopped there.
    assert closed.status is Status.TIMEOUT and closed.stdout == b"bye\n" and took < 5, (closed, took)
    assert exited.exit_code == 3 and exited.stdout == b"x\n"  # exited without reporting: waitpid knows
    assert fine.status is Status.RAISED and fine.exit_code == 4 and fine.stdout == b"42\n", fine
