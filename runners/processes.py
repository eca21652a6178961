"""Child processes that can never outlive the harness: own session, PDEATHSIG, atexit, group kill.

PR_SET_PDEATHSIG fires when the *thread* that forked exits, and engine workers are short-lived threads,
so every guarded process is spawned from one long-lived launcher thread.
"""
from __future__ import annotations

import atexit
import ctypes
import os
import queue
import signal
import subprocess
import threading
from typing import Any, Callable

__all__ = ["spawn_guarded", "stop_process"]

PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)
_live: dict[int, subprocess.Popen] = {}
_live_lock = threading.Lock()
_requests: "queue.Queue[tuple[Callable[[], Any], queue.Queue]]" = queue.Queue()
_launcher: threading.Thread | None = None


def _child_setup(parent: int) -> Callable[[], None]:
    def setup() -> None:
        # Between fork and exec: only a syscall and a check (async-signal-safe).
        _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the harness died before prctl took effect
            os._exit(1)
    return setup


def _launcher_loop() -> None:
    while True:
        fn, reply = _requests.get()
        try:
            reply.put((True, fn()))
        except BaseException as exc:  # handed back to the caller's thread and raised there
            reply.put((False, exc))


def _in_launcher(fn: Callable[[], Any]) -> Any:
    global _launcher
    with _live_lock:
        if _launcher is None or not _launcher.is_alive():
            _launcher = threading.Thread(target=_launcher_loop, name="mpconform-spawner", daemon=True)
            _launcher.start()
    reply: queue.Queue = queue.Queue()
    _requests.put((fn, reply))
    ok, value = reply.get()
    if not ok:
        raise value
    return value


def spawn_guarded(argv: list[str], **kw: Any) -> subprocess.Popen:
    """subprocess.Popen in its own session, killed with the harness (any signal) and at interpreter exit."""
    parent = os.getpid()
    kw.setdefault("stdin", subprocess.DEVNULL)

    def start() -> subprocess.Popen:
        return subprocess.Popen(argv, start_new_session=True, preexec_fn=_child_setup(parent), **kw)

    proc = _in_launcher(start)
    with _live_lock:
        _live[proc.pid] = proc
    return proc


def stop_process(proc: subprocess.Popen, grace: float = 1.0) -> None:
    """SIGTERM the process group, SIGKILL it after `grace` seconds, reap it. Idempotent."""
    if proc.poll() is None:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(proc.pid, sig)
            except (ProcessLookupError, PermissionError):
                break
            try:
                proc.wait(grace)
                break
            except subprocess.TimeoutExpired:
                continue
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        pass
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass
    with _live_lock:
        _live.pop(proc.pid, None)


@atexit.register
def _stop_all() -> None:
    with _live_lock:
        procs = list(_live.values())
    for proc in procs:
        stop_process(proc, grace=0.5)
