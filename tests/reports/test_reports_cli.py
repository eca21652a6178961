"""`mpconform report`: several result files side by side, output files, baseline gate, exit codes."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from mpconform.cli import main
from mpconform.reports.baseline import write_baseline
from mpconform.reports.json_report import write_json
from mpconform.reports.runs import combine, load_runs
from mpconform.results import TestResult, Verdict

V = Verdict
UNIX = {"implementation": "micropython", "platform": "linux"}


def run(argv: list[str]) -> int:
    """`mpconform report ARGV...`, in this process."""
    return main(["report", *argv])


@pytest.fixture
def two_versions(tmp_path):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    write_json(old, [TestResult("a/x.py", "unix", V.PASS), TestResult("a/y.py", "unix", V.FAIL, reason="bug")],
               {"unix": {**UNIX, "version": "1.22.0"}}, {"suite": "s"})
    write_json(new, [TestResult("a/x.py", "unix", V.CRASH, reason="signal 11"),
                     TestResult("a/y.py", "unix", V.PASS), TestResult("a/x.py", "cpython", V.PASS)],
               {"unix": {**UNIX, "version": "1.29.0"}, "cpython": {"implementation": "cpython"}}, {"suite": "s"})
    return old, new


def test_same_target_in_two_files_becomes_two_columns_named_by_version(two_versions):
    results, targets = combine(load_runs(two_versions))
    assert list(targets) == ["unix 1.22.0", "unix 1.29.0", "cpython"]
    assert targets["unix 1.22.0"]["source"] == str(two_versions[0])
    assert [(r.target, r.test, r.verdict) for r in results] == [
        ("unix 1.22.0", "a/x.py", V.PASS), ("unix 1.22.0", "a/y.py", V.FAIL),
        ("unix 1.29.0", "a/x.py", V.CRASH), ("unix 1.29.0", "a/y.py", V.PASS), ("cpython", "a/x.py", V.PASS)]


def test_same_target_and_version_twice_is_refused_naming_both_files(tmp_path, capsys):
    paths = []
    for name in ("run1.json", "run2.json"):
        paths.append(tmp_path / name)
        write_json(paths[-1], [TestResult("a.py", "unix", V.PASS)], {"unix": {**UNIX, "version": "1.29.0"}}, {})
    assert run([str(p) for p in paths]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mpconform report: {paths[1]}: target 'unix' (version 1.29.0, no run date) is also in "
                          f"{paths[0]}") and err.count("\n") == 1
    assert run([str(paths[0]), str(paths[0])]) == 2
    assert f"{paths[0]}: this results file is given twice" in capsys.readouterr().err


def test_one_version_on_two_days_is_a_trend_with_columns_named_by_day(tmp_path):
    paths = []
    for name, started in (("mon.json", "2026-11-02T08:00:00"), ("tue.json", 1793664000.0)):
        paths.append(tmp_path / name)
        write_json(paths[-1], [TestResult("a.py", "unix", V.PASS)], {"unix": {**UNIX, "version": "1.29.0"}},
                   {"started": started})
    _, targets = combine(load_runs(paths))
    assert list(targets) == ["unix 1.29.0 2026-11-02", "unix 1.29.0 2026-11-03"]


def test_report_prints_tables_and_writes_html_and_junit(two_versions, tmp_path, capsys, page_of):
    html, junit = tmp_path / "r.html", tmp_path / "r.xml"
    assert run([*map(str, two_versions), "--html", str(html), "--junit", str(junit), "--details", "-1"]) == 0
    out = capsys.readouterr().out
    assert "unix 1.22.0" in out and "unix 1.29.0" in out
    assert "area      tests  unix 1.22.0    unix 1.29.0    cpython" in out
    assert "  crash: signal 11 (1)\n    a/x.py" in out
    columns = page_of(html.read_text())["columns"]
    assert [(c["label"], c["identity"].get("version"), c["file"]) for c in columns] == [
        ("unix 1.22.0", "1.22.0", "old.json"), ("unix 1.29.0", "1.29.0", "new.json"), ("cpython", None, "new.json")]
    suites = ET.parse(junit).getroot().findall("testsuite")
    assert [s.get("name") for s in suites] == ["unix 1.22.0", "unix 1.29.0", "cpython"]


def test_report_format_markdown(two_versions, capsys):
    assert run([str(two_versions[1]), "--format", "markdown", "--details", "0"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("| target ")
    assert "crash: signal 11" not in out


def test_baseline_regression_exits_1_and_is_listed(two_versions, tmp_path, capsys):
    base = tmp_path / "base.json"
    write_baseline(base, {"unix": {"a/x.py": V.PASS, "a/y.py": V.FAIL}})
    assert run([str(two_versions[1]), "--baseline", str(base)]) == 1
    out = capsys.readouterr().out
    assert "REGRESSIONS (1):\n  unix: a/x.py: pass -> crash\nnewly passing (1):\n  unix: a/y.py: fail -> pass" in out
    assert run([str(two_versions[0]), "--baseline", str(base)]) == 0


@pytest.mark.parametrize("content", ["{", '{"schema": "other/1", "results": []}'])
def test_bad_results_file_exits_2_with_one_line_naming_it(tmp_path, capsys, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert run([str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mpconform report: {bad}: ") and err.count("\n") == 1


def test_bad_baseline_exits_2(two_versions, tmp_path, capsys):
    base = tmp_path / "base.json"
    base.write_text('{"unix": {"a/x.py": "great"}}')
    assert run([str(two_versions[0]), "--baseline", str(base)]) == 2
    assert f"{base}: target 'unix', test 'a/x.py': expected a verdict" in capsys.readouterr().err


def test_unwritable_output_exits_2(two_versions, tmp_path, capsys):
    assert run([str(two_versions[0]), "--html", str(tmp_path / "no" / "such" / "r.html")]) == 2
    assert f"cannot write {tmp_path / 'no' / 'such' / 'r.html'}: No such file" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(two_versions, capsys):
    assert run([str(two_versions[0]), "--format", "nope"]) == 2
    assert "invalid choice: 'nope'" in capsys.readouterr().err


def test_columns_of_one_target_from_several_files_sit_together(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_json(a, [TestResult("t.py", "unix", V.PASS), TestResult("t.py", "cpython", V.PASS)],
               {"unix": {"version": "1.20"}}, {})
    write_json(b, [TestResult("t.py", "wasm", V.PASS), TestResult("t.py", "unix", V.FAIL)],
               {"unix": {"version": "1.29"}}, {})
    _, targets = combine(load_runs([a, b]))
    assert list(targets) == ["unix 1.20", "unix 1.29", "cpython", "wasm"]


@pytest.mark.parametrize("content, message", [
    ('{"schema": "mpconform-results/1", "results": [{"test": "a.py", "tar', "the file ends early: truncated?"),
    ('{"schema": "mpconform-other/1", "results": []}', "expected a file of schema 'mpconform-results/1', "
                                                      "'mpconform-bench/1'; got schema 'mpconform-other/1'"),
    ('{"schema": "mpconform-bench/1", "results": [{"bench": "sieve"}]}', "results[0]: missing required key 'target'"),
    ('{"unix": {"a.py": "pass"}}', "(is this a baseline file?)"),
])
def test_malformed_or_other_files_get_one_line_naming_them(tmp_path, capsys, content, message, two_versions):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert run([str(two_versions[0]), str(bad), "--html", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mpconform report: {bad}: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "r.html").exists()


def test_markdown_written_with_the_html(two_versions, tmp_path):
    md = tmp_path / "summary.md"
    assert run([*map(str, two_versions), "--markdown", str(md), "--details", "0"]) == 0
    text = md.read_text()
    assert "### Regressions unix 1.22.0 → unix 1.29.0 (1)" in text and "| **cpython** |" in text
