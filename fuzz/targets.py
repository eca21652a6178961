"""A pool of runner instances per target, and running one program on every target at once."""
from __future__ import annotations

import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from mpconform.runners.contract import Runner
from mpconform.runners.errors import HarnessError
from mpconform.runners.outcome import Outcome, Program, Status
from mpconform.runners.registry import make_runner, parse_target

from . import selftest  # noqa: F401 - registers the broken-floordiv self-test target

__all__ = ["TargetPool", "SINGLE_INSTANCE"]

#: Targets that are one physical (or emulated) board: never more than the pool count the user asked for.
SINGLE_INSTANCE = ("qemu-microbit", "serial")


@dataclass(frozen=True)
class _Target:
    label: str
    idle: "queue.Queue[Runner]"
    size: int


class TargetPool:
    """Runner instances for each target (threads take an idle one per program); closes them all at the end."""

    def __init__(self, targets: list[str], *, jobs: int = 2, timeout: float = 5.0) -> None:
        self.timeout = timeout
        self.targets: dict[str, _Target] = {}
        self._all: list[Runner] = []
        try:
            for text in targets:
                spec = parse_target(text)
                n = spec.count if (spec.count > 1 or spec.name in SINGLE_INSTANCE) else jobs
                idle: queue.Queue[Runner] = queue.Queue()
                for _ in range(n):
                    r = make_runner(spec)
                    self._all.append(r)
                    idle.put(r)
                self.targets[spec.label] = _Target(spec.label, idle, n)
        except BaseException:
            self.close()
            raise
        workers = sum(t.size for t in self.targets.values())
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fuzz-target")
        self._lock = threading.Lock()

    @property
    def labels(self) -> list[str]:
        return list(self.targets)

    def shares_process(self, label: str) -> bool:
        """Whether this target's batches run several programs in one process (else each ran alone anyway)."""
        queued = self.targets[label].idle.queue
        return bool(queued) and _batches_itself(queued[0])

    @property
    def capacity(self) -> int:
        """How many programs can usefully be in flight at once."""
        return max(t.size for t in self.targets.values())

    def _run_one(self, label: str, program: Program) -> Outcome:
        t = self.targets[label]
        runner = t.idle.get()
        try:
            return _guarded(runner, program)
        finally:
            t.idle.put(runner)

    def _run_many(self, label: str, programs: list[Program]) -> list[Outcome]:
        t = self.targets[label]
        runner = t.idle.get()
        try:
            if _batches_itself(runner):
                try:
                    return runner.run_batch(programs)
                except HarnessError:
                    pass  # one at a time below, so that a broken link costs only the programs it broke under
            return [_guarded(runner, p) for p in programs]
        finally:
            t.idle.put(runner)

    def _program(self, source: str) -> Program:
        return Program(source=source.encode(), filename="fuzz.py", timeout=self.timeout)

    def submit(self, source: str, labels: list[str] | None = None) -> dict[str, Future]:
        """Start one program on every target (or the given ones); futures of Outcomes by label."""
        program = self._program(source)
        return {lb: self._executor.submit(self._run_one, lb, program) for lb in (labels or self.labels)}

    def submit_batch(self, sources: list[str]) -> dict[str, Future]:
        """Start several programs on every target, each target running them as one batch (one forked child
        where the runner supports it); futures of lists of Outcomes, in order, by label."""
        programs = [self._program(s) for s in sources]
        return {lb: self._executor.submit(self._run_many, lb, programs) for lb in self.labels}

    def run(self, source: str, labels: list[str] | None = None) -> dict[str, Outcome]:
        """Run one program on every target (or the given ones) and wait for all."""
        return {lb: f.result() for lb, f in self.submit(source, labels).items()}

    def close(self) -> None:
        ex = getattr(self, "_executor", None)
        if ex is not None:
            ex.shutdown(wait=True, cancel_futures=True)
        for r in self._all:
            try:
                r.close()
            except Exception:  # noqa: BLE001 - closing the rest matters more than one failure
                pass
        self._all.clear()

    def __enter__(self) -> "TargetPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _batches_itself(runner: Runner) -> bool:
    """The runner has its own run_batch (the contract's default runs each program alone)."""
    return type(runner).run_batch is not Runner.run_batch


def _guarded(runner: Runner, program: Program) -> Outcome:
    try:
        return runner.run(program)
    except HarnessError as exc:
        # The link broke under this program: record it as a crash of the target, with the reason.
        return Outcome(Status.CRASH, b"", note=f"harness: {exc}")
