"""The one contract every target implements: run a program, return an Outcome; probe who you are."""
from __future__ import annotations

import abc
import re
from dataclasses import dataclass
from typing import ClassVar, Sequence

from .outcome import Identity, Outcome, Program

__all__ = ["TargetSpec", "Runner", "parse_size"]


def parse_size(text: str) -> int:
    """`16k` → 16384, `1m` → 1048576, `900` → 900 (sizes of heaps and buffers)."""
    m = re.fullmatch(r"(\d+)([kKmM]?)", text.strip())
    if not m:
        raise ValueError(f"expected a size like 900, 16k or 1m, got {text!r}")
    return int(m.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[m.group(2).lower()]


@dataclass(frozen=True)
class TargetSpec:
    """A parsed target string: `name[=arg|:arg][*count][,key=value...]`.

    `unix=/opt/mp/micropython,heapsize=64k` → name "unix", arg "/opt/mp/micropython",
    options {"heapsize": "64k"}; `qemu-microbit*2` → count 2 (a pool of two instances).
    """

    name: str
    arg: str | None = None
    options: tuple[tuple[str, str], ...] = ()
    count: int = 1
    text: str = ""

    @property
    def label(self) -> str:
        """The name results are filed under: the target string without the pool count."""
        return self.option("label") or (self.text.split("*")[0] if self.text else self.name)

    def option(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.options:
            if k == key:
                return v
        return default


class Runner(abc.ABC):
    """Runs programs on one target instance. Not thread-safe: a pool holds one per worker thread.

    Contract (checked for every runner by tests/test_runner_contract.py):
    - `run` returns an Outcome for anything the *program* does: normal end, uncaught exception,
      printing SKIP, looping past its timeout (the runner stops it and stays usable), crashing the target.
      A target that can tell a defect of its own implementation from the program's exceptions (the
      reference) returns Status.INTERNAL for it: a problem of that target, never a language difference.
    - `run` raises a HarnessError subclass only when the *harness* cannot get an answer: the target is
      missing (TargetUnavailable) or the link broke beyond recovery (LinkError).
    - stdout is returned byte-exact (non-UTF-8 included), stderr merged into it in order.
    - `close` releases every process, port and temporary file; it is idempotent.
    """

    # -- facts about the target: everything the pools, the commands and the kit need, so that adding a
    # -- target is this class plus one registry line ---------------------------------------------------

    #: registry name, e.g. "unix"
    name: ClassVar[str] = ""
    #: one line for `mpconform targets`
    description: ClassVar[str] = ""
    #: the forms of its target string, for help texts: "unix[=/path/micropython][,heapsize=64k]"
    usage: ClassVar[str] = ""
    #: the target string `mpconform targets` probes when none is named ("" = the bare name; a target that
    #: needs an argument names a sensible one, e.g. "serial:auto")
    probe_target: ClassVar[str] = ""
    #: A board, real or emulated (serial, qemu-microbit): a pool runs exactly one instance per pool member
    #: (`*N`, or several target strings with one label) and never multiplies it by a workload's `-j`: two
    #: runners on one port would talk over each other, and an emulated board is one machine with one heap.
    #: False: a process this host starts at will (cpython, unix, wasm, ref), run `-j` times over.
    board: ClassVar[bool] = False
    #: The target's programs run on this host's cores (a local process, or an emulator), so a host busy with
    #: other jobs slows them: the benchmark gate then allows for the host's speed at the time. False for a
    #: board at the end of a serial link, whose clock the host's load does not touch.
    on_host_cpu: ClassVar[bool] = True
    #: A program that crashes this target's process (a signal in the interpreter), for the conformance
    #: kit's crash check; None where no program can (the reference, by design: no program may bring down
    #: its host; a board).
    crash_program: ClassVar[bytes | None] = None
    #: seconds past a program's timeout this target may take to stop it and be ready again (the kit's bound)
    stop_margin: ClassVar[float] = 5.0
    #: bytes the kit's output-cap check prints: what the link carries in a few seconds (small boards: less)
    kit_output: ClassVar[int] = 200_000
    #: The target MicroPython's tests/run-tests.py would name this one ("unix", "webassembly", a port such as
    #: "esp32"; "board" for any other board): which of its skip rules apply. None: run-tests.py never runs
    #: tests on it (CPython), so none do.
    runtests_target: ClassVar[str | None] = None
    #: The target takes a `heapsize=N` option and then runs programs with N bytes of heap: the benchmark
    #: workload finds a program's minimum heap by bisection of it.
    sized_heap: ClassVar[bool] = False
    #: Options a workload that times programs inside the target adds to its target strings, unless given
    #: (the reference: `clock=real`, its clock being virtual otherwise).
    measuring_options: ClassVar[tuple[tuple[str, str], ...]] = ()

    @classmethod
    def instances(cls, members: int, jobs: int) -> int:
        """How many runners a pool starts for `members` pool members (the `*N` counts of the target strings
        that share a label) when a workload asks for `jobs` at once: a board gets one per member, a local
        process at least `jobs` (more if `*N` asks)."""
        return members if cls.board else max(members, jobs)

    @classmethod
    def shares_process(cls, spec: TargetSpec) -> bool:
        """Whether `run_batch` runs several programs in one process, each with fresh interpreter state, rather
        than each alone as `run` would (the contract's default). Where it does, a workload that wants proof
        (the fuzzer) runs a program again alone before believing what it did in a batch."""
        return False

    def __init__(self, spec: TargetSpec) -> None:
        self.spec = spec
        self._identity: Identity | None = None

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        """None when the target can be used here, else the reason it cannot (shown to the user)."""
        return None

    @abc.abstractmethod
    def run(self, program: Program) -> Outcome:
        """Run one program to its end, its timeout, or its crash."""

    def run_batch(self, programs: Sequence[Program]) -> list[Outcome]:
        """Run independent programs, each as `run` would: same Outcome, fresh globals, modules, path and
        interpreter settings. Targets that can share start-up cost between programs override this and
        `shares_process` (the fuzzer sends its programs this way). One limit where programs share a host process (cpython): a
        change to the attributes of a module loaded before the batch is seen by the programs after it."""
        return [self.run(p) for p in programs]

    def semantics(self) -> str:
        """Whose language this target speaks: "micropython" (catalogued differences apply) or "cpython"."""
        return "micropython"

    def identity(self) -> Identity:
        """Probe (once) what implementation, version and platform this target is."""
        if self._identity is None:
            self._identity = self._probe_identity()
        return self._identity

    def _probe_identity(self) -> Identity:
        src = (
            b"import sys\n"
            b"v=sys.implementation.version\n"
            b"print(sys.implementation.name)\n"
            b"print('.'.join(str(x) for x in v[:3]))\n"
            b"print(sys.platform)\n"
            b"m=getattr(sys.implementation,'_machine','')\n"
            b"print(m)\n"
        )
        out = self.run(Program(source=src, filename="probe_identity.py", timeout=20))
        lines = out.stdout.decode("utf-8", "replace").replace("\r", "").split("\n")
        if out.status.value != "ok" or len(lines) < 3:
            return Identity("unknown", "", "", extra=(("probe", out.stdout[:200].decode("utf-8", "replace")),))
        return Identity(lines[0], lines[1], lines[2], lines[3] if len(lines) > 3 else "")

    def close(self) -> None:
        """Release processes and ports. Safe to call twice."""

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
