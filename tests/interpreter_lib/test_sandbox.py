"""Files and os stay inside rt.sandbox; big buffers are charged to the runtime's heap before they exist."""
from __future__ import annotations

import errno
import os

import pytest

from mpconform.interpreter.lib.fileio import open_in_sandbox

from .shim import load, make_rt, run_program


@pytest.fixture
def outside(tmp_path):
    """A secret file next to (not inside) the sandbox folder."""
    (tmp_path / "box").mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("host data")
    return tmp_path


def test_dotdot_cannot_leave_the_sandbox(outside):
    rt = make_rt(sandbox=outside / "box")
    with pytest.raises(OSError) as info:
        open_in_sandbox(rt, "../secret.txt", "r")
    assert info.value.errno == errno.EPERM
    with pytest.raises(OSError):
        load(rt, "os").listdir("../..")


def test_absolute_paths_are_rooted_at_the_sandbox(outside):
    rt = make_rt(sandbox=outside / "box")
    with open_in_sandbox(rt, "/made.txt", "w") as f:
        f.write("x")
    assert (outside / "box" / "made.txt").read_text() == "x"
    with pytest.raises(OSError) as info:
        open_in_sandbox(rt, str(outside / "secret.txt"), "r")
    assert info.value.errno == errno.ENOENT


def test_symlink_pointing_out_is_refused(outside):
    rt = make_rt(sandbox=outside / "box")
    os.symlink(outside / "secret.txt", outside / "box" / "link")
    with pytest.raises(OSError) as info:
        open_in_sandbox(rt, "link", "r")
    assert info.value.errno == errno.EPERM


def test_file_descriptor_numbers_are_refused(rt):
    with pytest.raises(OSError) as info:
        open_in_sandbox(rt, 0, "r")
    assert info.value.errno == errno.EBADF


def test_chdir_and_getcwd_are_virtual(rt):
    os_ = load(rt, "os")
    os_.mkdir("sub")
    os_.chdir("sub")
    assert os_.getcwd() == "/sub"
    with open_in_sandbox(rt, "f", "w") as f:
        f.write("1")
    assert (rt.sandbox / "sub" / "f").exists()
    os_.chdir("/")
    assert os_.getcwd() == "/" and os_.listdir() == ["sub"]


def test_oserror_carries_errno_as_micropython_does(rt):
    with pytest.raises(OSError) as info:
        load(rt, "os").remove("missing")
    assert info.value.args == (errno.ENOENT,) and info.value.errno == errno.ENOENT


@pytest.mark.parametrize("program", [
    "import struct; struct.pack('100000000x')",
    "import io; s = io.BytesIO(); s.seek(10**9); s.write(b'x')",
    "import math; math.factorial(10**7)",
    "import struct; struct.pack('%dx' % 2**40)",
])
def test_big_buffers_raise_memoryerror_under_a_heap_limit(program):
    rt = make_rt()
    rt.heap_limit = 1 << 20
    assert run_program(program, rt).startswith("MemoryError: memory allocation failed")


def test_array_growth_is_charged(rt):
    rt.heap_limit = 64 << 10
    array = load(rt, "array").array
    with pytest.raises(MemoryError):
        array("b", range(200_000))
