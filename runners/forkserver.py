"""Host side of the fork-per-program worker: start it, send programs, read outcomes, restart when it dies."""
from __future__ import annotations

import json
import os
import select
import shutil
import signal
import struct
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Sequence

from .errors import LinkError, SandboxDenied, TargetUnavailable
from .outcome import Outcome, Program, Status, classify_exit
from .processes import spawn_guarded, stop_process
from .workcopy import working_copy

__all__ = ["ForkServer", "WORKER_SCRIPT", "scratch_base"]

WORKER_SCRIPT = Path(__file__).with_name("_forkworker.py")
_HDR = struct.Struct(">I")
_GRACE = 5.0  # seconds the worker may take beyond a program's timeout before we call it hung


def scratch_base() -> str | None:
    """Where working copies go: $TMPDIR if the user chose one, else a roomy RAM disk, else the default.
    Each program gets a folder and a file or two; on tmpfs that costs a fifth of what it does on disk."""
    if os.environ.get("TMPDIR"):
        return None
    try:
        st = os.statvfs(_RAM_DISK)
    except OSError:
        return None
    roomy = st.f_bavail * st.f_frsize >= _RAM_DISK_MIN_FREE
    return _RAM_DISK if roomy and os.access(_RAM_DISK, os.W_OK | os.X_OK) else None


_RAM_DISK = "/dev/shm"
_RAM_DISK_MIN_FREE = 512 << 20  # containers often mount a 64 MB /dev/shm: too small to hold a test's files


class ForkServer:
    """One worker process serving programs one at a time; `run` never lets a program hang the host."""

    def __init__(self, target: str, argv: list[str], init: dict, *, env: dict[str, str] | None = None,
                 memory: int | None = 2 << 30, sandbox: bool = True,
                 argv_prefix: list[str] | None = None, enforces_timeout: bool = True, ships_files: bool = False) -> None:
        self.target = target
        self._argv = argv
        self._init = dict(init)
        self._env = env
        self._memory = memory
        self._sandbox = sandbox
        self._argv_prefix = argv_prefix or []
        # A fork worker kills an overdue child itself; a single-threaded worker (node) cannot, so the host
        # deadline is the program's timeout and the whole worker is restarted.
        self._enforces_timeout = enforces_timeout
        # Support files go to a worker that has its own file system (node's MEMFS), or to a program with no
        # folder of its own; never into a working copy whose entries link back into the user's tree.
        self._ships_files = ships_files
        self._proc: subprocess.Popen | None = None
        self._scratch: str | None = None
        self._seq = 0

    # -- lifecycle ---------------------------------------------------------------------------------------
    def _start(self) -> None:
        self._scratch = tempfile.mkdtemp(prefix="mpconform-", dir=scratch_base())
        try:
            self._proc = spawn_guarded(self._argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, env=self._env, close_fds=True)
        except OSError as exc:
            raise TargetUnavailable(f"cannot start worker {self._argv[0]}: {exc.strerror}", target=self.target) from exc
        init = dict(self._init, scratch=self._scratch)
        try:
            self._send(init)
            header, _ = self._receive(30.0)
        except LinkError as exc:
            why = self._last_stderr_line() or str(exc)
            self.close()
            raise TargetUnavailable(f"worker {self._argv[0]} failed to start: {why}", target=self.target) from exc
        if not header.get("ready"):
            raise LinkError(f"worker did not start: {header}", target=self.target)

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            try:
                self._write(proc, {"quit": True})
            except (OSError, ValueError):
                pass
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            stop_process(proc)
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    # -- running -----------------------------------------------------------------------------------------
    def run(self, program: Program, env: dict[str, str] | None = None, **extra: object) -> Outcome:
        """Run one program; `env` is set in the program's process only (e.g. MICROPYPATH for its folder)."""
        self._ensure_started()
        self._seq += 1
        self._send({"seq": self._seq, **self._item(program, env), **self._common(program), **extra})
        try:
            header, out = self._receive(program.timeout + (_GRACE if self._enforces_timeout else 0.0))
        except LinkError as exc:
            return self._lost(program, exc)
        return self._outcome(header, out, program)

    def run_batch(self, programs: Sequence[Program], envs: Sequence[dict[str, str] | None] | None = None
                  ) -> list[Outcome]:
        """Run programs one after another in one forked child, each as `run` would (own folder, own output,
        own deadline, fresh interpreter state), saving a fork per program. The first program that does not
        end normally (timeout, crash, output cap) is run again alone, and the rest go on in a fresh child."""
        envs = list(envs) if envs is not None else [None] * len(programs)
        outcomes: list[Outcome] = []
        start = 0
        while start < len(programs):
            if len(programs) - start == 1:
                outcomes.append(self.run(programs[start], envs[start]))
                break
            self._ensure_started()
            self._seq += 1
            rest = programs[start:]
            items = [self._item(p, e) for p, e in zip(rest, envs[start:])]
            self._send({"seq": self._seq, "batch": items, **self._common(*rest)})
            try:
                header, out = self._receive(sum(p.timeout for p in rest) + _GRACE)
            except LinkError:  # the worker died or hung: restart it; the next program is run alone below
                self.close()
                header, out = {"batch": []}, b""
            offset = 0
            for result, program in zip(header["batch"], rest):
                n = result["length"]
                outcomes.append(self._outcome(dict(result, signal=None, timed_out=False, truncated=False),
                                              out[offset:offset + n], program))
                offset += n
            start += len(header["batch"])
            if start < len(programs):
                outcomes.append(self.run(programs[start], envs[start]))
                start += 1
        return outcomes

    def _ensure_started(self) -> None:
        if self._proc is None or self._proc.poll() is not None:
            self.close()
            self._start()

    def _item(self, program: Program, env: dict[str, str] | None) -> dict:
        """What differs between programs of one request."""
        item = {
            "source": program.source.decode("latin-1"), "filename": program.filename,
            "directory": str(program.directory) if program.directory else None,
            "files": [(n, d.decode("latin-1")) for n, d in program.support_files
                      if self._ships_files or program.directory is None],
            "timeout": program.timeout, "env": env or {},
        }
        if program.directory and not self._ships_files:
            plan = working_copy(program.directory)
            item.update(link=list(plan.link), copy=list(plan.copy))
        return item

    def _common(self, *programs: Program) -> dict:
        return {"max_output": min(p.max_output for p in programs), "memory": self._memory, "sandbox": self._sandbox,
                "argv_prefix": self._argv_prefix}

    def _lost(self, program: Program, exc: LinkError) -> Outcome:
        if not self._enforces_timeout and exc.args and "in time" in str(exc.args[0]):
            self.close()
            return Outcome(Status.TIMEOUT, b"", duration=program.timeout, note="worker restarted after timeout")
        # The worker itself died or hung (not the program's child): restart it next time, report a crash.
        stderr = self._last_stderr_line()
        self.close()
        return Outcome(Status.CRASH, b"", note=f"the target's process died; restarted. {stderr}".strip())

    def _outcome(self, header: dict, out: bytes, program: Program) -> Outcome:
        if header.get("denied"):
            raise SandboxDenied(f"the sandbox refused {header['denied']} while running {program.filename}: what "
                                "it printed then is the sandbox's doing, not the program's", target=self.target)
        status, exc = classify_exit(out, header["exit_code"], timed_out=header["timed_out"])
        notes = []
        if header["signal"] is not None and not header["timed_out"]:
            status = Status.CRASH
            notes.append(f"killed by signal {signal.Signals(header['signal']).name}")
        if header["truncated"]:
            notes.append(f"output cut at {program.max_output} bytes")
            if status is Status.OK:
                status = Status.CRASH
        return Outcome(status, out, exc_type=exc, duration=header["duration"], exit_code=header["exit_code"],
                       note="; ".join(notes), cpu=header.get("cpu"))

    # -- framing -----------------------------------------------------------------------------------------
    def _send(self, obj: dict) -> None:
        assert self._proc is not None
        try:
            self._write(self._proc, obj)
        except (BrokenPipeError, OSError, ValueError) as exc:
            raise LinkError(f"worker pipe closed: {exc}", target=self.target) from exc

    @staticmethod
    def _write(proc: subprocess.Popen, obj: dict) -> None:
        raw = json.dumps(obj).encode("utf-8")
        assert proc.stdin is not None
        proc.stdin.write(_HDR.pack(len(raw)) + raw)
        proc.stdin.flush()

    def _receive(self, timeout: float) -> tuple[dict, bytes]:
        """One reply: `>I` length, JSON header, then the `length` output bytes it announces. Reads greedily
        (one select and one read usually take the whole reply) and never past the reply's end."""
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        buf = self._read_upto(fd, bytearray(), 4, deadline)
        (n,) = _HDR.unpack(buf[:4])
        buf = self._read_upto(fd, buf, 4 + n, deadline)
        header = json.loads(bytes(buf[4:4 + n]))
        end = 4 + n + header.get("length", 0)
        buf = self._read_upto(fd, buf, end, deadline)
        return header, bytes(buf[4 + n:end])

    def _read_upto(self, fd: int, buf: bytearray, n: int, deadline: float) -> bytearray:
        """Extend `buf` to at least `n` bytes. The worker sends nothing unasked, so a read of up to 64 KiB
        cannot run into the next reply."""
        while len(buf) < n:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise LinkError("worker did not answer in time", target=self.target)
            chunk = os.read(fd, max(n - len(buf), 65536))
            if not chunk:
                raise LinkError("worker exited", target=self.target)
            buf += chunk
        return buf

    def _last_stderr_line(self) -> str:
        """The worker's last word on stderr (an import error, a traceback's final line), if it said one."""
        proc = self._proc
        if proc is None or proc.stderr is None:
            return ""
        fd = proc.stderr.fileno()
        text = b""
        while select.select([fd], [], [], 0.2)[0]:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            text += chunk
        lines = text.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else ""
