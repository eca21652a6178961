"""`qemu-microbit` target: the BBC micro:bit MicroPython firmware in qemu-system-arm, one QEMU per runner.

The emulator is started by the runner and stopped by it on every path out: `close()`, interpreter exit
(atexit), and death of the harness by any signal (runners.processes: PR_SET_PDEATHSIG, spawned from one
long-lived launcher thread).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time

from .contract import TargetSpec
from .errors import LinkError, TargetUnavailable
from .processes import spawn_guarded, stop_process
from .rawrepl import Transport
from .serial import SerialRunner, SocketTransport

__all__ = ["QemuMicrobitRunner", "QemuMicrobit", "DEFAULT_FIRMWARE"]

DEFAULT_FIRMWARE = "/usr/share/firmware-microbit-micropython/firmware.hex"
QEMU = "qemu-system-arm"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class QemuMicrobit:
    """One emulated micro:bit: a QEMU process with its UART on a loopback TCP port or a pty."""

    def __init__(self, firmware: str = DEFAULT_FIRMWARE, *, serial: str = "tcp") -> None:
        self.firmware = firmware
        self.serial = serial
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None
        self.pty: str | None = None

    def argv(self) -> list[str]:
        if self.serial == "pty":
            chardev = "pty"
        else:
            self.port = _free_port()
            chardev = f"tcp:127.0.0.1:{self.port},server=on,wait=off,nodelay=on"
        return [QEMU, "-M", "microbit", "-device", f"loader,file={self.firmware}", "-nographic",
                "-monitor", "none", "-serial", chardev]

    def start(self, timeout: float = 5.0) -> "QemuMicrobit":
        """Start QEMU and wait until its UART can be reached (the REPL itself is the runner's business)."""
        for _attempt in range(3):   # a free port can be taken between probing and QEMU binding it
            self.proc = spawn_guarded(self.argv(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            try:
                if self.serial == "pty":
                    self.pty = self._read_pty_name(timeout)
                    return self
                if self._wait_listening(timeout):
                    return self
            except LinkError:
                self.stop()
                raise
            self.stop()
        raise LinkError(f"QEMU did not open its UART on 127.0.0.1 (last port {self.port})", target="qemu-microbit")

    def _read_pty_name(self, timeout: float) -> str:
        assert self.proc is not None and self.proc.stdout is not None
        os.set_blocking(self.proc.stdout.fileno(), False)
        end = time.monotonic() + timeout
        text = b""
        while time.monotonic() < end:
            chunk = self.proc.stdout.read(4096) or b""
            text += chunk
            m = re.search(rb"(/dev/pts/\d+)", text)
            if m:
                return m.group(1).decode()
            if self.proc.poll() is not None:
                break
            time.sleep(0.02)
        raise LinkError(f"QEMU did not report its pty within {timeout}s (exit {self.proc.poll()}): {text[-300:]!r}",
                        target="qemu-microbit")

    def _wait_listening(self, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc is None or self.proc.poll() is not None:
                return False
            # QEMU binds before it runs the guest: a successful connect means the UART is there. The probe
            # connection is closed at once; QEMU accepts the runner's connection right after.
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.02)
        return False

    def output(self) -> str:
        """What QEMU itself printed (errors), for messages."""
        if self.proc is None or self.proc.stdout is None or self.proc.poll() is None:
            return ""
        try:
            return (self.proc.stdout.read() or b"")[-300:].decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            return ""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


class QemuMicrobitRunner(SerialRunner):
    """Runs programs on an emulated micro:bit (MicroPython 1.9.2); each instance owns its own QEMU."""

    name = "qemu-microbit"
    description = "BBC micro:bit MicroPython 1.9.2 in qemu-system-arm (one QEMU per pool member)"
    usage = "qemu-microbit[=firmware.hex][*N]"
    probe_target = ""
    default_profile = "qemu-microbit"
    on_host_cpu = True   # QEMU emulates the board on this host's cores

    def __init__(self, spec: TargetSpec) -> None:
        self.firmware = spec.arg or spec.option("firmware") or DEFAULT_FIRMWARE
        reason = self.availability(spec)
        if reason:
            raise TargetUnavailable(reason, target=spec.label)
        self.qemu: QemuMicrobit | None = None
        super().__init__(spec)

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        if shutil.which(QEMU) is None:
            return f"{QEMU} is not installed (apt-get install qemu-system-arm)"
        fw = spec.arg or spec.option("firmware") or DEFAULT_FIRMWARE
        if not os.path.isfile(fw):
            return f"micro:bit firmware {fw} not found (apt-get install firmware-microbit-micropython)"
        return None

    def _resolve_url(self, spec: TargetSpec) -> str:
        return "qemu"   # the real address is known once QEMU runs

    def _open_transport(self) -> Transport:
        if self._closed:
            raise LinkError("runner already closed", target=self.target)
        if self.qemu is None:
            self.qemu = QemuMicrobit(self.firmware).start()
        if not self.qemu.alive():
            raise LinkError(f"QEMU (pid {self.qemu.proc.pid if self.qemu.proc else '?'}) is not running"
                            f"{self._link_lost_detail()}", target=self.target)
        self.url = f"socket://127.0.0.1:{self.qemu.port}"
        return SocketTransport("127.0.0.1", self.qemu.port, self.target)

    def _link_lost_detail(self) -> str:
        q = self.qemu
        if q is None or q.proc is None:
            return ""
        code = q.proc.poll()
        if code is None:
            return ""
        how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        extra = q.output()
        return f"; QEMU pid {q.proc.pid} is gone ({how}){': ' + extra if extra else ''}"

    def _reconnect(self):
        if self.qemu is not None and not self.qemu.alive():
            self._drop_link()
            raise LinkError(f"the emulator died{self._link_lost_detail()}", target=self.target)
        return super()._reconnect()

    def _hard_reset(self) -> bool:
        """Restart QEMU: the emulator's power cycle."""
        self._drop_link()
        if self.qemu is not None:
            self.qemu.stop()
        self.qemu = QemuMicrobit(self.firmware).start()
        return True

    @property
    def pid(self) -> int | None:
        """The QEMU process id (for tests that check nothing is left behind)."""
        return self.qemu.proc.pid if self.qemu and self.qemu.proc else None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.qemu is not None:
                self.qemu.stop()
