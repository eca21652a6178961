"""Benchmark results as files and in `mpconform report`: a lossless round trip, a Benchmarks tab beside the test
matrix, a Markdown part, the plot; a malformed benchmark file refused in one line."""
from __future__ import annotations

import json

import pytest

from mpconform.benchresults import BenchResult, BenchStatus
from mpconform.cli import main as mpconform_main
from mpconform.reports.bench_json import read_bench, write_bench
from mpconform.reports.html import page_data
from mpconform.reports.context import build_context, load_inputs
from mpconform.reports.json_report import write_json
from mpconform.results import TestResult, Verdict

RESULTS = [
    BenchResult("sieve", "unix", BenchStatus.OK, n=1000, times=(0.012, 0.011, 0.013), checksum="42", memory=1136,
                memory_method="gc", min_heap=5632, heap_n=1000, host_probe=0.0042),
    BenchResult("sieve", "ref", BenchStatus.OK, n=100, times=(0.05, 0.051, 0.049), checksum="7", memory=1200,
                memory_method="gc", min_heap=5888, heap_n=1000),
    BenchResult("recursion", "qemu-microbit", BenchStatus.NEEDS_STACK, reason="needs more stack"),
    BenchResult("jsonround", "unix", BenchStatus.WRONG, reason="wrong checksum at n=3: '1', expected '2' (CPython)"),
]
TARGETS = {"unix": {"implementation": "micropython", "version": "1.29.0", "memory_described": "gc.mem_alloc()"},
           "ref": {"implementation": "mpconform-ref", "version": "1.29.0"},
           "qemu-microbit": {"implementation": "micropython", "version": "1.9.2", "small": True}}


@pytest.fixture
def files(tmp_path):
    bench, run = tmp_path / "bench.json", tmp_path / "run.json"
    write_bench(bench, RESULTS, TARGETS, {"repeats": 3, "load": [0.5, 0.4, 0.3]})
    write_json(run, [TestResult("basics/a.py", "unix", Verdict.PASS)], {"unix": {"version": "1.29.0"}}, {})
    return bench, run


def test_a_results_file_round_trips_without_loss(files):
    results, targets, meta = read_bench(files[0])
    assert results == RESULTS and targets == TARGETS and meta["repeats"] == 3


def test_the_report_has_a_benchmarks_tab_beside_the_matrix(files, tmp_path, capsys):
    html, md = tmp_path / "out.html", tmp_path / "out.md"
    assert mpconform_main(["report", str(files[0]), str(files[1]), "--html", str(html), "--markdown", str(md)]) == 0
    runs, documents = load_inputs([files[0], files[1]])
    page = page_data(build_context(runs, documents=documents))["page"]
    tabs = [s["id"] for s in page["sections"]]
    assert "matrix" in tabs and tabs[-1] == "benchmarks"
    (doc,) = page["data"]["benchmarks"]["documents"]
    titles = [t["title"] for t in doc["tables"]]
    assert titles == ["Time", "Peak heap", "Minimum heap"]
    heap = next(t for t in doc["tables"] if t["title"] == "Minimum heap")
    assert heap["headers"] == ["benchmark", "n", "unix min heap", "ref min heap", "ref/unix", "qemu-microbit (n)"]
    assert ["sieve", "1000", "5632", "5888", "1.05", "-"] in heap["rows"]
    assert doc["problems"] == ["jsonround on unix: wrong: wrong checksum at n=3: '1', expected '2' (CPython)"]
    assert "benchmarks" in html.read_text()
    text = md.read_text()
    assert "### Benchmarks: bench.json" in text and "| sieve " in text and "jsonround on unix: wrong" in text


def test_the_plot_is_an_svg_drawn_by_matplotlib(files, tmp_path):
    pytest.importorskip("matplotlib")
    from mpconform.reports.bench_plot import render_svg

    svg = render_svg(RESULTS)
    assert svg.lstrip().startswith("<?xml") and "sieve" in svg and "minimum heap" in svg
    runs, documents = load_inputs([files[0]])
    page = page_data(build_context(runs, documents=documents))["page"]
    assert page["data"]["benchmarks"]["documents"][0]["plot"].startswith("data:image/svg+xml;base64,")


def test_a_malformed_benchmark_file_is_refused_in_one_line(tmp_path, capsys):
    bad = tmp_path / "bench.json"
    bad.write_text(json.dumps({"schema": "mpconform-bench/1", "results": [{"bench": "a", "target": "u", "status": "meh"}]}))
    assert mpconform_main(["report", str(bad), "--html", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "results[0].status: expected one of ok, skip" in err


def test_the_harness_measurements_live_under_selfbench(capsys):
    with pytest.raises(SystemExit) as exit_info:     # the self-measurement's own parser prints its help
        mpconform_main(["selfbench", "suite", "--help"])
    assert exit_info.value.code == 0 and "mpconform selfbench suite" in capsys.readouterr().out
