"""A build of the unix port made worse on purpose, for the gate's tests: one file and one registry line, as
any target is added (tests/plugin/test_adding_a_target.py). It is the unix port, except for the benchmark its
options name: `slow=BENCH` makes bench(n) do its work `times=N` times (default 3), `hungry=BENCH` makes it hold
32 KB more while it runs. The program is changed, not the harness: `def bench(` of that benchmark is renamed and a wrapper
takes its name."""
from __future__ import annotations

import dataclasses

from mpconform.runners import Outcome, Program
from mpconform.runners.unix import UnixRunner

__all__ = ["AlteredUnix"]

_SLOW = "def bench(n):\n    for _ in range({times} - 1):\n        _bench0(n)\n    return _bench0(n)\n"
_HUNGRY = b"def bench(n):\n    pad = bytearray(32768)\n    mark()\n    r = _bench0(n)\n    return r + len(pad) * 0\n"


class AlteredUnix(UnixRunner):
    name = "altered-unix"
    description = "test target: the unix port with one benchmark slowed down or made hungrier"
    usage = "altered-unix,slow=BENCH[,times=N]|hungry=BENCH"

    def run(self, program: Program) -> Outcome:
        return super().run(self._alter(program))

    def _alter(self, program: Program) -> Program:
        slow = _SLOW.format(times=int(self.spec.option("times") or 3)).encode()
        for option, wrapper in (("slow", slow), ("hungry", _HUNGRY)):
            if self.spec.option(option) and program.filename == f"{self.spec.option(option)}.py":
                renamed = program.source.replace(b"\ndef bench(", b"\ndef _bench0(")
                return dataclasses.replace(program, source=wrapper + renamed)
        return program
