"""`serial:` target: a MicroPython board on a serial port, RFC2217 or TCP socket, driven by raw REPL.

Recovery ladder (every step bounded by the board profile): a program past its timeout gets Ctrl-C;
a board that stays silent is re-entered (Ctrl-C, Ctrl-A), then hard-reset (DTR/RTS, or the subclass's
method: qemu restarts the emulator); a link that breaks is reopened once and the program re-run
(`Outcome.retried`); if that fails too, LinkError names the target and port.
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import replace
from urllib.parse import urlparse

from .contract import Runner, TargetSpec
from .errors import LinkError, ProtocolError, TargetUnavailable
from .library import library_files
from .outcome import Identity, Outcome, Program, Status, classify_exit
from .profiles import BoardProfile, get_profile
from .rawrepl import RawRepl, ReplTimeout, Transport
from .tracebacks import parse_traceback

__all__ = ["SerialRunner", "PySerialTransport", "SocketTransport", "open_transport", "IDENTITY_PROBE"]

#: Works from MicroPython 1.9 (no sys.implementation._machine there) to today and on CircuitPython.
IDENTITY_PROBE = (
    b"import sys\n"
    b"try:\n import os;u=os.uname();m=u.machine;r=u.version\n"
    b"except Exception:\n m=getattr(sys.implementation,'_machine','');r=''\n"
    b"print(sys.implementation.name)\n"
    b"print('.'.join(str(x) for x in sys.implementation.version[:3]))\n"
    b"print(sys.platform)\nprint(m)\nprint(r)\n"
)


_RFC2217_READER = "pySerial RFC 2217 reader thread"


def _quiet_rfc2217_reader_threads() -> None:
    """pyserial's RFC2217 reader thread dies with a traceback on stderr when the far end goes (a board host that
    stops, a ser2net whose device vanished); the transport reports that as a LinkError on its next read or
    write, naming the port, so the thread's own socket error is dropped instead of printed. Installed once."""
    previous = threading.excepthook
    if getattr(previous, "_mpconform_rfc2217", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if isinstance(args.exc_value, OSError) and args.thread and args.thread.name.startswith(_RFC2217_READER):
            return
        previous(args)

    hook._mpconform_rfc2217 = True  # type: ignore[attr-defined]
    threading.excepthook = hook


class PySerialTransport:
    """A pyserial port (device path or rfc2217:// URL); errors become LinkError naming the port."""

    def __init__(self, url: str, baud: int, target: str) -> None:
        import serial  # lazily: pyserial costs nothing until a board is used

        self.description = url
        self._target = target
        self._serial_exc = serial.SerialException
        if url.startswith("rfc2217://"):
            _quiet_rfc2217_reader_threads()
        try:
            if "://" in url:   # rfc2217 and friends: no write_timeout / exclusive support in pyserial
                self._port = serial.serial_for_url(url, baudrate=baud, timeout=0.02)
            else:
                self._port = serial.serial_for_url(url, baudrate=baud, timeout=0.02, write_timeout=5,
                                                   exclusive=True)
        except (serial.SerialException, OSError, ValueError, NotImplementedError) as e:
            raise LinkError(f"cannot open serial port {url}: {e}", target=target) from e

    def write(self, data: bytes) -> None:
        try:
            self._port.write(data)
        except (self._serial_exc, OSError) as e:
            raise LinkError(f"writing to {self.description} failed: {e}", target=self._target) from e

    def read_some(self, timeout: float) -> bytes:
        end = time.monotonic() + timeout
        try:
            while True:
                n = self._port.in_waiting
                data = self._port.read(n if n else 1)
                if data:
                    n = self._port.in_waiting
                    return data + self._port.read(n) if n else data
                if time.monotonic() >= end:
                    return b""
        except (self._serial_exc, OSError) as e:
            raise LinkError(f"reading from {self.description} failed (port gone?): {e}",
                            target=self._target) from e

    def pulse(self, line: str, seconds: float = 0.1) -> None:
        """Assert then release DTR or RTS (hard reset of boards whose bridge wires it to reset)."""
        try:
            if line == "rts":
                self._port.dtr = False      # DTR drives GPIO0 on ESP boards: keep it released
                self._port.rts = True
                time.sleep(seconds)
                self._port.rts = False
            else:
                self._port.dtr = True
                time.sleep(seconds)
                self._port.dtr = False
        except (self._serial_exc, OSError) as e:
            raise LinkError(f"cannot pulse {line.upper()} on {self.description}: {e}", target=self._target) from e

    def close(self) -> None:
        try:
            self._port.close()
        except Exception:  # closing a vanished port may fail in many ways; nothing left to release
            pass


class SocketTransport:
    """A raw TCP byte stream (socket://host:port, QEMU's `-serial tcp:`): one recv per read_some."""

    def __init__(self, host: str, port: int, target: str, connect_timeout: float = 2.0) -> None:
        self.description = f"socket://{host}:{port}"
        self._target = target
        try:
            self._sock = socket.create_connection((host, port), timeout=connect_timeout)
        except OSError as e:
            raise LinkError(f"cannot connect to {self.description}: {e}", target=target) from e
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        try:
            self._sock.settimeout(5.0)
            self._sock.sendall(data)
        except OSError as e:
            raise LinkError(f"writing to {self.description} failed: {e}", target=self._target) from e

    def read_some(self, timeout: float) -> bytes:
        try:
            self._sock.settimeout(max(timeout, 0.0001))
            data = self._sock.recv(65536)
        except socket.timeout:
            return b""
        except OSError as e:
            raise LinkError(f"reading from {self.description} failed: {e}", target=self._target) from e
        if not data:
            raise LinkError(f"{self.description} closed the connection (board or emulator gone)",
                            target=self._target)
        return data

    def close(self) -> None:
        try:
            self._sock.close()
        except OSError:
            pass


def open_transport(url: str, baud: int, target: str) -> Transport:
    """socket:// gets the direct TCP transport; device paths and other URLs go through pyserial."""
    if url.startswith("socket://"):
        u = urlparse(url)
        if not u.hostname or not u.port:
            raise LinkError(f"bad socket URL {url!r}: expected socket://HOST:PORT", target=target)
        return SocketTransport(u.hostname, u.port, target)
    return PySerialTransport(url, baud, target)


_UPLOAD_CHUNK = 48          # raw bytes per acknowledged upload step (small: see _upload)
_UPLOAD_ATTEMPTS = 4
_ACCEPT_TIMEOUT = 1.5       # seconds for "OK" after the program's final \x04 (boards answer in ms)
_STAGED_MAIN = "_mpc_main.py"


_GARBLED = b"\x15mpconform: program garbled in transfer\x15"


#: What the checking wrapper prints before it runs the program: a lost wrapper line prints neither this nor
#: the garbled marker, and must not pass for a program that printed nothing.
_RUNNING = b"\x06"


def _checked(source: bytes) -> bytes:
    """Wrap a program so the board runs it only when every byte arrived (see SerialRunner._run_once)."""
    return (b"_mpc=%s\nif len(_mpc)==%d and sum(_mpc)==%d:print(%r,end='');exec(globals().pop('_mpc'))\n"
            b"else:print(%r)\n"
            % (repr(source).encode(), len(source), sum(source), _RUNNING.decode(), _GARBLED.decode()))


def _marks_garbled(stdout: bytes) -> bool:
    """The board printed the 'garbled' marker, perhaps itself garbled: the program text was, so its copy of
    the marker can lose bytes too (seen: '\\x15mpconform: program in transfer\\x15')."""
    if _GARBLED in stdout:
        return True
    head = stdout.lstrip(b"\r\n")[:80]
    return head.startswith(b"\x15") and (b"mpconform" in head or b"transfer" in head)


def _exception_name(tb: bytes) -> str:
    """The exception type of the board's error section; MicroPython prints a bare `MemoryError: ...`
    (no Traceback header) when it runs out of memory while compiling."""
    found = parse_traceback(tb, error_section=True)
    return (found.exc_type if found else None) or "unknown"


def _wrapper_broken(tb: bytes) -> bool:
    """The error came from the checking wrapper itself, not from the program it runs: no frame of the
    program's (exec's `<string>`, the staged main file) in a traceback that fills the error section."""
    found = parse_traceback(tb)
    return bool(found and found.header and found.start == 0
                and not any(f.file == "<string>" or _STAGED_MAIN[:-3] in f.file for f in found.frames))


def _yes(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() not in ("no", "0", "false", "off")


class SerialRunner(Runner):
    """Runs programs on one board over raw REPL; one open connection for the runner's whole life."""

    name = "serial"
    description = "a MicroPython board on a serial port / rfc2217:// / socket:// (raw REPL)"
    usage = "serial:PORT|rfc2217://HOST:PORT|socket://HOST:PORT|auto[,profile=esp32][,label=NAME]"
    runtests_target = "board"
    probe_target = "serial:auto"
    board = True
    on_host_cpu = False
    stop_margin = 15.0     # Ctrl-C, then re-entering the REPL, then a reset: each bounded by the profile
    kit_output = 20_000    # ~2 s at 115200 baud
    default_profile = "generic"

    def __init__(self, spec: TargetSpec) -> None:
        super().__init__(spec)
        self.target = spec.label
        prof = spec.option("profile")
        self.url = self._resolve_url(spec)
        if prof is None and getattr(self, "_auto_profile", None) is not None:
            prof = self._auto_profile.name
        try:
            self.profile: BoardProfile = get_profile(prof or self.default_profile)
        except KeyError as e:
            raise TargetUnavailable(str(e.args[0]), target=self.target) from None
        self.baud = int(spec.option("baud") or self.profile.baud)
        self.soft_reset_each = _yes(spec.option("soft_reset"), True)
        self.verify_transfer = _yes(spec.option("verify"), self.profile.verify_transfer)
        dl = spec.option("direct_limit")
        self.direct_limit = int(dl) if dl is not None else self.profile.direct_limit
        rp = spec.option("raw_paste")
        self._raw_paste: bool | None = self.profile.raw_paste if rp is None else _yes(rp, True)
        self._transport: Transport | None = None
        self._repl: RawRepl | None = None
        self._closed = False
        # Library modules on the board's file system, by name → bytes: staged once per session, kept across
        # programs and soft resets (forgotten after a hard reset, which an emulator's restart wipes).
        self._staged: dict[str, bytes] = {}

    # -- hooks for subclasses (qemu) ------------------------------------------------------------
    def _resolve_url(self, spec: TargetSpec) -> str:
        if not spec.arg:
            raise TargetUnavailable("serial target needs a port: serial:/dev/ttyACM0, serial:rfc2217://HOST:PORT, "
                                    "serial:socket://HOST:PORT or serial:auto", target=spec.label)
        if spec.arg == "auto":
            from .serial_discovery import auto_port

            found = auto_port()
            self._auto_profile = found.profile
            return found.device
        return spec.arg

    def _open_transport(self) -> Transport:
        return open_transport(self.url, self.baud, self.target)

    def _hard_reset(self) -> bool:
        """Reset the board electrically (profile's method); False when the board has no such reset."""
        t = self._transport
        if self.profile.reset in ("rts", "dtr") and isinstance(t, PySerialTransport):
            t.pulse(self.profile.reset)
            return True
        return False

    def _link_lost_detail(self) -> str:
        """Extra words for a LinkError (qemu: whether the emulator process died)."""
        return ""

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        if spec.arg is None:
            return "no port given (serial:/dev/ttyACM0, serial:rfc2217://HOST:PORT, serial:auto)"
        if spec.arg == "auto":
            from .serial_discovery import list_boards

            return None if list_boards() else "serial:auto: no USB serial board connected"
        if "://" not in spec.arg:
            import os

            if not os.path.exists(spec.arg):
                return f"serial port {spec.arg} does not exist"
        return None

    # -- connection ---------------------------------------------------------------------------
    def _connect(self) -> RawRepl:
        if self._closed:
            raise LinkError("runner already closed", target=self.target)
        if self._repl is not None:
            return self._repl
        self._transport = self._open_transport()
        repl = RawRepl(self._transport, chunk_size=self.profile.chunk_size, chunk_pause=self.profile.chunk_pause,
                       raw_paste=self._raw_paste, target=self.target)
        try:
            repl.enter(self.profile.enter_timeout)
        except ReplTimeout as e:
            self._drop_link()
            raise LinkError(f"no raw REPL prompt from {self.url} within {self.profile.enter_timeout}s: {e}",
                            target=self.target) from e
        self._repl = repl
        if self._identity is None:
            self._identity = self._probe_identity()
        return repl

    def _drop_link(self) -> None:
        if self._transport is not None:
            self._transport.close()
        self._transport = None
        self._repl = None

    def _reconnect(self) -> RawRepl:
        """Reopen a vanished port, retrying for the profile's reconnect time."""
        self._drop_link()
        end = time.monotonic() + self.profile.reconnect_timeout
        last: Exception | None = None
        while True:
            try:
                return self._connect()
            except LinkError as e:
                last = e
            if time.monotonic() >= end:
                raise LinkError(f"{self.url} did not come back within {self.profile.reconnect_timeout}s "
                                f"({last}){self._link_lost_detail()}", target=self.target) from last
            time.sleep(0.2)

    def _probe_identity(self) -> Identity:
        if self._repl is None:
            self._connect()               # connecting probes the identity
            if self._identity is not None:
                return self._identity
        repl = self._repl
        assert repl is not None
        for attempt in range(3):  # a byte lost on a link without flow control spoils one probe, not three
            try:
                out, tb = repl.exec_simple(IDENTITY_PROBE, 5.0)
            except ReplTimeout as e:
                if attempt == 2:
                    raise LinkError(f"identity probe on {self.url} got no answer: {e}", target=self.target) from e
                try:  # the probe was lost on the way: back to a clean raw REPL prompt and ask again
                    repl.enter(self.profile.enter_timeout)
                except ReplTimeout as again:
                    raise LinkError(f"identity probe on {self.url} got no answer ({e}), and no raw REPL prompt "
                                    f"after it: {again}", target=self.target) from again
                continue
            lines = out.decode("utf-8", "replace").replace("\r", "").split("\n")
            if not tb and len(lines) >= 4:
                break
        else:
            return Identity("unknown", "", "", extra=(("probe", (out + tb)[:200].decode("utf-8", "replace")),))
        extra = [("port", self.url), ("raw_paste", str(repl.raw_paste).lower())]
        if len(lines) > 4 and lines[4]:
            extra.append(("firmware", lines[4]))
        return Identity(lines[0], lines[1], lines[2], lines[3], extra=tuple(extra))

    # -- recovery -------------------------------------------------------------------------------
    def _recover(self, why: str) -> str:
        """Bring a silent board back to the raw prompt; returns how, or raises LinkError."""
        repl = self._repl
        if repl is not None:
            try:
                repl.enter(self.profile.enter_timeout)
                try:
                    repl.soft_reset(self.profile.soft_reset_timeout)
                except ReplTimeout:
                    repl.enter(self.profile.enter_timeout)
                return "re-entered raw REPL"
            except ReplTimeout:
                pass
        if self._hard_reset():
            self._staged.clear()
            self._drop_link()
            time.sleep(0.2)
            end = time.monotonic() + self.profile.boot_timeout
            while True:
                try:
                    self._connect()
                    return "hard reset"
                except LinkError as e:
                    if time.monotonic() >= end:
                        raise LinkError(f"board at {self.url} did not answer after a hard reset ({why}): {e}",
                                        target=self.target) from e
                time.sleep(0.2)
        raise LinkError(f"board at {self.url} does not answer after Ctrl-C and soft reset and has no hard reset "
                        f"(profile {self.profile.name}: reset={self.profile.reset}) ({why})", target=self.target)

    # -- running --------------------------------------------------------------------------------
    def run(self, program: Program) -> Outcome:
        try:
            return self._run_once(program)
        except LinkError as first:
            first_error = str(first)
            try:
                self._reconnect()
            except LinkError as again:
                raise LinkError(f"link lost while running {program.filename} ({first}); reconnect failed: "
                                f"{again}", target=self.target) from again
        try:
            out = self._run_once(program)
        except LinkError as e:
            raise LinkError(f"link lost again after reconnecting, running {program.filename}: {e}",
                            target=self.target) from e
        note = f"re-run after the link was lost and reconnected ({first_error})"
        return replace(out, retried=True, note=f"{out.note}; {note}" if out.note else note)

    def _prepare(self, repl: RawRepl) -> None:
        if not self.soft_reset_each:
            return
        try:
            repl.soft_reset(self.profile.soft_reset_timeout)
        except ReplTimeout as e:
            self._recover(f"soft reset did not return: {e}")

    def _run_once(self, program: Program) -> Outcome:
        repl = self._connect()
        refused = self._stage_library(repl, program)
        if refused is not None:
            return refused
        files = program.support_files
        source = program.source
        checked = False
        if not repl.raw_paste and self.direct_limit and len(source) > self.direct_limit:
            # No flow control on this link: stage the program as a verified file and import it. Import
            # compiles while streaming from the file, so programs larger than the heap still run; the
            # price is `__name__ == "_mpc_main"` and tracebacks naming _mpc_main.py.
            files = files + ((_STAGED_MAIN, source),)
            source = b"import %s\n" % _STAGED_MAIN[:-3].encode()
        elif self.verify_transfer and not repl.raw_paste:
            checked = True
            # Checked direct send: the board runs the program only if it arrived intact (length and byte sum),
            # else prints a marker and we send it again. exec() keeps __name__ == "__main__".
            source = _checked(source)
        cap = program.max_output + (len(_RUNNING) if checked else 0)   # the wrapper's mark is not output
        if files:
            failed = self._upload(repl, files)
            if failed is not None:
                self._remove(repl, files)
                return failed
        # Soft reset after the upload: files stay, the upload's garbage leaves the (tiny) heap.
        self._prepare(repl)
        repl = self._connect()
        t0 = time.monotonic()
        resent = ""
        try:
            repl.send_program(source, _ACCEPT_TIMEOUT)
        except ReplTimeout as e:
            # "OK" comes as soon as the board sees the final \x04: silence means bytes were lost on the
            # way. Nothing ran yet: clear the line, re-enter raw REPL, send once more.
            how = self._recover(f"the board did not take the program: {e}")
            repl = self._connect()
            t0 = time.monotonic()
            try:
                repl.send_program(source, _ACCEPT_TIMEOUT)
            except ReplTimeout as e2:
                how = self._recover(f"the board did not take the program twice: {e2}")
                raise ProtocolError(f"board at {self.url} did not accept {program.filename} twice ({e2}); {how}",
                                    target=self.target) from e2
            resent = f"program re-sent: the board did not acknowledge it ({how})"
        res = repl.follow(program.timeout, cap)
        for _attempt in range(_UPLOAD_ATTEMPTS):
            wrapper_broken = self.verify_transfer and _wrapper_broken(res.traceback)
            wrapper_lost = checked and not res.traceback and not res.stdout.startswith(_RUNNING)
            if not (res.finished and (_marks_garbled(res.stdout) or wrapper_broken or wrapper_lost)):
                break
            resent = "program re-sent: it arrived garbled"
            repl.send_program(source, _ACCEPT_TIMEOUT)
            t0 = time.monotonic()
            res = repl.follow(program.timeout, cap)
        if res.finished and _marks_garbled(res.stdout):
            raise ProtocolError(f"board at {self.url} received {program.filename} garbled {_UPLOAD_ATTEMPTS + 1} "
                                "times in a row", target=self.target)
        if checked and res.stdout.startswith(_RUNNING):
            res = replace(res, stdout=res.stdout[len(_RUNNING):])
        duration = time.monotonic() - t0
        notes = [resent] if resent else []
        if res.truncated:
            notes.append(f"output cut at {program.max_output} bytes")
        output = res.stdout + res.traceback
        if len(output) > program.max_output:
            output = output[:program.max_output]
        if res.timed_out or res.truncated:
            if res.finished:
                how = "the program had ended"
            elif repl.interrupt(self.profile.interrupt_timeout):
                how = "stopped with Ctrl-C"
            else:
                how = self._recover(f"{program.filename} ignored Ctrl-C")
            if files:
                self._remove(self._repl or repl, files)
            if res.timed_out:
                notes.append(f"timed out after {program.timeout}s; {how}")
                return Outcome(Status.TIMEOUT, output, duration=duration, note="; ".join(notes))
            # Same verdict as the local runners give a program that floods its output: cut, stopped, CRASH.
            notes[-1] += f"; {how}"
            return Outcome(Status.CRASH, output, duration=duration, note="; ".join(notes))
        if not res.finished:
            notes.append("no prompt after the program: " + self._recover("no prompt after the program"))
        if files:
            self._remove(self._repl or repl, files)
        if res.traceback:
            exc = _exception_name(res.traceback)
            if exc == "MemoryError":
                notes.append("MemoryError: a resource limit of the target")
            return Outcome(Status.RAISED, output, exc_type=exc, duration=duration, exit_code=1,
                           note="; ".join(notes))
        status, exc = classify_exit(output, 0)
        return Outcome(status, output, exc_type=exc, duration=duration, exit_code=0, note="; ".join(notes))

    def _upload(self, repl: RawRepl, files: tuple[tuple[str, bytes], ...]) -> Outcome | None:
        """Write files to the board's filesystem in small acknowledged chunks, each checked on the board
        (length and byte sum) before it is written and re-sent when garbled: plain raw REPL has no flow
        control (the emulated micro:bit drops bytes under load), and a lost byte must not become a wrong
        test result. Returns an Outcome when the board refuses (no space, no memory), else None."""
        for name, data in files:
            out, tb = self._step(repl, f"f=open({name!r},'wb')\n".encode(), name)
            if tb:
                return self._refusal(name, out, tb)
            try:
                for i in range(0, len(data), _UPLOAD_CHUNK):
                    d = data[i:i + _UPLOAD_CHUNK]
                    src = b"d=%s\nprint(f.write(d) if len(d)==%d and sum(d)==%d else -1)\n" % (
                        repr(d).encode(), len(d), sum(d))
                    for _attempt in range(_UPLOAD_ATTEMPTS):
                        out, tb = self._step(repl, src, name)
                        if out == b"%d\r\n" % len(d) and not tb:
                            break
                        if tb and _exception_name(tb) in ("OSError", "MemoryError"):
                            return self._refusal(name, out, tb)
                        # Garbled on the way (SyntaxError, a mangled name, checksum mismatch): nothing was
                        # written, resend.
                    else:
                        raise ProtocolError(f"uploading {name} to {self.url}: chunk at byte {i} arrived garbled "
                                            f"{_UPLOAD_ATTEMPTS} times (last answer {(out + tb)[-80:]!r})",
                                            target=self.target)
            finally:
                self._step(repl, b"f.close()\n", name)
        return None

    def _stage_library(self, repl: RawRepl, program: Program) -> Outcome | None:
        """Upload the library modules the program imports that the board does not hold yet; they stay there for
        the rest of the session. An Outcome when the board refuses one (no space, no memory)."""
        needed = library_files(b"\n".join([program.source, *(d for _, d in program.support_files)]),
                               program.library, have=[n for n, _ in program.support_files])
        missing = tuple((n, d) for n, d in needed if self._staged.get(n) != d)
        if not missing:
            return None
        refused = self._upload(repl, missing)
        if refused is not None:
            self._remove(repl, missing)
            return refused
        self._staged.update(missing)
        return None

    def _step(self, repl: RawRepl, src: bytes, name: str) -> tuple[bytes, bytes]:
        """One acknowledged helper exec; a step the board did not acknowledge is re-sent once."""
        for attempt in (1, 2):
            try:
                repl.send_program(src, _ACCEPT_TIMEOUT)
            except ReplTimeout as e:
                # Re-enter raw REPL without a soft reset: the open file `f` must survive.
                try:
                    repl.enter(self.profile.enter_timeout)
                except ReplTimeout:
                    self._recover(f"upload step for {name} not acknowledged")
                    attempt = 2
                if attempt == 2:
                    raise ProtocolError(f"uploading {name} to {self.url}: the board did not acknowledge a step "
                                        f"twice ({e})", target=self.target) from e
                continue
            res = repl.follow(10.0, 1 << 16)
            if res.timed_out or not res.finished:
                self._recover(f"upload step for {name} did not finish")
                raise ProtocolError(f"uploading {name} to {self.url}: a step did not finish "
                                    f"({(res.stdout + res.traceback)[-80:]!r})", target=self.target)
            return res.stdout, res.traceback
        raise AssertionError("unreachable")

    def _refusal(self, name: str, out: bytes, tb: bytes) -> Outcome:
        return Outcome(Status.RAISED, out + tb, exc_type=_exception_name(tb), exit_code=1,
                       note=f"the board refused file {name!r}")

    def _remove(self, repl: RawRepl, files: tuple[tuple[str, bytes], ...]) -> None:
        """Delete uploaded helpers again: small flash filesystems (micro:bit) fill up otherwise."""
        names = [n for n, _ in files]
        src = f"import os\nfor n in {names!r}:\n try:\n  os.remove(n)\n except OSError:\n  pass\n".encode()
        try:
            repl.exec_simple(src, 5.0)
        except ReplTimeout:
            self._recover("removing support files stalled")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._repl is not None:
            self._repl.leave()
        self._drop_link()
