"""Live progress: in-place line on a terminal, throttled lines in logs, safe from many threads."""
from __future__ import annotations

import io
import threading

from mpconform.reports.progress import Progress, format_eta
from mpconform.results import TestResult, Verdict


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _r(verdict: Verdict = Verdict.PASS) -> TestResult:
    return TestResult("t.py", "u", verdict)


def test_log_mode_writes_a_line_at_each_tenth_and_at_close():
    out, clock = io.StringIO(), FakeClock()
    p = Progress(20, stream=out, tty=False, interval=1000, clock=clock)
    for i in range(20):
        clock.now += 0.5
        p.update(_r(Verdict.FAIL if i == 3 else Verdict.PASS))
    p.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 11  # one per 10 % (every 2 of 20 tests) and the final line
    assert lines[0] == "[ 2/20  10%] 2.0 tests/s, ETA 0:09"
    assert lines[1] == "[ 4/20  20%] 2.0 tests/s, ETA 0:08, 1 fail"
    assert lines[-2] == "[20/20 100%] 2.0 tests/s, ETA 0:00, 1 fail"
    assert lines[-1] == "[20/20 100%] 2.0 tests/s, done in 0:10, 1 fail"


def test_log_mode_also_writes_every_interval_seconds_when_slow():
    out, clock = io.StringIO(), FakeClock()
    p = Progress(1000, stream=out, tty=False, interval=10, clock=clock)
    for _ in range(5):
        clock.now += 6
        p.update(_r(Verdict.TIMEOUT))
    assert out.getvalue().splitlines() == [
        "[   2/1000   0%] 0.2 tests/s, ETA 1:39:48, 2 timeout",  # 998 left × 6 s
        "[   4/1000   0%] 0.2 tests/s, ETA 1:39:36, 4 timeout",
    ]


def test_tty_mode_redraws_one_line_and_ends_it_on_close():
    out, clock = io.StringIO(), FakeClock()
    with Progress(3, stream=out, tty=True, redraw=0.1, clock=clock) as p:
        clock.now += 1
        p.update(_r())
        p.update(_r(Verdict.CRASH))  # same instant: not redrawn
        clock.now += 1
        p.update(_r())
    assert out.getvalue() == (
        "\r[1/3  33%] 1.0 tests/s, ETA 0:02\x1b[K"
        "\r[3/3 100%] 1.5 tests/s, ETA 0:00, 1 crash\x1b[K"
        "\r[3/3 100%] 1.5 tests/s, done in 0:02, 1 crash\x1b[K\n")


def test_tty_is_detected_from_the_stream():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True
    p = Progress(1, stream=Tty())
    p.update(_r())
    p.close()
    assert p._stream.getvalue().startswith("\r")


def test_updates_from_many_threads_are_all_counted():
    out = io.StringIO()
    p = Progress(8000, stream=out, tty=False, interval=0.0)
    threads = [threading.Thread(target=lambda: [p.update(_r()) for _ in range(1000)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    p.close()
    assert p.done == 8000 and p.counts[Verdict.PASS] == 8000
    lines = out.getvalue().splitlines()
    assert all(ln.startswith("[") for ln in lines)  # no interleaved, torn lines
    assert lines[-1].startswith("[8000/8000 100%]")


def test_a_closed_stream_does_not_break_the_run():
    out = io.StringIO()
    p = Progress(2, stream=out, tty=False)
    out.close()
    p.update(_r())
    p.close()
    assert p.done == 1


def test_format_eta():
    assert [format_eta(x) for x in (0, 3.4, 247, 3909, float("nan"), float("inf"), -1)] == \
        ["0:00", "0:03", "4:07", "1:05:09", "?", "?", "?"]
