"""The runner contract on the emulated micro:bit through all three ways in: qemu-microbit, a pty, RFC2217."""
from __future__ import annotations

import time

import pytest

from mpconform.runners.contract import Runner
from mpconform.runners.contract_kit import CHECKS, ContractOptions
from mpconform.runners.outcome import Program, Status
from mpconform.runners.registry import make_runner

pytestmark = pytest.mark.qemu


@pytest.fixture(scope="module", params=["qemu-microbit", "serial-pty", "rfc2217"])
def device(request) -> Runner:
    """One runner per way of reaching a board, kept open for the module (as the engine does)."""
    if request.param == "qemu-microbit":
        from .conftest import HAVE_QEMU
        if not HAVE_QEMU:
            pytest.skip("qemu-system-arm or the micro:bit firmware is not installed")
        target = "qemu-microbit"
    elif request.param == "serial-pty":
        target = f"serial:{request.getfixturevalue('qemu_pty').pty},profile=microbit"
    else:
        request.applymarker(pytest.mark.ser2net)
        target = f"serial:{request.getfixturevalue('ser2net_url')},profile=microbit"
    runner = make_runner(target)
    yield runner
    runner.close()


def test_identity_names_the_firmware(device):
    ident = device.identity()
    assert (ident.implementation, ident.version, ident.platform) == ("micropython", "1.9.2", "microbit")
    assert "nRF51" in ident.machine


def test_output_is_returned_byte_exact(device):
    out = device.run(Program(b"print('a', 1)\nprint(b'\\xff\\x00')\nprint('\\xe9', end='')\nprint('\\t\\x7f')"))
    assert out.status is Status.OK
    assert out.stdout == b"a 1\r\nb'\\xff\\x00'\r\n\xc3\xa9\t\x7f\r\n"


def test_uncaught_exception_is_raised_with_its_type(device):
    out = device.run(Program(b"print('before')\nraise KeyError(3)"))
    assert out.status is Status.RAISED and out.exc_type == "KeyError"
    assert out.stdout.startswith(b"before\r\nTraceback (most recent call last):")
    assert out.stdout.endswith(b"KeyError: 3\r\n")


def test_syntax_error_is_raised(device):
    out = device.run(Program(b"def f(:\n  pass\n"))
    assert (out.status, out.exc_type) == (Status.RAISED, "SyntaxError")


def test_skip_is_recognised_even_with_system_exit(device):
    # 1.9.2 soft-reboots on SystemExit in raw REPL: upstream tools then wait forever for a banner.
    t0 = time.monotonic()
    out = device.run(Program(b"print('SKIP')\nraise SystemExit\n", timeout=5))
    assert out.status is Status.SKIP
    assert time.monotonic() - t0 < 4
    assert device.run(Program(b"print(6*7)")).stdout == b"42\r\n"


def test_soft_reset_isolates_programs(device):
    assert device.run(Program(b"leak = 1\nprint(leak)")).status is Status.OK
    out = device.run(Program(b"print(leak)"))
    assert (out.status, out.exc_type) == (Status.RAISED, "NameError")


def test_memory_error_is_a_resource_limit(device):
    out = device.run(Program(b"x = bytearray(200000)"))
    assert out.status is Status.RAISED and out.exc_type == "MemoryError"
    assert out.is_memory_limit


def test_loop_times_out_and_next_program_runs(device):
    t0 = time.monotonic()
    out = device.run(Program(b"print('start')\nwhile True:\n  pass\n", timeout=1.0))
    assert out.status is Status.TIMEOUT
    assert out.stdout.startswith(b"start\r\n")
    assert "Ctrl-C" in out.note
    assert time.monotonic() - t0 < 4
    after = device.run(Program(b"print('next')"))
    assert (after.status, after.stdout) == (Status.OK, b"next\r\n")


def test_support_files_are_uploaded_before_the_program(device):
    helper = b"def twice(x):\n    return 2 * x\nDATA = " + repr(bytes(range(256)) * 3).encode() + b"\n"
    prog = Program(b"import helper5\nprint(helper5.twice(21), len(helper5.DATA), helper5.DATA[255])",
                   support_files=(("helper5.py", helper),))
    out = device.run(prog)
    assert (out.status, out.stdout) == (Status.OK, b"42 768 255\r\n"), out
    # Removed again afterwards: the micro:bit's flash filesystem is small.
    gone = device.run(Program(b"import os\nprint('helper5.py' in os.listdir())"))
    assert gone.stdout == b"False\r\n"


def test_large_output_is_capped_and_reported(device):
    prog = Program(b"for i in range(20000):\n  print('x' * 99)\n", timeout=20, max_output=4096)
    out = device.run(prog)
    assert len(out.stdout) == 4096
    assert "output cut at 4096 bytes" in out.note
    assert out.status is Status.CRASH
    assert device.run(Program(b"print('ok')")).stdout == b"ok\r\n"


@pytest.mark.parametrize("lines", [90, 250])
def test_long_program_goes_through(device, lines):
    # 3 KB and 9 KB of source: no byte may be lost on a link without flow control (the larger one only
    # fits the micro:bit's heap when staged as a file and compiled while streaming).
    src = b"s = 0\n" + b"".join(b"s += %d  # padding padding padding\n" % i for i in range(lines)) + b"print(s)\n"
    for _ in range(2 if lines < 100 else 1):
        out = device.run(Program(src))
        assert (out.status, out.stdout) == (Status.OK, b"%d\r\n" % sum(range(lines))), out


@pytest.mark.parametrize("check", list(CHECKS))
def test_shared_runner_contract(device, check):
    """The same kit every runner passes (runners.contract_kit), through each way of reaching the board."""
    CHECKS[check](device, ContractOptions.of(type(device)))
