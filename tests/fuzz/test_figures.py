"""The acceptance figures, as the fuzzer itself computes and prints them."""
from __future__ import annotations

import json

import pytest

from mpconform import fuzz_cmd
from mpconform.cli import main as mpconform_main
from mpconform.options import parse_duration

N = 300


def test_cpython_runs_95_percent_to_completion_and_90_percent_print_three_values(tmp_path, capsys, need):
    need("cpython")
    report = tmp_path / "fuzz.json"
    rc = mpconform_main(["fuzz", "-t", "cpython", "--programs", str(N), "--budget", "120s",
                         "--json", str(report), "--quiet"])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "valid (ran to completion on the oracle)" in printed and "printed at least three values" in printed
    s = json.loads(report.read_text())["stats"]
    assert s["programs"] == N and s["unsafe"] == 0
    assert s["valid"] / s["programs"] >= 0.95
    assert s["three"] / s["programs"] >= 0.90


def test_reference_under_profile_cpython_agrees_with_cpython_on_995_permille(tmp_path, need):
    need("cpython")
    need("ref,profile=cpython")
    report = tmp_path / "fuzz.json"
    mpconform_main(["fuzz", "-t", "cpython", "-t", "ref,profile=cpython", "--programs", "200", "--budget", "120s",
                    "--json", str(report), "--quiet", "--no-reduce"])
    s = json.loads(report.read_text())["stats"]
    assert s["valid"] >= 190
    assert s["agree"]["ref,profile=cpython"] / s["valid"] >= 0.995


def test_budget_parsing():
    assert parse_duration("90") == 90 and parse_duration("10m") == 600 and parse_duration("1.5h") == 5400
    with pytest.raises(Exception):
        parse_duration("ten minutes")


def test_deprecated_target_lists_keep_options_with_their_target():
    assert fuzz_cmd.split_targets("ref,profile=cpython,cpython,unix") == ["ref,profile=cpython", "cpython", "unix"]
    assert fuzz_cmd.split_targets("cpython,unix;heapsize=64k") == ["cpython", "unix,heapsize=64k"]


def test_agreement_where_no_known_difference_applies_sets_aside_explained_divergences():
    from mpconform.fuzz.figures import figures
    from mpconform.fuzz.stats import Stats

    s = Stats(programs=10, valid=10, agree={"cpython": 10, "ref": 7}, explained={"ref": 2})
    rows = dict(figures(s, ["cpython", "ref"], "cpython"))
    assert rows["ref agrees with cpython"] == "70.00%"
    assert rows["ref agrees with cpython where no known difference applies"] == "87.50% (7/8)"
