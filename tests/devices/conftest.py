"""Fixtures for device-runner tests: emulated micro:bits (QEMU), ser2net over RFC2217, a faulty TCP proxy."""
from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from mpconform.runners.profiles import PROFILES, BoardProfile
from mpconform.runners.processes import spawn_guarded, stop_process
from mpconform.runners.qemu import DEFAULT_FIRMWARE, QemuMicrobit

HAVE_QEMU = shutil.which("qemu-system-arm") is not None and os.path.isfile(DEFAULT_FIRMWARE)
HAVE_SER2NET = shutil.which("ser2net") is not None
needs_qemu = pytest.mark.skipif(not HAVE_QEMU, reason="qemu-system-arm or the micro:bit firmware is not installed")
needs_ser2net = pytest.mark.skipif(not HAVE_SER2NET, reason="ser2net is not installed")

#: Short bounds so fault tests finish in seconds (a real board would use its own profile).
FAST = BoardProfile("fasttest", "qemu pty/socket with short bounds for fault tests", reset="none",
                    raw_paste=False, chunk_pause=0.0, enter_timeout=1.0, soft_reset_timeout=1.0,
                    interrupt_timeout=1.0, boot_timeout=2.0, reconnect_timeout=1.0)
PROFILES.setdefault("fasttest", FAST)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def qemu_pty():
    """A QEMU micro:bit with its UART on a pty; yields the QemuMicrobit (path in `.pty`)."""
    if not HAVE_QEMU:
        pytest.skip("qemu-system-arm or the micro:bit firmware is not installed")
    q = QemuMicrobit(serial="pty").start()
    try:
        yield q
    finally:
        q.stop()


@pytest.fixture()
def qemu_tcp():
    """A fresh QEMU micro:bit with its UART on a loopback TCP port (for tests that break it)."""
    if not HAVE_QEMU:
        pytest.skip("qemu-system-arm or the micro:bit firmware is not installed")
    q = QemuMicrobit(serial="tcp").start()
    try:
        yield q
    finally:
        q.stop()


def start_ser2net(pty: str, workdir: Path) -> tuple[subprocess.Popen, int]:
    """ser2net exporting `pty` as RFC2217 on 127.0.0.1:PORT, in the foreground, guarded like QEMU."""
    port = free_port()
    cfg = workdir / "ser2net.yaml"
    cfg.write_text("connection: &con01\n"
                   f"  accepter: telnet(rfc2217),tcp,127.0.0.1,{port}\n"
                   f"  connector: serialdev,{pty},115200n81,local\n")
    proc = spawn_guarded(["ser2net", "-n", "-u", "-P", str(workdir / "ser2net.pid"), "-c", str(cfg)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    end = time.monotonic() + 5
    while time.monotonic() < end:
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            raise RuntimeError(f"ser2net exited with {proc.returncode}: {out}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, port
        except OSError:
            time.sleep(0.05)
    stop_process(proc)
    raise RuntimeError(f"ser2net did not listen on 127.0.0.1:{port} within 5 s")


@pytest.fixture(scope="module")
def ser2net_url(tmp_path_factory):
    """`rfc2217://127.0.0.1:PORT?ign_set_control` for a QEMU micro:bit exported by ser2net."""
    if not HAVE_QEMU:
        pytest.skip("qemu-system-arm or the micro:bit firmware is not installed")
    if not HAVE_SER2NET:
        pytest.skip("ser2net is not installed")
    q = QemuMicrobit(serial="pty").start()
    try:
        proc, port = start_ser2net(q.pty, tmp_path_factory.mktemp("ser2net"))
        try:
            yield f"rfc2217://127.0.0.1:{port}?ign_set_control"
        finally:
            stop_process(proc)
    finally:
        q.stop()


class FaultyProxy:
    """A loopback TCP proxy between harness and board that can pass, drop, corrupt or cut the stream.

    Modes act on board→harness bytes: "pass", "drop" (swallow everything), "corrupt" (flip every
    byte), "cut" (close the current connection once, then pass again).
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream = upstream_port
        self.mode = "pass"
        self._srv = socket.socket()
        self._srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._srv.bind(("127.0.0.1", 0))
        self._srv.listen(4)
        self.port = self._srv.getsockname()[1]
        self._stop = threading.Event()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._srv.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self._srv.accept()
            except OSError:
                continue
            try:
                up = socket.create_connection(("127.0.0.1", self.upstream), timeout=2)
            except OSError:
                client.close()
                continue
            self._pairs.append((client, up))
            threading.Thread(target=self._pump, args=(client, up), daemon=True).start()

    def _pump(self, client: socket.socket, up: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                if self.mode == "cut":
                    self.mode = "pass"
                    return
                ready, _, _ = select.select([client, up], [], [], 0.05)
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    if s is client:
                        up.sendall(data)
                    elif self.mode == "pass":
                        client.sendall(data)
                    elif self.mode == "corrupt":
                        client.sendall(bytes(b ^ 0x5A for b in data))
                    # "drop": swallow
        except OSError:
            return
        finally:
            client.close()
            up.close()

    def close(self) -> None:
        self._stop.set()
        self._srv.close()
        self._thread.join(2)
        for c, u in self._pairs:
            c.close()
            u.close()
