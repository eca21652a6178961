"""`mpconform selfbench device`: scripts/second on the emulated micro:bit, mpconform's runner against mpremote."""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

from .outcome import Program, Status

__all__ = ["main", "SCRIPTS"]

#: Small scripts of the kind conformance tests are made of (each prints what it checks).
SCRIPTS: tuple[bytes, ...] = (
    b"print(1 + 1)\n",
    b"x = [i * i for i in range(10)]\nprint(sum(x))\n",
    b"d = {'a': 1, 'b': 2}\nprint(sorted(d.items()))\n",
    b"try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n",
    b"s = 'hello'\nprint(s.upper(), s[1:3], len(s))\n",
    b"def f(n):\n    r = 1\n    for i in range(2, n + 1):\n        r *= i\n    return r\nprint(f(10))\n",
)


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def bench_mpconform(runner, rounds: int) -> tuple[float, int]:
    """Median scripts/s over `rounds` passes of SCRIPTS (the runner soft-resets before each script)."""
    rates, wrong = [], 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        for src in SCRIPTS:
            if runner.run(Program(src, timeout=10)).status is not Status.OK:
                wrong += 1
        rates.append(_rate(len(SCRIPTS), time.perf_counter() - t0))
    return statistics.median(rates), wrong


def bench_mpremote_api(url: str, rounds: int) -> tuple[float, int]:
    """mpremote's own transport on one open connection: enter_raw_repl(soft_reset=True) + exec per script
    (what `mpremote exec` does after connecting)."""
    from mpremote.transport_serial import SerialTransport

    t = SerialTransport(url, baudrate=115200)
    rates, wrong = [], 0
    try:
        for _ in range(rounds):
            t0 = time.perf_counter()
            for src in SCRIPTS:
                t.enter_raw_repl(soft_reset=True)
                try:
                    t.exec(src)
                except Exception:  # mpremote raises TransportExecError/TransportError: count, keep going
                    wrong += 1
            rates.append(_rate(len(SCRIPTS), time.perf_counter() - t0))
        t.exit_raw_repl()
    finally:
        t.close()
    return statistics.median(rates), wrong


def bench_mpremote_cli(url: str, rounds: int) -> float | None:
    """`mpremote connect URL exec SCRIPT`, one process per script (how people script it from a shell)."""
    exe = shutil.which("mpremote")
    if exe is None:
        return None
    rates = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for src in SCRIPTS:
            subprocess.run([exe, "connect", url, "exec", src.decode()], capture_output=True, timeout=30)
        rates.append(_rate(len(SCRIPTS), time.perf_counter() - t0))
    return statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="mpconform selfbench device", description=__doc__)
    ap.add_argument("--rounds", type=int, default=5, help="passes over the scripts per tool (median reported)")
    ap.add_argument("--cli-rounds", type=int, default=1, help="passes for the mpremote command line (slow)")
    args = ap.parse_args(argv)

    from .errors import HarnessError
    from .qemu import QemuMicrobitRunner
    from .registry import make_runner, parse_target

    reason = QemuMicrobitRunner.availability(parse_target("qemu-microbit"))
    if reason:
        print(f"selfbench device: {reason}", file=sys.stderr)
        return 3
    try:
        import mpremote  # noqa: F401  (only: is it installed?)
    except ImportError:
        print("selfbench device: mpremote is not installed (pip install mpremote)", file=sys.stderr)
        return 3
    print(f"{len(SCRIPTS)} small scripts on the emulated micro:bit (MicroPython 1.9.2), "
          f"median of {args.rounds} rounds, soft reset before each script for both tools")
    try:
        with make_runner("qemu-microbit") as runner:
            ours, wrong = bench_mpconform(runner, args.rounds)
            print(f"  mpconform (qemu-microbit runner)          {ours:7.1f} scripts/s"
                  + (f"  ({wrong} not ok)" if wrong else ""))
            runner._drop_link()  # hand the UART to mpremote (QEMU takes one client at a time)
            url = f"socket://127.0.0.1:{runner.qemu.port}"
            theirs, wrong_m = bench_mpremote_api(url, args.rounds)
            print(f"  mpremote API (one connection, soft reset) {theirs:7.1f} scripts/s"
                  + (f"  ({wrong_m} failed)" if wrong_m else ""))
            cli = bench_mpremote_cli(url, args.cli_rounds)
            if cli is not None:
                print(f"  mpremote CLI (process per script)        {cli:7.1f} scripts/s")
            print(f"  mpconform / mpremote API: {ours / theirs:.1f}x"
                  + (f"; / mpremote CLI: {ours / cli:.1f}x" if cli else ""))
    except HarnessError as e:
        print(f"selfbench device: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
