"""The conformance kit every runner passes: one set of checks, run against each registered target.

Plugin authors call `check_runner(make)` from their own tests, as hypothesis providers run
`run_conformance_test`. `make` returns a fresh runner; the checks close what they open. What a target needs
the checks to allow for (its crash program, how long it takes to stop a program, how much output its link
carries) is read from its runner class (runners/contract.py).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from .contract import Runner
from .outcome import Program, Status

__all__ = ["ContractOptions", "CHECKS", "check_runner"]


@dataclass(frozen=True)
class ContractOptions:
    """What a target needs the checks to allow for (`of(cls)`: as its runner class declares)."""

    timeout_margin: float = 5.0        # seconds beyond a program's timeout the runner may take to stop it
    crash_program: bytes | None = None  # a program that kills this target's process/VM, when there is one
    big_output: int = 200_000           # bytes printed by the output-cap check (small boards: less)

    @classmethod
    def of(cls, runner_cls: type[Runner]) -> "ContractOptions":
        """The options a runner class declares: Runner.stop_margin, crash_program and kit_output."""
        return cls(timeout_margin=runner_cls.stop_margin, crash_program=runner_cls.crash_program,
                   big_output=runner_cls.kit_output)


_SPIN = b"print('spin')\nwhile True:\n    pass\n"


def _big_output(o: ContractOptions) -> bytes:
    return f"s = 'x' * 99\nfor i in range({o.big_output // 100}):\n    print(s)\n".encode()


def _ok_exact_bytes(r: Runner, o: ContractOptions) -> None:
    # Raw bytes first: CPython's text layer buffers print() apart from sys.stdout.buffer, as it does in a pipe.
    src = ("import sys\n"
           "try:\n    b = sys.stdout.buffer\nexcept AttributeError:\n    print('no-buffer')\n"
           "else:\n    b.write(b'\\xff\\xfe\\x00raw\\n')\n"
           "print('caf\\u00e9', 1, [2.5])\n")
    out = r.run(Program(src.encode(), timeout=20))
    assert out.status is Status.OK, out
    assert out.stdout.replace(b"\r\n", b"\n") in (
        b"\xff\xfe\x00raw\n" + "café 1 [2.5]\n".encode(), "no-buffer\ncafé 1 [2.5]\n".encode()), out.stdout
    assert out.exc_type is None and out.duration >= 0


def _raised_with_type(r: Runner, o: ContractOptions) -> None:
    out = r.run(Program(b"print('before')\nclass MyError(Exception):\n    pass\nraise MyError('boom')\n", timeout=20))
    assert out.status is Status.RAISED, out
    assert out.exc_type == "MyError", out
    text = out.stdout.replace(b"\r\n", b"\n")
    # CPython flushes a piped stdout after printing the traceback; MicroPython before: both are faithful.
    assert b"before\n" in text and b"MyError: boom" in text, text


def _syntax_error(r: Runner, o: ContractOptions) -> None:
    out = r.run(Program(b"print('never')\ndef f(:\n    pass\n", timeout=20))
    assert out.status is Status.RAISED and out.exc_type == "SyntaxError", out
    assert b"never" not in out.stdout


def _skip(r: Runner, o: ContractOptions) -> None:
    out = r.run(Program(b"print('SKIP')\nraise SystemExit\n", timeout=20))
    assert out.status is Status.SKIP, out


def _timeout_then_recover(r: Runner, o: ContractOptions) -> None:
    start = time.monotonic()
    out = r.run(Program(_SPIN, timeout=1.5))
    took = time.monotonic() - start
    assert out.status is Status.TIMEOUT, out
    assert took < 1.5 + o.timeout_margin, f"took {took:.1f}s to stop a 1.5s program"
    after = r.run(Program(b"print(6 * 7)\n", timeout=20))
    assert after.status is Status.OK and after.stdout.replace(b"\r", b"") == b"42\n", after


def _output_cap(r: Runner, o: ContractOptions) -> None:
    cap = 4096
    out = r.run(Program(_big_output(o), timeout=60, max_output=cap))
    assert len(out.stdout) <= cap, len(out.stdout)
    assert "cut" in out.note or "cap" in out.note, out.note
    after = r.run(Program(b"print('still here')\n", timeout=20))
    assert after.stdout.replace(b"\r", b"") == b"still here\n", after


def _crash_then_recover(r: Runner, o: ContractOptions) -> None:
    if o.crash_program is None:
        return
    out = r.run(Program(o.crash_program, timeout=20))
    assert out.status is Status.CRASH, out
    after = r.run(Program(b"print('alive')\n", timeout=20))
    assert after.status is Status.OK and after.stdout.replace(b"\r", b"") == b"alive\n", after


def _batch_as_alone(r: Runner, o: ContractOptions) -> None:
    """run_batch gives each program what run gives it, whatever the programs before it did."""
    programs = [
        Program(b"import sys\nif hasattr(sys, 'path'):\n    sys.path.append('leak')\nleaked = 1\nprint('set')\n",
                timeout=20),
        Program(b"import sys\nprint('leak' in getattr(sys, 'path', []))\ntry:\n    leaked\n    print('leaked')\n"
                b"except NameError:\n    print('fresh')\n", timeout=20),
        Program(b"print('before')\nraise ValueError('boom')\n", timeout=20),
        Program(b"print('SKIP')\nraise SystemExit\n", timeout=20),
        Program(_SPIN, timeout=1.5),
        Program(b"print(6 * 7)\n", timeout=20),
        Program(_big_output(o), timeout=60, max_output=4096),
        *([Program(o.crash_program, timeout=20)] if o.crash_program else []),
        Program(b"print('last')\n", timeout=20),
    ]
    outs = r.run_batch(programs)
    assert len(outs) == len(programs), outs
    text = [out.stdout.replace(b"\r", b"") for out in outs]
    assert outs[0].status is Status.OK and text[0] == b"set\n", outs[0]
    assert outs[1].status is Status.OK and text[1] == b"False\nfresh\n", outs[1]
    assert outs[2].status is Status.RAISED and outs[2].exc_type == "ValueError", outs[2]
    assert outs[3].status is Status.SKIP, outs[3]
    assert outs[4].status is Status.TIMEOUT, outs[4]
    assert outs[5].status is Status.OK and text[5] == b"42\n", outs[5]
    assert len(outs[6].stdout) <= 4096 and ("cut" in outs[6].note or "cap" in outs[6].note), outs[6].note
    if o.crash_program:
        assert outs[7].status is Status.CRASH, outs[7]
    assert outs[-1].status is Status.OK and text[-1] == b"last\n", outs[-1]


def _identity(r: Runner, o: ContractOptions) -> None:
    ident = r.identity()
    assert ident.implementation and ident.implementation != "unknown", ident
    assert ident.version, ident


CHECKS: dict[str, Callable[[Runner, ContractOptions], None]] = {
    "ok_exact_bytes": _ok_exact_bytes,
    "raised_with_type": _raised_with_type,
    "syntax_error": _syntax_error,
    "skip": _skip,
    "timeout_then_recover": _timeout_then_recover,
    "output_cap": _output_cap,
    "crash_then_recover": _crash_then_recover,
    "batch_as_alone": _batch_as_alone,
    "identity": _identity,
}


def check_runner(make: Callable[[], Runner], options: ContractOptions | None = None,
                 only: list[str] | None = None) -> None:
    """Run every check (or `only` some) on one runner, allowing for what its class declares unless `options`
    say otherwise; closing it twice must be harmless."""
    runner = make()
    options = options or ContractOptions.of(type(runner))
    try:
        for name, check in CHECKS.items():
            if only is None or name in only:
                check(runner, options)
    finally:
        runner.close()
        runner.close()
