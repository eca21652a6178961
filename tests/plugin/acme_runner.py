"""A target added the way a user adds one, for tests/plugin/test_adding_a_target.py: this file and one registry
line (an entry point), nothing else. It runs each program in a CPython spawned for it alone."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mpconform.runners import Outcome, Program, Runner, TargetSpec, classify_exit

__all__ = ["AcmeRunner"]


class AcmeRunner(Runner):
    name = "acme"
    description = "test target: CPython spawned afresh for each program"
    usage = "acme[=/path/python3]"
    crash_program = b"import os\nprint('dying', flush=True)\nos.abort()\n"

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        python = spec.arg or sys.executable
        return None if os.access(python, os.X_OK) else f"no python at {python}"

    def run(self, program: Program) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="acme-") as tmp:
            script = Path(tmp) / program.filename
            script.write_bytes(program.source)
            for name, data in program.support_files:
                (Path(tmp) / name).write_bytes(data)
            where = str(program.directory or tmp)
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "PYTHONPATH": where,
                   "PYTHONHASHSEED": "0"}
            started = time.monotonic()
            proc = subprocess.Popen([self.spec.arg or sys.executable, "-S", "-B", str(script)], cwd=where, env=env,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            try:
                out, _ = proc.communicate(timeout=program.timeout)
                timed_out = False
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                out, _ = proc.communicate()
                timed_out = True
        code = proc.returncode if proc.returncode >= 0 else None  # killed by a signal: a crash
        status, exc = classify_exit(out, code, timed_out=timed_out)
        note = f"output cut at {program.max_output} bytes (cap)" if len(out) > program.max_output else ""
        return Outcome(status, out[:program.max_output], exc, time.monotonic() - started, code, note)
