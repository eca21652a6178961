"""asyncio: MicroPython's select-free core (tasks, sleep, gather, Event, Lock, wait_for) on virtual time."""
from __future__ import annotations

import heapq
from collections import deque as _deque
from typing import Any

from mpconform.interpreter.lib._board import board_for
from mpconform.interpreter.lib.modtime import ticks_add, ticks_diff

__all__ = ["make_module", "CancelledError", "TimeoutError_"]


class CancelledError(BaseException):
    """Thrown into a task that was cancelled (a BaseException, as in MicroPython)."""


class TimeoutError_(Exception):
    """wait_for ran out of time."""


TimeoutError_.__name__ = TimeoutError_.__qualname__ = "TimeoutError"


class _Request:
    """What our awaitables yield to the scheduler: a kind and its arguments."""

    __slots__ = ("kind", "args")

    def __init__(self, kind: str, *args: object) -> None:
        self.kind, self.args = kind, args


class _Awaitable:
    """Base of host awaitables: `await x` delegates to the generator x.__await__()."""

    def __await__(self):
        raise NotImplementedError

    def __iter__(self):
        return self.__await__()


class _Sleep(_Awaitable):
    def __init__(self, us: int) -> None:
        self.us = us

    def __await__(self):
        yield _Request("sleep", self.us)


def _scheduler(rt: Any) -> dict[str, object]:
    """One event loop per runtime, and the module namespace built around it."""
    board = board_for(rt)
    ready: _deque = _deque()             # (task, exception to throw or None)
    timed: list = []                     # heap of (deadline_us, seq, task, wake token)
    state = {"current": None, "seq": 0, "handler": None, "stop": False}

    class Task(_Awaitable):
        def __init__(self, coro: object) -> None:
            if not hasattr(coro, "send"):
                raise TypeError("coroutine expected")
            self.coro = coro
            self.data = None
            self._done = False
            self._result: object = None
            self._exc: BaseException | None = None
            self._waiters: list[Task] = []
            self._blocked: list = []      # things this task waits on (tasks, events, locks)
            self._token = 0
            self._retrieved = False
            self._cancel_pending = False

        def done(self) -> bool:
            return self._done

        def cancel(self) -> bool:
            if self._done:
                return False
            if state["current"] is self:
                self._cancel_pending = True
                return True
            _unblock(self)
            _wake(self, CancelledError())
            return True

        def __await__(self):
            if not self._done:
                yield _Request("wait", [self])
            self._retrieved = True
            if self._exc is not None:
                raise self._exc
            return self._result

        def __repr__(self) -> str:
            return "<Task>"

    def _unblock(task: Task) -> None:
        for thing in task._blocked:
            if task in thing._waiters:
                thing._waiters.remove(task)
        task._blocked = []
        task._token += 1      # stale heap entries of this task are skipped

    def _wake(task: Task, exc: BaseException | None = None) -> None:
        _unblock(task)
        ready.append((task, exc))

    def _finish(task: Task, result: object = None, exc: BaseException | None = None) -> None:
        task._done, task._result, task._exc = True, result, exc
        waiters, task._waiters = task._waiters, []
        for w in waiters:
            _wake(w)
            task._retrieved = True
        if exc is not None and not waiters and not isinstance(exc, CancelledError) and task is not state.get("main"):
            _report(task, exc)

    def _report(task: Task, exc: BaseException) -> None:
        handler = state["handler"]
        if handler is not None:
            rt.call(handler, loop, {"message": "Task exception wasn't retrieved", "future": task, "exception": exc})
            return
        err = getattr(rt, "stderr", rt.stdout)
        err.write("Task exception wasn't retrieved\n")
        printer = getattr(rt, "print_exception", None)
        if printer is not None:
            printer(exc)
        else:
            err.write(f"{type(exc).__name__}: {exc}\n")

    def _step(task: Task, exc: BaseException | None) -> None:
        if task._done:
            return
        if task._cancel_pending and exc is None:
            task._cancel_pending = False
            exc = CancelledError()
        state["current"] = task
        try:
            req = task.coro.throw(exc) if exc is not None else task.coro.send(None)
        except StopIteration as stop:
            _finish(task, result=stop.value)
            return
        except (Exception, CancelledError) as e:
            _finish(task, exc=e)
            return
        finally:
            state["current"] = None
        _handle(task, req)

    def _handle(task: Task, req: object) -> None:
        if req is None:                       # a bare yield: run again after the others
            ready.append((task, None))
            return
        if not isinstance(req, _Request):
            _wake(task, RuntimeError(f"asyncio: a task yielded {type(req).__name__}, expected an awaitable"))
            return
        if req.kind == "sleep":
            _at(task, board.now_us() + max(0, req.args[0]))
        elif req.kind in ("wait", "waitany"):
            for other in req.args[0]:
                if other._done:
                    ready.append((task, None))
                    return
            for other in req.args[0]:
                other._waiters.append(task)
                task._blocked.append(other)
            if len(req.args) > 1:             # a timeout
                _at(task, board.now_us() + req.args[1])
        elif req.kind == "park":              # Event.wait / Lock.acquire
            thing = req.args[0]
            thing._waiters.append(task)
            task._blocked.append(thing)

    def _at(task: Task, deadline: int) -> None:
        state["seq"] += 1
        heapq.heappush(timed, (deadline, state["seq"], task, task._token))

    def _run_until(main: Task | None) -> None:
        """Run tasks until `main` is done (or the loop is stopped / has nothing left when main is None)."""
        state["stop"] = False
        while not (main is not None and main._done) and not state["stop"]:
            if ready:
                task, exc = ready.popleft()
                _step(task, exc)
                continue
            while timed and (timed[0][2]._token != timed[0][3] or timed[0][2]._done):
                heapq.heappop(timed)
            board_next = board.next_deadline_us()
            if not timed and board_next is None:
                if main is None:
                    return
                raise RuntimeError("asyncio: every task waits on something that can never happen (deadlock)")
            now = board.now_us()
            target = min(d for d in (timed[0][0] if timed else None, board_next) if d is not None)
            if target > now:
                board.advance_us(target - now)   # fires machine timers on the way
            now = board.now_us()
            while timed and timed[0][0] <= now:
                deadline, _, task, token = heapq.heappop(timed)
                if token == task._token and not task._done:
                    _wake(task)

    def create_task(coro):
        task = Task(coro)
        ready.append((task, None))
        return task

    def run(coro):
        task = coro if isinstance(coro, Task) else create_task(coro)
        state["main"] = task
        _run_until(task)
        if task._exc is not None:
            raise task._exc
        return task._result

    def sleep(t):
        if not isinstance(t, (int, float)):
            raise TypeError(f"can't convert {type(t).__name__} to float")
        return _Sleep(round(t * 1_000_000))

    def sleep_ms(t):
        if not isinstance(t, int):
            raise TypeError(f"can't convert {type(t).__name__} to int")
        return _Sleep(t * 1000)

    class _Gather(_Awaitable):
        def __init__(self, aws, return_exceptions):
            self.tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
            self.return_exceptions = return_exceptions

        def __await__(self):
            while True:
                for t in self.tasks:
                    if t._done and t._exc is not None and not self.return_exceptions:
                        t._retrieved = True
                        raise t._exc
                pending = [t for t in self.tasks if not t._done]
                if not pending:
                    break
                yield _Request("waitany", pending)
            return [t._exc if t._exc is not None else t._result for t in self.tasks]

    def gather(*aws, return_exceptions=False):
        return _Gather(aws, return_exceptions)

    class _WaitFor(_Awaitable):
        def __init__(self, aw, us):
            self.task = aw if isinstance(aw, Task) else create_task(aw)
            self.us = us

        def __await__(self):
            if self.us is not None and not self.task._done:
                yield _Request("wait", [self.task], self.us)
            elif not self.task._done:
                yield _Request("wait", [self.task])
            if not self.task._done:
                self.task.cancel()
                raise TimeoutError_()
            self.task._retrieved = True
            if self.task._exc is not None:
                raise self.task._exc
            return self.task._result

    def wait_for(aw, timeout):
        return _WaitFor(aw, None if timeout is None else round(timeout * 1_000_000))

    def wait_for_ms(aw, timeout):
        return _WaitFor(aw, None if timeout is None else timeout * 1000)

    class _Now(_Awaitable):
        """An awaitable that completes at once with `f()`."""

        def __init__(self, f):
            self.f = f

        def __await__(self):
            return self.f()
            yield  # noqa: unreachable - makes this a generator

    class Event:
        def __init__(self):
            self.state = False
            self._waiters: list[Task] = []

        def is_set(self):
            return self.state

        def set(self):
            self.state = True
            waiters, self._waiters = self._waiters, []
            for w in waiters:
                _wake(w)

        def clear(self):
            self.state = False

        def wait(self):
            ev = self

            class _Wait(_Awaitable):
                def __await__(self):
                    if not ev.state:
                        yield _Request("park", ev)
                    return True

            return _Wait()

    class Lock:
        def __init__(self):
            self.state = 0
            self._waiters: list[Task] = []

        def locked(self):
            return self.state == 1

        def release(self):
            if self.state != 1:
                raise RuntimeError("Lock not acquired")
            if self._waiters:
                _wake(self._waiters.pop(0))   # ownership passes straight to the next waiter
            else:
                self.state = 0

        def acquire(self):
            lock = self

            class _Acquire(_Awaitable):
                def __await__(self):
                    if lock.state == 0:
                        lock.state = 1
                        return True
                    yield _Request("park", lock)
                    return True

            return _Acquire()

        def __aenter__(self):
            return self.acquire()

        def __aexit__(self, *exc):
            return _Now(self.release)

    class Loop:
        def create_task(self, coro):
            return create_task(coro)

        def run_until_complete(self, aw):
            return run(aw)

        def run_forever(self):
            _run_until(None)

        def stop(self):
            state["stop"] = True

        def close(self):
            pass

        def set_exception_handler(self, handler):
            state["handler"] = handler

        def get_exception_handler(self):
            return state["handler"]

        def call_exception_handler(self, context):
            _report(context.get("future"), context.get("exception"))

        def __repr__(self):
            return "<Loop>"

    loop = Loop()

    def current_task():
        return state["current"]

    def get_event_loop(*args):
        return loop

    def ticks():
        return (board.read_us() // 1000) & ((1 << 62) - 1)

    return {
        "__name__": "asyncio", "CancelledError": CancelledError, "TimeoutError": TimeoutError_, "Task": Task,
        "Event": Event, "Lock": Lock, "Loop": Loop, "create_task": create_task, "run": run, "sleep": sleep,
        "sleep_ms": sleep_ms, "gather": gather, "wait_for": wait_for, "wait_for_ms": wait_for_ms,
        "current_task": current_task, "get_event_loop": get_event_loop, "new_event_loop": get_event_loop,
        "run_until_complete": lambda aw: run(aw), "ticks": ticks, "ticks_add": ticks_add, "ticks_diff": ticks_diff,
    }


def make_module(rt: Any) -> dict[str, object]:
    """The asyncio module of runtime `rt` (its own event loop)."""
    return _scheduler(rt)
