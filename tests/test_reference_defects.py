"""A defect of the reference is an internal error of `ref`: never a program exception, a test failure or a
language difference, in the interpreter's exit code, the runner's Outcome, the suite engine and the fuzzer."""
from __future__ import annotations

import io
import os

import broken_ref
import pytest

import mpconform
from mpconform.conformance.discovery import discover
from mpconform.conformance.engine import Engine, RunConfig
from mpconform.results import Verdict
from mpconform.fuzz.campaign import Campaign
from mpconform.fuzz.figures import figures
from mpconform.interpreter.cli import run_program
from mpconform.interpreter.compile import Compiler
from mpconform.interpreter.internal import BANNER, EXIT_INTERNAL
from mpconform.runners import REGISTRY, Program, Status, make_runner, parse_target


def _broken_binop(self, n):
    raise AttributeError(broken_ref.DEFECT)


def _run(code: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = run_program(code=code, stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture
def broken_compiler(monkeypatch):
    monkeypatch.setattr(Compiler, "e_BinOp", _broken_binop)


@pytest.fixture
def broken_ref_target(monkeypatch, require_target):
    require_target("ref")
    monkeypatch.setitem(REGISTRY, "ref", broken_ref.BROKEN_REF)


def test_a_host_exception_in_the_compiler_exits_70_with_the_report(broken_compiler):
    rc, out, err = _run("print('before')\nprint(1 + 2)\n")
    assert rc == EXIT_INTERNAL and out == ""
    assert err.startswith(f"{BANNER}: AttributeError: {broken_ref.DEFECT}\n")
    assert "not an exception of the program" in err and "in _broken_binop" in err  # the host traceback


def test_the_program_cannot_hide_a_defect_by_catching_it(broken_compiler):
    rc, out, err = _run("try:\n    exec('1 + 2')\nexcept:\n    print('caught')\nprint('after')\n")
    assert rc == EXIT_INTERNAL and out == "caught\nafter\n"
    assert err.startswith(BANNER)


def test_the_programs_own_errors_and_exit_codes_are_unchanged():
    assert _run("exec('1 +')\n")[0] == 1                       # its SyntaxError
    assert _run("x = [].nope\n")[0] == 1                       # its AttributeError, from the same compiler
    rc, _, err = _run("import sys\nprint('" + BANNER + ": fake')\nsys.exit(70)\n")
    assert rc == 70 and err == ""                              # its sys.exit(70), not a report


def test_the_ref_runner_returns_internal_in_run_and_run_batch(broken_ref_target):
    with make_runner("ref") as runner:
        out = runner.run(Program(b"print(1 + 2)\n"))
        assert out.status is Status.INTERNAL and out.exc_type is None
        assert out.note == f"internal error of the reference: AttributeError: {broken_ref.DEFECT}"
        outs = runner.run_batch([Program(b"print('fine')\n"), Program(b"print(2 * 3)\n"),
                                 Program(b"import sys\nsys.exit(70)\n")])
        assert [o.status for o in outs] == [Status.OK, Status.INTERNAL, Status.RAISED]


def test_the_engine_reports_an_error_of_ref_not_a_failure(broken_ref_target, tmp_path):
    root = tmp_path / "tests"
    (root / "basics").mkdir(parents=True)
    (root / "basics" / "add.py").write_text("print(1 + 2)\n")
    (root / "basics" / "hello.py").write_text("print('hello')\n")
    listed = tmp_path / "ref.toml"   # even a test listed as expected to fail is not an xfail: nothing ran
    listed.write_text('[xfail]\n"basics/add.py" = "listed on purpose"\n')
    config = RunConfig(tests=tuple(discover([root])), targets=(parse_target("ref"),), cache_dir=None,
                       expectations=(listed,))
    results = {r.test: r for r in Engine(config).run().results}
    add, hello = results["basics/add.py"], results["basics/hello.py"]
    assert (add.target, add.verdict) == ("ref", Verdict.ERROR)
    assert "the target itself failed" in add.reason and broken_ref.DEFECT in add.reason
    assert hello.verdict is Verdict.PASS
    # The defect report's host traceback is kept, its paths shown inside <mpconform>/, never the installation's.
    assert 'File "<mpconform>/' in add.actual
    assert not any(os.path.realpath(p) + os.sep in add.actual for p in mpconform.__path__)


def test_the_fuzzer_counts_an_internal_error_of_ref_never_a_divergence(broken_ref_target, require_target):
    require_target("cpython")
    with Campaign(["cpython", "ref"], seed=0, jobs=1, batch=4) as campaign:
        stats = campaign.run(programs=12)
        buckets = list(campaign.buckets.values())
    assert stats.internal.get("ref", 0) >= 1
    defects = [b for b in buckets if b.kind == "internal"]
    assert defects and {b.target for b in defects} == {"ref"}
    assert sum(b.count for b in defects) == stats.internal["ref"]
    # No bucket that is meant to be a language difference holds a program the reference failed on.
    assert not [b for b in buckets if b.kind != "internal" and BANNER in b.outputs.get("ref", "")]
    assert "internal" not in stats.kinds
    assert dict(figures(stats, ["cpython", "ref"], "cpython"))[
        "ref internal errors (defects of the target, not divergences)"] == str(stats.internal["ref"])
