"""The reference's prompt, driven through a real pty and a pipe, gives the unix port's transcript byte for byte."""
from __future__ import annotations

import os
import pathlib
import pty
import re
import select
import signal
import subprocess
import sys
import time

import pytest


ROOT = pathlib.Path(__file__).resolve().parents[2]
REF = [sys.executable, "-m", "mpconform.interpreter"]
# Where the terminal waits for the next keys: a prompt (after auto-indent), paste mode's, the raw REPL's.
PROMPT = re.compile(rb"(>>> |\.\.\. *|=== |\r\n>|\x04>)\Z")
BANNER_FIRST_LINE = re.compile(rb"^MicroPython [^\r\n]*; linux \[[^\r\n]*\] version\r\r\n", re.M)
NORMAL_BANNER = b"MicroPython <build>; linux [<compiler>] version\r\r\n"
STEP_SECONDS = 10.0


class Terminal:
    """A program on a pty: keys go in, everything the terminal shows is kept as the transcript."""

    def __init__(self, argv: list[str], home: pathlib.Path) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:       # the child: nothing Python-level may run here but exec
            os.chdir(ROOT)
            os.environ["HOME"] = str(home)     # where the REPL keeps its history: not the user's
            os.execvp(argv[0], argv)
        self.out = b""
        self.rc: int | None = None
        self.wait_for(PROMPT)

    def _read(self, timeout: float) -> bool:
        """Whether something arrived within `timeout` seconds."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:         # EIO: the program has gone
            data = b""
        self.out += data
        return bool(data)

    def wait_for(self, pattern: re.Pattern = PROMPT, since: int | None = None) -> None:
        """Read until what the transcript shows from `since` on ends with `pattern`; fail after STEP_SECONDS."""
        start = len(self.out) if since is None else since
        deadline = time.monotonic() + STEP_SECONDS
        while len(self.out) == start or not pattern.search(self.out, start):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {pattern.pattern!r} after {STEP_SECONDS}s; transcript: {self.out!r}")
            if not self._read(min(left, 0.2)) and self.exited():
                raise AssertionError(f"the program ended ({self.rc}) awaiting {pattern.pattern!r}: {self.out!r}")

    def send(self, keys: bytes, until: re.Pattern = PROMPT) -> None:
        """Type `keys`, then wait until the terminal shows `until` again."""
        start = len(self.out)
        os.write(self.fd, keys)
        self.wait_for(until, start)

    def exited(self) -> bool:
        if self.rc is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.rc = os.waitstatus_to_exitcode(status)
        return self.rc is not None

    def finish(self, keys: bytes = b"") -> int:
        """Type the last keys, read to the end; returns the exit code."""
        if keys:
            os.write(self.fd, keys)
        deadline = time.monotonic() + STEP_SECONDS
        while not self.exited() and time.monotonic() < deadline:
            self._read(0.1)
        while self._read(0.05) and len(self.out) < 1 << 20:     # what was written just before the end
            pass
        assert self.rc is not None, f"still running after its last keys: {self.out!r}"
        return self.rc

    def close(self) -> None:
        if not self.exited():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def session(argv, steps, last: bytes, home: pathlib.Path) -> tuple[bytes, int]:
    """Type each step (keys, or keys and the pattern to await), then `last`; the transcript, banner line
    normalised, and the exit code. A step types one line at most: the prompt after its first line would let
    the next step's keys go while a program runs, when the tty echoes them too (timing, not behaviour)."""
    t = Terminal(argv, home)
    try:
        for step in steps:
            if isinstance(step, float):
                time.sleep(step)    # a moment for what is not shown: a loop running, a tty going raw
            elif isinstance(step, tuple):
                t.send(*step)
            else:
                t.send(step)
        rc = t.finish(last)
    finally:
        t.close()
    return BANNER_FIRST_LINE.sub(NORMAL_BANNER, t.out), rc


HEAD = NORMAL_BANNER + b'Type "help()" for more information.\r\r\n>>> '
TB = b"Traceback (most recent call last):\r\n"
RAW_PASTE_OK = b"R\x01\x80\x00\x01"     # raw-paste accepted: a 128-byte window, and a second one granted
RAW_PASTE = re.compile(re.escape(RAW_PASTE_OK) + rb"\Z")
ASKED = re.compile(rb"\r\n\? \Z")     # input()'s prompt

SESSIONS = {
    "values_errors_and_blocks": (
        [b"1+1\r", b"None\r", b"_\r", b"x = 5\r", b"_\r", b"1/0\r", b"def g():\r", b"return 1/0\r", b"\r", b"\r",
         b"\r", b"g()\r", b"x = = 1\r", b"print('a', end='')\r", b"for i in range(2):\r", b"print(i)\r", b"\r",
         b"\r", b"\r"],
        b"\x04", 0,
        HEAD + b"1+1\r\r\n2\r\n>>> None\r\r\n>>> _\r\r\n2\r\n>>> x = 5\r\r\n>>> _\r\r\n2\r\n>>> 1/0\r\r\n"
        + TB + b'  File "<stdin>", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n'
        b">>> def g():\r\r\n...     return 1/0\r\r\n...     \r\r\n...     \r\r\n... \r\r\n>>> g()\r\r\n"
        + TB + b'  File "<stdin>", line 1, in <module>\r\n  File "<stdin>", line 2, in g\r\n'
        b"ZeroDivisionError: divide by zero\r\n>>> x = = 1\r\r\n" + TB + b'  File "<stdin>", line 1\r\n'
        b"SyntaxError: invalid syntax\r\n>>> print('a', end='')\r\r\na>>> for i in range(2):\r\r\n"
        b"...     print(i)\r\r\n...     \r\r\n...     \r\r\n... \r\r\n0\r\n1\r\n>>> \r\r\n"),
    "line_editing": (
        [b"if 1:\r", b"2\r", b"\x08\r", b"abc\x1b[DX\r", b"abc\x01X\x05Y\r", b"abcdef\x1b[D\x1b[D\x0b\r",
         b"xyzzy\x15(1,\r", b"2)\r", b"'a' \\\r", b"'b'\r", b"'\xc3\xa9a'\r", b"abc\x03", b"(\r", b"\x03", b"[\r",
         b"\x04"],
        b"\x04", 0,
        HEAD + b"if 1:\r\r\n...     2\r\r\n...     \x08\x08\x08\x08\x1b[K\r\r\n2\r\n"
        b">>> abc\x08Xc\x08\r\r\n" + TB + b'  File "<stdin>", line 1, in <module>\r\n'
        b"NameError: name 'abXc' isn't defined\r\n>>> abc\x08\x08\x08Xabc\x08\x08\x08abcY\r\r\n" + TB
        + b'  File "<stdin>", line 1, in <module>\r\nNameError: name \'XabcY\' isn\'t defined\r\n'
        b">>> abcdef\x08\x08\x1b[K\r\r\n" + TB + b'  File "<stdin>", line 1, in <module>\r\n'
        b"NameError: name 'abcd' isn't defined\r\n>>> xyzzy\x1b[5D\x1b[K(1,\r\r\n... 2)\r\r\n(1, 2)\r\n"
        b">>> 'a' \\\r\r\n... 'b'\r\r\n'ab'\r\n>>> 'a'\r\r\n'a'\r\n>>> abc\r\r\n>>> (\r\r\n... \r\r\n>>> [\r\r\n"
        b"... " + TB
        + b'  File "<stdin>", line 2\r\nSyntaxError: invalid syntax\r\n>>> \r\r\n'),
    "paste_mode_and_interrupt": (
        [b"\x05", b"x = 1\n", b"y = 2\n", b"x + y\n", b"\x04", b"x\r", b"\x05", b"z = 5\n", b"\x03", b"z\r", b"\x05",
         (b"print('go')\nwhile 1: pass\n\x04", re.compile(rb"go\r\n\Z")), 0.3, b"\x03"],
        b"\x04", 0,
        HEAD + b"\r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n=== x = 1\r\r\n=== y = 2\r\r\n"
        b"=== x + y\r\r\n=== \r\r\n3\r\n>>> x\r\r\n1\r\n>>> \r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n"
        b"=== z = 5\r\r\n=== \r\r\n>>> z\r\r\n" + TB + b'  File "<stdin>", line 1, in <module>\r\n'
        b"NameError: name 'z' isn't defined\r\n>>> \r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n"
        b"=== print('go')\r\r\n=== while 1: pass\r\r\n=== \r\r\ngo\r\n^C" + TB
        + b'  File "<stdin>", line 2, in <module>\r\nKeyboardInterrupt: \r\n>>> \r\r\n'),
    "raw_repl_and_exit_code": (
        [b"\x02", b"\x01", b"print(1)\x04", b"1/0\x04", (b"print(1)\nwhile 1: pass\x04", re.compile(rb"OK1\r\n\Z")),
         0.3, b"\x03", b"\x02", b"import sys\r"],
        b"sys.exit(3)\r", 3,
        HEAD + b"\r\r\n" + NORMAL_BANNER + b'Type "help()" for more information.\r\r\n>>> \r\r\n'
        b"raw REPL; CTRL-B to exit\r\r\n>OK1\r\n\x04\x04>OK\x04" + TB
        + b'  File "<stdin>", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n\x04>OK1\r\n^C\x04' + TB
        + b'  File "<stdin>", line 2, in <module>\r\nKeyboardInterrupt: \r\n\x04>\r\r\n'
        + NORMAL_BANNER + b'Type "help()" for more information.\r\r\n>>> import sys\r\r\n>>> sys.exit(3)\r\r\n'),
    "raw_paste_mode_with_flow_control": (
        [b"\x01", (b"\x05A\x01", RAW_PASTE), b"x = '" + b"a" * 300 + b"'\nprint(len(x))\x04", (b"\x05A\x01", RAW_PASTE),
         b"print(3)\x03", (b"\x05A\x01", RAW_PASTE), b"1/\x04", b"\x02"],
        b"\x04", 0,
        HEAD + b"\r\r\nraw REPL; CTRL-B to exit\r\r\n>" + RAW_PASTE_OK + b"\x01\x01\x04300\r\n\x04\x04>"
        + RAW_PASTE_OK + b"\x04\x04KeyboardInterrupt: \r\n\x04>" + RAW_PASTE_OK + b"\x04\x04" + TB
        + b'  File "<stdin>", line 1\r\nSyntaxError: invalid syntax\r\n\x04>\r\r\n' + NORMAL_BANNER
        + b'Type "help()" for more information.\r\r\n>>> \r\r\n'),
    "tab_completes_names": (
        [b"zeta = 1\r", b"zebra = 2\r", (b"ze\t", re.compile(rb"zebra\r\n>>> ze\Z")), b"\x03",
         (b"\t", re.compile(rb"ze\Z")), b"\x03", b"import sys\r", (b"sys.p\t", re.compile(rb"ps2\r\n>>> sys.p\Z")),
         b"\x03", (b"sys.std\x1b[D\x1b[D\t", re.compile(rb"td\x08\x08\Z")), b"\x03",
         (b"impo\t", re.compile(rb"import \Z")), b"\x03"],
        b"\x04", 0,
        HEAD + b"zeta = 1\r\r\n>>> zebra = 2\r\r\n>>> ze\r\nzeta            zebra\r\n>>> ze\r\r\n>>> ze\r\r\n"
        b">>> import sys\r\r\n>>> sys.p\r\npath            platform        print_exception\r\nps1             ps2\r\n"
        b">>> sys.p\r\r\n>>> sys.std\x08\x08tdtd\x08\x08\r\r\n>>> import \r\r\n>>> \r\r\n"),
    "keys_typed_ahead_are_kept": (
        [(b"x = sum(range(10**6))\r1+1\r", re.compile(rb"2\r\n>>> \Z"))],
        b"\x04", 0,
        HEAD + b"x = sum(range(10**6))\r\r\n>>> 1+1\r\r\n2\r\n>>> \r\r\n"),
    "input_edits_like_the_prompt": (
        [(b'input("? ")\r', ASKED), 0.2, b"ab\x1b[Dc\r", (b'input("? ")\r', ASKED), 0.2, b"\x03",
         (b'input("? ")\r', ASKED), 0.2, b"if 1:\r", (b'input("? ")\r', ASKED), 0.2, b"\x04"],
        b"\x04", 0,
        HEAD + b'input("? ")\r\r\n? ab\x08cb\x08\r\r\n\'acb\'\r\n>>> input("? ")\r\r\n? ' + TB
        + b'  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt: \r\n>>> input("? ")\r\r\n? if 1:\r\r\n'
        b"'if 1:'\r\n>>> input(\"? \")\r\r\n? " + TB + b'  File "<stdin>", line 1, in <module>\r\nEOFError: \r\n'
        b">>> \r\r\n"),
}


@pytest.mark.parametrize("name", SESSIONS)
def test_reference_prompt_transcript(name, tmp_path):
    steps, last, rc, expected = SESSIONS[name]
    assert session(REF, steps, last, tmp_path) == (expected, rc)


@pytest.mark.parametrize("name", SESSIONS)
def test_unix_port_prompt_transcript_is_the_same(name, unix_argv, tmp_path):
    """The literal transcripts above are the port's own: a change of the port shows here, not as a ref bug."""
    steps, last, rc, expected = SESSIONS[name]
    assert session(unix_argv, steps, last, tmp_path) == (expected, rc)


@pytest.mark.parametrize("target", ["ref", "unix"])
def test_history_comes_from_and_goes_to_the_ports_file(target, tmp_path, request):
    """~/.micropython.history: read when the REPL starts (empty lines skipped), the up and down keys (and
    Ctrl-P, Ctrl-N) walk it, a line typed joins it unless it repeats the last, written back at the end."""
    (tmp_path / ".micropython.history").write_bytes(b"a = 1\n\n  b\nc\n")
    keys = [b"\x1b[A\x1b[A\x1b[A\x1b[A\x1b[B\x10\x0e\x0e\r", b"c\r", b"\x1b[A\x1b[A\x1b[B\x1b[B\x1b[B\r"]
    out, rc = session(REF if target == "ref" else request.getfixturevalue("unix_argv"), keys, b"\x04", tmp_path)
    assert (out, rc) == (HEAD + b"c\x08  b\x08\x08\x08a = 1\x1b[5D\x1b[K  b\x08\x08\x08a = 1\x1b[5D\x1b[K  b"
                         b"\x08\x08\x08\x1b[Kc\r\r\n" + TB + b'  File "<stdin>", line 1, in <module>\r\n'
                         b"NameError: name 'c' isn't defined\r\n"
                         b">>> c\r\r\n" + TB + b'  File "<stdin>", line 1, in <module>\r\nNameError: name \'c\' '
                         b"isn't defined\r\n>>> c\x08  b\x08\x08\x08\x1b[Kc\x08\x1b[K\r\r\n>>> \r\r\n", 0)
    assert (tmp_path / ".micropython.history").read_bytes() == b"a = 1\n  b\nc\n"


PIPED = b"x=1\nx+1\nprint(x)\nif x:\n    print('block')\n\n1/0\nprint('not reached')\n"
PIPED_OUT = (1, b"1\nblock\n", b'Traceback (most recent call last):\n  File "<stdin>", line 7, in <module>\n'
             b"ZeroDivisionError: divide by zero\n")


def _piped(argv) -> tuple[int, bytes, bytes]:
    r = subprocess.run(argv, input=PIPED, capture_output=True, timeout=60, cwd=ROOT)
    return r.returncode, r.stdout, r.stderr


def test_piped_stdin_runs_as_one_script():
    assert _piped(REF) == PIPED_OUT


def test_unix_port_runs_piped_stdin_the_same_way(unix_argv):
    assert _piped(unix_argv) == PIPED_OUT
