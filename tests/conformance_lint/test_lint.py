"""`mpconform lint` catches each kind of bad header, missing .exp, non-determinism and bad catalogue entries."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpconform.cli import main as mpconform_main
from mpconform.conformance.discovery import discover
from mpconform.conformance.lint import Problem, lint_tests

FIXTURES = Path(__file__).parent / "fixtures"


def _lint(area: str, run: bool = True) -> dict[str, list[Problem]]:
    tests = discover([FIXTURES / area])
    by_name: dict[str, list[Problem]] = {t.path.name: [] for t in tests}
    for problem in lint_tests(tests, run=run, jobs=2):
        by_name[Path(problem.path).name].append(problem)
    return by_name


@pytest.fixture(scope="module")
def header_problems():
    return _lint("headers", run=False)


@pytest.fixture(scope="module")
def run_problems():
    return _lint("runs")


@pytest.mark.parametrize("name, line, fragment", [
    ("unknown_key.py", 1, "unknown header key 'colour'"),
    ("unknown_feature.py", 2, "unknown feature 'teleport'"),
    ("bad_heap.py", 1, "heap:"),
    ("bad_timeout.py", 1, "timeout:"),
    ("bad_messages.py", 1, "messages: expected 'exact' or 'type-only'"),
    ("bad_negative.py", 1, "negative: expected compile:Type or run:Type"),
    ("bad_deterministic.py", 1, "deterministic: expected yes or no"),
    ("not_key_value.py", 1, "expected key=value"),
])
def test_each_bad_header_is_reported_at_its_line(header_problems, name, line, fragment):
    problems = header_problems[name]
    assert len(problems) == 1, problems
    assert problems[0].line == line
    assert fragment in problems[0].message
    assert str(problems[0]).startswith(f"{FIXTURES / 'headers' / name}:{line}: ")


def test_good_header_is_clean(header_problems):
    assert header_problems["good_header.py"] == []


@pytest.mark.parametrize("name, fragment", [
    ("needs_exp_import.py", "ModuleNotFoundError"),
    ("needs_exp_syntax.py", "SyntaxError"),
    ("needs_exp_exit.py", "exit status 3"),
])
def test_tests_cpython_cannot_run_need_an_exp(run_problems, name, fragment):
    problems = run_problems[name]
    assert len(problems) == 1, problems
    assert f"needs {name}.exp" in problems[0].message and fragment in problems[0].message


@pytest.mark.parametrize("name", ["has_exp.py", "prints_skip.py", "negative_ok.py", "clean.py",
                                  "nondeterministic_declared.py"])
def test_exempt_and_clean_tests_are_not_flagged(run_problems, name):
    assert run_problems[name] == []


def test_an_exp_cpython_does_not_print_needs_a_feature_cpython_lacks(run_problems):
    (problem,) = run_problems["exp_port_only.py"]
    assert "exp_port_only.py.exp is not what CPython prints" in problem.message
    assert "features=module:micropython" in problem.message


def test_wrong_negative_type_is_reported(run_problems):
    (problem,) = run_problems["negative_wrong_type.py"]
    assert "negative=run:KeyError" in problem.message and "ZeroDivisionError" in problem.message


def test_nondeterministic_output_is_reported(run_problems):
    (problem,) = run_problems["nondeterministic.py"]
    assert "not deterministic" in problem.message and "deterministic=no" in problem.message


def test_catalogue_entries_are_checked():
    problems = _lint("cpydiff", run=False)
    assert problems["types_good_entry.py"] == []
    assert "missing the field 'cause'" in problems["types_missing_cause.py"][0].message
    assert "no docstring" in problems["types_no_docstring.py"][0].message


def main(*argv: str) -> int:
    """`mpconform lint ARGV...`, in this process."""
    return mpconform_main(["lint", *argv])


def test_main_prints_one_line_per_problem_and_exits_1(capsys):
    assert main(str(FIXTURES / "headers"), "--no-run") == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8
    assert all(":" in line and line.split(":")[1].isdigit() for line in lines)


def test_main_exits_0_on_a_clean_folder(capsys, tmp_path):
    area = tmp_path / "suite" / "area"
    area.mkdir(parents=True)
    (area / "ok.py").write_text("# mpconform: features=float\nprint(1.5)\n")
    assert main(str(area)) == 0
    assert capsys.readouterr().out == ""


def test_bundled_suite_headers_and_catalogue_are_clean():
    # The full lint (with CPython runs) takes minutes; headers and docstrings of the whole suite are checked here.
    problems = lint_tests(discover(), run=False)
    assert problems == [], "\n".join(map(str, problems))


def test_every_bundled_test_passes_or_skips_on_its_own_oracle(tmp_path):
    # What the full lint's .exp check guards, in seconds: a test whose .exp is MicroPython's own output must
    # declare a feature CPython lacks, so that `-t cpython` skips it instead of failing it.
    rc = mpconform_main(["run", "-t", "cpython", "-q", "--details", "-1", "--json", str(tmp_path / "r.json"),
                         "--journal", str(tmp_path / "j.jsonl"), "--cache-dir", str(tmp_path / "cache")])
    results = json.loads((tmp_path / "r.json").read_text())["results"]
    bad = [(r["test"], r["verdict"]) for r in results if r["verdict"] not in ("pass", "skip")]
    assert bad == [] and rc == 0 and len(results) > 1000
