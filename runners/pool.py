"""Runner instances per target label, shared by every workload (suite, oracle, fuzz, benchmarks): how many of
each there are, which are idle, which were lost and why, and closing them all.

What a workload learns about a target (its expectations, capabilities, identity, journal) stays with that
workload: the pool only knows runners.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from .contract import Runner, TargetSpec
from .errors import HarnessError, TargetSpecError
from .outcome import Outcome, Program, Status
from .registry import runner_class

__all__ = ["Pool", "TargetLost", "run_guarded", "run_all"]


class TargetLost(HarnessError):
    """Every instance of a target was lost (boards gone, emulators dead): nothing is left to run on."""


@dataclass
class _Target:
    """The instances behind one label (guarded by the pool's condition)."""

    cls: type[Runner]
    members: tuple[TargetSpec, ...]    # one spec per instance
    pending: list[TargetSpec]          # those not started yet, in the order they start
    starting: int = 0
    started: list[Runner] = field(default_factory=list)
    idle: list[Runner] = field(default_factory=list)
    lost_reason: str = ""              # why the last instance was lost

    @property
    def alive(self) -> int:
        return len(self.pending) + self.starting + len(self.started)


class Pool:
    """The runners of several targets. Target strings with one label form one target (a pool of boards);
    how many runners each target gets is its runner class's `instances(members, jobs)`.

    Runners start when first taken (`take`), or all at once with `start` for a workload that wants every
    target checked before its first program. A runner taken is the caller's until given back or lost.
    """

    def __init__(self, specs: Iterable[TargetSpec], jobs: int = 1) -> None:
        grouped: dict[str, list[TargetSpec]] = {}
        for spec in specs:
            grouped.setdefault(spec.label, []).append(spec)
        self._targets: dict[str, _Target] = {}
        for label, given in grouped.items():
            names = sorted({s.name for s in given})
            if len(names) > 1:
                raise TargetSpecError(f"label {label!r} names different targets ({', '.join(names)}): one label "
                                      f"is one pool of one kind of target")
            cls = runner_class(given[0].name)
            members = [s for s in given for _ in range(s.count)]
            n = cls.instances(len(members), max(1, jobs))
            instances = tuple(members[i % len(members)] for i in range(n))
            self._targets[label] = _Target(cls, instances, list(instances))
        self._cond = threading.Condition()
        self._closed = False

    # -- what the pool holds -------------------------------------------------------------------------------
    @property
    def labels(self) -> list[str]:
        return list(self._targets)

    def size(self, label: str) -> int:
        """How many runners this target gets."""
        return len(self._targets[label].members)

    @property
    def capacity(self) -> int:
        """The most runners any one target has: how many programs can usefully be in flight per target."""
        return max((len(t.members) for t in self._targets.values()), default=0)

    def runner_class(self, label: str) -> type[Runner]:
        return self._targets[label].cls

    def specs(self, label: str) -> tuple[TargetSpec, ...]:
        """One spec per runner of this target."""
        return self._targets[label].members

    def alive(self, label: str) -> int:
        """Runners of this target not lost (started, starting, or still to start)."""
        with self._cond:
            return self._targets[label].alive

    def lost(self, label: str) -> str:
        """Why every runner of this target was lost ("" while one is left)."""
        with self._cond:
            t = self._targets[label]
            return t.lost_reason if t.alive <= 0 else ""

    # -- taking and giving back ----------------------------------------------------------------------------
    def start(self) -> None:
        """Start every runner now (each then idle); the first that cannot start raises its error."""
        for label, t in self._targets.items():
            while True:
                with self._cond:
                    if not t.pending:
                        break
                self.give(label, self._start(label, t))

    def take(self, label: str) -> Runner:
        """An idle runner of this target, else a new one while some are still to start, else the next one
        given back. A runner that cannot start is lost (reason "could not start: ...") and its error raised;
        TargetLost when none is left."""
        t = self._targets[label]
        with self._cond:
            while True:
                if self._closed:
                    raise HarnessError("pool closed", target=label)
                if t.idle:
                    return t.idle.pop()
                if t.pending:
                    break
                if t.alive <= 0:
                    raise TargetLost(t.lost_reason or "every instance was lost", target=label)
                self._cond.wait()
        return self._start(label, t)

    def give(self, label: str, runner: Runner) -> None:
        """Hand a taken runner back for the next `take`."""
        with self._cond:
            self._targets[label].idle.append(runner)
            self._cond.notify()

    @contextmanager
    def runner(self, label: str) -> Iterator[Runner]:
        """`with pool.runner(label) as r:` take a runner, and give it back whatever happens."""
        r = self.take(label)
        try:
            yield r
        finally:
            self.give(label, r)

    def lose(self, label: str, runner: Runner, why: str) -> bool:
        """Close a taken runner that can no longer be used (a board gone) and count its instance lost. True
        when it was the target's last: `why` is then the target's reason."""
        _close(runner)
        with self._cond:
            t = self._targets[label]
            if runner in t.started:
                t.started.remove(runner)
            t.lost_reason = why
            self._cond.notify_all()
            return t.alive <= 0

    def close(self) -> None:
        """Close every runner started, taken or idle (a taken one's user then gets a HarnessError). Idempotent."""
        with self._cond:
            self._closed = True
            runners = [r for t in self._targets.values() for r in t.started]
            for t in self._targets.values():
                t.started.clear()
                t.idle.clear()
            self._cond.notify_all()
        for r in runners:
            _close(r)

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self, label: str, t: _Target) -> Runner:
        with self._cond:
            spec = t.pending.pop(0)
            t.starting += 1
        try:
            runner = t.cls(spec)
        except Exception as exc:  # a runner that cannot start, whatever the reason, is that instance lost
            why = str(exc) if isinstance(exc, HarnessError) else f"{type(exc).__name__}: {exc}"
            with self._cond:
                t.starting -= 1
                t.lost_reason = f"could not start: {why}"
                self._cond.notify_all()
            raise
        except BaseException:
            with self._cond:
                t.starting -= 1
                t.pending.insert(0, spec)   # not the target's fault (interrupted): it may start later
                self._cond.notify_all()
            raise
        with self._cond:
            t.starting -= 1
            closed = self._closed
            if not closed:
                t.started.append(runner)
            self._cond.notify_all()
        if closed:
            _close(runner)
            raise HarnessError("pool closed", target=label)
        return runner


def _close(runner: object) -> None:
    try:
        runner.close()  # type: ignore[attr-defined]
    except Exception:  # closing is best effort: one stuck runner must not keep the others alive
        pass


def run_guarded(runner: Runner, program: Program) -> Outcome:
    """`runner.run`, with a harness failure recorded as the program's crash (the note says it was the
    harness) rather than raised: for workloads that compare outcomes and must not stop on one broken link."""
    try:
        return runner.run(program)
    except HarnessError as exc:
        return Outcome(Status.CRASH, b"", note=f"harness: {exc}")


def run_all(runner: Runner, programs: Sequence[Program], *, batch: bool,
            catch: bool = True) -> list[Outcome | HarnessError]:
    """The programs on one runner: as one `run_batch` where `batch` and there are several, else (or when the batch
    met a harness error) each alone. With `catch`, a harness error is returned in its program's place, so it
    costs only that program; without, the first one raises (a lost link: the caller retries or gives up)."""
    if batch and len(programs) > 1:
        try:
            return list(runner.run_batch(programs))
        except HarnessError:
            pass
    found: list[Outcome | HarnessError] = []
    for program in programs:
        try:
            found.append(runner.run(program))
        except HarnessError as exc:
            if not catch:
                raise
            found.append(exc)
    return found
