"""Pools of boards: a lost board's tests move to the others; with none left, every remaining test is
recorded as not run, with the reason; -j never multiplies a board."""
from __future__ import annotations

import dataclasses

import fake_runners  # noqa: F401  (importable: pytest puts this folder on sys.path)
import pytest

from mpconform.conformance.discovery import discover
from mpconform.conformance.engine import Engine, RunConfig
from mpconform.results import Verdict
from mpconform.runners import parse_target, register
from mpconform.runners.pool import Pool


@pytest.fixture(autouse=True)
def fake_target():
    register("fake", "fake_runners:EchoRunner")
    fake_runners._started = 0


def _run(suite, spec, n=10):
    root = suite({f"basics/t{i:02}.py": f"print({i})\n" for i in range(n)})
    config = RunConfig(tests=tuple(discover([root])), targets=(parse_target(spec),), cache_dir=None)
    return Engine(config).run()


def test_one_lost_board_of_two_loses_no_test(suite):
    report = _run(suite, "fake*2,die_after=2,dying=1")
    assert len(report.results) == 10
    assert {r.verdict for r in report.results} == {Verdict.PASS}
    assert "aborted" not in report.targets["fake"]


def test_with_every_board_lost_the_rest_is_recorded_not_run(suite):
    report = _run(suite, "fake*2,die_after=2,dying=2")
    verdicts = [r.verdict for r in report.results]
    assert len(report.results) == 10 and verdicts.count(Verdict.PASS) == 4
    notrun = [r for r in report.results if r.verdict is Verdict.NOTRUN]
    assert len(notrun) == 6
    assert all("link lost and not recovered" in r.reason and "board went away" in r.reason for r in notrun)
    assert "aborted" in report.targets["fake"]
    assert any("remaining tests recorded as not run" in p for p in report.problems)


def test_a_runner_bug_costs_one_verdict_not_the_run(suite):
    register("buggy", "fake_runners:BuggyRunner")
    report = _run(suite, "buggy")
    assert len(report.results) == 10
    (bad,) = [r for r in report.results if r.verdict is Verdict.ERROR]
    assert bad.test == "basics/t03.py" and "harness error in runner fake: KeyError" in bad.reason


@pytest.mark.parametrize("spec, jobs, boards", [("fake", 4, 1), ("fake*2", 4, 2), ("fake*3", 1, 3)])
def test_jobs_never_multiply_a_board(suite, spec, jobs, boards):
    root = suite({f"basics/t{i:02}.py": f"print({i})\n" for i in range(8)})
    config = RunConfig(tests=tuple(discover([root])), targets=(parse_target(spec),), jobs=jobs, cache_dir=None)
    report = Engine(config).run()
    assert report.targets["fake"]["instances"] == boards
    assert fake_runners._started == boards  # no runner opened beyond one per board
    assert len({r.board for r in report.results}) <= boards and len(report.results) == 8


@pytest.mark.parametrize("specs, jobs, expected", [
    (["serial:/dev/ttyACM0"], 4, 1), (["serial:/dev/ttyACM0,label=farm", "serial:/dev/ttyACM1,label=farm"], 4, 2),
    (["qemu-microbit"], 4, 1), (["qemu-microbit*2"], 8, 2), (["unix"], 4, 4), (["ref*3"], 2, 3), (["cpython"], 1, 1),
])
def test_the_shipped_boards_are_one_runner_per_pool_member_and_processes_scale_with_jobs(specs, jobs, expected):
    pool = Pool([parse_target(s) for s in specs], jobs)
    (label,) = pool.labels
    assert pool.size(label) == expected


def test_an_interrupted_run_journals_only_finished_tests_and_resume_runs_the_rest(suite, tmp_path):
    """Runners closed under an interrupt break their links: that is no verdict, and no board lost."""
    import _thread

    root = suite({f"basics/t{i:02}.py": f"print({i})\n" for i in range(12)})
    journal = tmp_path / "journal.jsonl"
    config = RunConfig(tests=tuple(discover([root])), targets=(parse_target("fake*2,delay=0.3"),), cache_dir=None,
                       journal=journal)
    seen = []

    def interrupt_after_three(result):
        seen.append(result)
        if len(seen) == 3:
            _thread.interrupt_main()  # what Ctrl-C (or SIGTERM, in the command) does

    first = Engine(config, on_result=interrupt_after_three).run()
    assert first.interrupted and not first.problems
    assert {r.verdict for r in first.results} == {Verdict.PASS} and 3 <= len(first.results) < 12
    resumed = Engine(dataclasses.replace(config, resume=True)).run()
    assert len(resumed.results) == 12 and {r.verdict for r in resumed.results} == {Verdict.PASS}
