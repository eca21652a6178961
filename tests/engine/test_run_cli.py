"""`mpconform run` end to end on small suites: verdicts, exit codes, bad input, baseline gating."""
from __future__ import annotations

import json

from engine_helpers import load_results, run_cli

BASIC = {
    "basics/ok.py": "print(1 + 1)\n",
    "basics/fails.py": "print(round(2.675, 2) if False else 'x')\nimport sys\nprint(sys.implementation.name)\n",
    "basics/skips.py": "print('SKIP')\nraise SystemExit\n",
    "basics/has_exp.py": "print('from exp')\n",
    "basics/has_exp.py.exp": "from exp\n",
    "basics/loops.py": "# mpconform: timeout=1\nprint('start')\nwhile True:\n    pass\n",
    "basics/loops.py.exp": "start\n",
}


def verdicts(results, target="cpython"):
    return {r["test"]: r["verdict"] for r in results if r["target"] == target}


def test_run_judges_each_test_and_exits_1_on_failure(suite, tmp_path, require_target):
    require_target("unix")
    root = suite(BASIC)
    proc = run_cli([str(root), "-t", "unix", "--json", str(tmp_path / "r.json"), "--junit", str(tmp_path / "r.xml"),
                    "--no-cache", "-q"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    got = verdicts(load_results(tmp_path / "r.json"), "unix")
    assert got == {"basics/ok.py": "pass", "basics/fails.py": "fail", "basics/skips.py": "skip",
                   "basics/has_exp.py": "pass", "basics/loops.py": "timeout"}
    xml = (tmp_path / "r.xml").read_text()
    assert 'testsuite' in xml and "fails" in xml and "+micropython" in xml  # the diff travels with the failure


def test_test_tree_in_upstream_layout_runs_unchanged(suite, tmp_path, require_target):
    """A tree like MicroPython's tests/: areas, .exp files, helper packages in sub-folders, data files."""
    require_target("unix")
    root = suite({
        "basics/a.py": "print([1, 2][::-1])\n",
        "import/import_pkg.py": "import pkg1\nprint(pkg1.VALUE)\n",
        "import/pkg1/__init__.py": "VALUE = 'pkg'\n",
        "io/read_data.py": "with open('data/file1') as f:\n    print(f.read())\n",
        "io/data/file1": "hello data\n",
        "micropython/const.py": "from micropython import const\nX = const(3)\nprint(X)\n",
        "micropython/const.py.exp": "3\n",
    })
    proc = run_cli([str(root), "-t", "unix", "--json", str(tmp_path / "r.json"), "--no-cache", "-q"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert verdicts(load_results(tmp_path / "r.json"), "unix") == {
        "basics/a.py": "pass", "import/import_pkg.py": "pass", "io/read_data.py": "pass",
        "micropython/const.py": "pass"}


def test_bad_input_is_one_clear_line_and_the_run_goes_on(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({
        "basics/ok.py": "print('fine')\n",
        "basics/undecodable.py": b"print('\xff\xfe')\n",
        "basics/bad_header.py": "# mpconform: featurs=float\nprint(1)\n",
        "basics/exp_is_dir.py": "print(1)\n",
    })
    (root / "basics" / "exp_is_dir.py.exp").mkdir()
    typo = tmp_path / "typo.toml"
    typo.write_text('[xfail]\n"basics/no_such_test.py" = "typo in the name"\n')
    proc = run_cli([str(root), "-t", "unix", "--expectations", str(typo), "--json", str(tmp_path / "r.json"),
                    "--no-cache", "-q"], tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"{typo}: names unknown test 'basics/no_such_test.py'" in proc.stderr
    results = {r["test"]: r for r in load_results(tmp_path / "r.json")}
    assert results["basics/ok.py"]["verdict"] == "pass"
    assert results["basics/undecodable.py"]["verdict"] == "error"
    assert "undecodable.py: not UTF-8" in results["basics/undecodable.py"]["reason"]
    assert "bad_header.py:1: unknown header key 'featurs'" in results["basics/bad_header.py"]["reason"]
    assert "exp_is_dir.py.exp: cannot read expected output" in results["basics/exp_is_dir.py"]["reason"]
    assert "Traceback" not in proc.stderr


def test_a_test_that_loops_on_cpython_is_an_error_not_a_hang(suite, tmp_path, require_target):
    require_target("unix")
    # Only CPython loops: the target's output is fine, so its expected output is needed (and never comes).
    root = suite({"basics/forever.py": "# mpconform: timeout=1\nimport sys\n"
                                       "while sys.implementation.name == 'cpython':\n    pass\nprint(1)\n"})
    proc = run_cli([str(root), "-t", "unix", "--timeout", "2", "--json", str(tmp_path / "r.json"), "--no-cache", "-q"],
                   tmp_path, timeout=60)
    (result,) = load_results(tmp_path / "r.json")
    assert result["verdict"] == "error"
    assert "CPython did not finish within 2s computing the expected output" in result["reason"]
    assert proc.returncode == 2


def test_missing_target_binary_exits_3_naming_it(suite, tmp_path):
    root = suite({"basics/ok.py": "print(1)\n"})
    proc = run_cli([str(root), "-t", "unix=/nonexistent/micropython", "-q"], tmp_path)
    assert proc.returncode == 3
    assert proc.stderr.strip() == ("mpconform: target unavailable: unix=/nonexistent/micropython: "
                                   "micropython binary not found: /nonexistent/micropython")


def test_unknown_target_name_is_a_usage_error(suite, tmp_path):
    root = suite({"basics/ok.py": "print(1)\n"})
    proc = run_cli([str(root), "-t", "unixx", "-q"], tmp_path)
    assert proc.returncode == 2 and "unknown target 'unixx'" in proc.stderr


def test_baseline_gates_only_on_regressions(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({"basics/a.py": "print('a')\n", "basics/b.py": "import sys\nprint(sys.implementation.name)\n"})
    base = tmp_path / "baseline.json"
    first = run_cli([str(root), "-t", "unix", "--baseline", str(base), "--update-baseline", "--no-cache", "-q"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(base.read_text())  # written
    # b.py was already failing: not a regression. Now break a.py: a regression, exit 1.
    same = run_cli([str(root), "-t", "unix", "--baseline", str(base), "--no-cache", "-q"], tmp_path)
    assert same.returncode == 0, same.stdout
    (root / "basics" / "a.py").write_text("print('a')\nprint(sys)\n")
    worse = run_cli([str(root), "-t", "unix", "--baseline", str(base), "--no-cache", "-q"], tmp_path)
    assert worse.returncode == 1
    assert "basics/a.py" in worse.stdout and "pass -> " in worse.stdout


def test_update_expectations_on_a_users_tree_writes_only_the_given_file(suite, tmp_path, require_target):
    require_target("unix")
    root = suite({"basics/impl.py": "import sys\nprint(sys.implementation.name)\n", "basics/ok.py": "print(1)\n"})
    mine = tmp_path / "mine.toml"
    mine.write_text("# my port's known failures\n[xfail]\n")
    refused = run_cli([str(root), "-t", "unix", "--update-expectations", "--no-cache", "-q"], tmp_path)
    assert "needs --expectations FILE" in refused.stderr
    done = run_cli([str(root), "-t", "unix", "--update-expectations", "--expectations", str(mine), "--no-cache",
                    "-q"], tmp_path)
    assert f"updated {mine}" in done.stdout
    text = mine.read_text()
    assert text.startswith("# my port's known failures\n")
    assert '"basics/impl.py" = "micropython 1.29.0: prints differently: line 1 expected' in text
    again = run_cli([str(root), "-t", "unix", "--expectations", str(mine), "--no-cache", "-q"], tmp_path)
    assert again.returncode == 0, again.stdout  # the failure is now expected
