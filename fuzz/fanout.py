"""Running one program, or a batch of them, on every fuzz target at once, over the shared runner pool."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Sequence

from mpconform.runners.contract import TargetSpec
from mpconform.runners.errors import HarnessError
from mpconform.runners.outcome import Outcome, Program
from mpconform.runners.pool import Pool, run_guarded
from mpconform.runners.registry import parse_target

from . import selftest  # noqa: F401 - registers the broken-floordiv self-test target

__all__ = ["Fanout"]


class Fanout:
    """Every target's runners started up front (a target that cannot start fails here, before any program);
    threads take an idle runner per program or batch; a harness failure is recorded as that program's crash."""

    def __init__(self, targets: Sequence[TargetSpec | str], *, jobs: int = 2, timeout: float = 5.0) -> None:
        self.timeout = timeout
        self._pool = Pool([parse_target(t) if isinstance(t, str) else t for t in targets], jobs)
        try:
            self._pool.start()
        except BaseException:
            self._pool.close()
            raise
        workers = sum(self._pool.size(lb) for lb in self._pool.labels)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fuzz-target")

    @property
    def labels(self) -> list[str]:
        return self._pool.labels

    def shares_process(self, label: str) -> bool:
        """Whether this target's batches run several programs in one process (else each ran alone anyway)."""
        cls = self._pool.runner_class(label)
        return any(cls.shares_process(spec) for spec in self._pool.specs(label))

    @property
    def capacity(self) -> int:
        """How many programs can usefully be in flight at once."""
        return self._pool.capacity

    def _run_one(self, label: str, program: Program) -> Outcome:
        with self._pool.runner(label) as runner:
            return run_guarded(runner, program)

    def _run_many(self, label: str, programs: list[Program]) -> list[Outcome]:
        with self._pool.runner(label) as runner:
            if type(runner).shares_process(runner.spec):
                try:
                    return runner.run_batch(programs)
                except HarnessError:
                    pass  # one at a time below, so that a broken link costs only the programs it broke under
            return [run_guarded(runner, p) for p in programs]

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
        self._pool.close()

    def __enter__(self) -> "Fanout":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
