"""Fault injection on the emulated micro:bit: each test checks that nothing is lost and nothing hangs."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from mpconform.runners.errors import HarnessError, LinkError
from mpconform.runners.outcome import Program, Status
from mpconform.runners.registry import make_runner

from .conftest import HAVE_QEMU, HAVE_SER2NET, FaultyProxy

pytestmark = [pytest.mark.qemu,
              pytest.mark.skipif(not HAVE_QEMU, reason="qemu-system-arm or the micro:bit firmware is not installed")]


def test_qemu_killed_mid_test_gives_a_clear_link_error():
    runner = make_runner("qemu-microbit")
    try:
        first = runner.run(Program(b"print('kept')"))
        assert first.stdout == b"kept\r\n"          # earlier results are plain values: kept by the engine
        pid = runner.pid
        threading.Timer(0.5, os.kill, (pid, signal.SIGKILL)).start()
        t0 = time.monotonic()
        with pytest.raises(LinkError) as err:
            runner.run(Program(b"while True:\n  pass\n", timeout=20))
        assert time.monotonic() - t0 < 10
        msg = str(err.value)
        assert "qemu-microbit" in msg and "QEMU" in msg and "signal 9" in msg, msg
    finally:
        runner.close()
    with pytest.raises(LinkError):
        runner.run(Program(b"print(1)"))            # closed runners refuse, they do not hang


@pytest.mark.parametrize("mode", ["drop", "corrupt"])
def test_proxy_dropping_or_corrupting_bytes_gives_errors_not_hangs(qemu_tcp, mode):
    proxy = FaultyProxy(qemu_tcp.port)
    runner = make_runner(f"serial:socket://127.0.0.1:{proxy.port},profile=fasttest")
    try:
        assert runner.run(Program(b"print('before')")).stdout == b"before\r\n"
        proxy.mode = mode
        t0 = time.monotonic()
        with pytest.raises(HarnessError) as err:
            runner.run(Program(b"print('during')", timeout=2))
        assert time.monotonic() - t0 < 20
        assert f"socket://127.0.0.1:{proxy.port}" in str(err.value)
    finally:
        runner.close()
        proxy.close()


def test_link_cut_once_is_reconnected_and_marked_retried(qemu_tcp):
    proxy = FaultyProxy(qemu_tcp.port)
    runner = make_runner(f"serial:socket://127.0.0.1:{proxy.port},profile=fasttest")
    try:
        assert runner.run(Program(b"print(1)")).status is Status.OK
        proxy.mode = "cut"
        time.sleep(0.2)
        out = runner.run(Program(b"print('again')"))
        assert (out.status, out.stdout, out.retried) == (Status.OK, b"again\r\n", True)
        assert "reconnected" in out.note
    finally:
        runner.close()
        proxy.close()


def test_timeout_then_hard_reset_when_ctrl_c_is_ignored():
    runner = make_runner("qemu-microbit")
    try:
        pid = runner.pid or (runner.run(Program(b"print(0)")) and runner.pid)
        # A program that swallows KeyboardInterrupt keeps running after Ctrl-C: QEMU must be restarted.
        src = b"while True:\n  try:\n    while True:\n      pass\n  except KeyboardInterrupt:\n    pass\n"
        out = runner.run(Program(src, timeout=1))
        assert out.status is Status.TIMEOUT
        assert runner.run(Program(b"print('alive')")).stdout == b"alive\r\n"
        assert "hard reset" in out.note or "re-entered" in out.note, out.note
        if "hard reset" in out.note:
            assert runner.pid != pid
    finally:
        runner.close()


HARNESS = r"""
import sys, time
from mpconform.runners.registry import make_runner
from mpconform.runners.outcome import Program
sys.path.insert(0, {tests!r})
runner = make_runner("qemu-microbit")
runner.run(Program(b"print(1)"))
pids = [runner.pid]
if {with_ser2net!r}:
    from devices.conftest import start_ser2net
    from mpconform.runners.qemu import QemuMicrobit
    import pathlib, tempfile
    q = QemuMicrobit(serial="pty").start()
    s, port = start_ser2net(q.pty, pathlib.Path(tempfile.mkdtemp()))
    pids += [q.proc.pid, s.pid]
print(" ".join(map(str, pids)), flush=True)
runner.run(Program(b"while True:\n  pass\n", timeout=60))
"""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_killed_harness_leaves_no_emulator_or_ser2net(sig, tmp_path):
    tests_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    script = tmp_path / "harness.py"
    script.write_text(HARNESS.format(tests=tests_dir, with_ser2net=HAVE_SER2NET))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=os.path.dirname(tests_dir))
    try:
        line = proc.stdout.readline().decode()
        pids = [int(p) for p in line.split()]
        assert pids, proc.stderr.read().decode()
        for pid in pids:
            os.kill(pid, 0)                           # alive while the harness runs
        time.sleep(0.3)
        proc.send_signal(sig)
        proc.wait(15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    deadline = time.monotonic() + 5
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [p for p in pids if _alive(p)]
        time.sleep(0.05)
    assert not alive, f"left behind after {sig.name}: {alive}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead (its parent, the harness, is gone; init reaps it).
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
