"""The bundled benchmarks and the benchmark format: headers, the harness's lines, what the oldest dialect allows."""
from __future__ import annotations

import ast

import pytest

from mpconform.conformance.perf.harness import ReportError, build_program, parse_report
from mpconform.conformance.perf.programs import (BUNDLED_BENCHMARKS, BenchFormatError, bench_id, discover_benchmarks,
                                     load_benchmark)

THEMES = ("recursion", "nqueens", "sieve", "mandelbrot", "bigint", "strings", "dictchurn", "listsort",
          "generators", "methods", "closures", "bytepack", "jsonround", "exceptions")


def bundled():
    return [load_benchmark(p, bench_id(p, [BUNDLED_BENCHMARKS])) for p in discover_benchmarks()]


def test_the_bundled_set_has_a_benchmark_for_every_theme_each_with_sizes_for_a_pc_and_a_small_board():
    found = {b.id: b for b in bundled()}
    assert len(found) >= 14 and set(THEMES) <= set(found)
    for b in found.values():
        assert b.header.small <= b.header.n <= b.header.max


@pytest.mark.parametrize("bench", bundled(), ids=lambda b: b.id)
def test_a_bundled_benchmark_uses_nothing_micropython_1_9_2_lacks(bench):
    tree = ast.parse(bench.source)
    newer = [type(n).__name__ for n in ast.walk(tree) if isinstance(n, (ast.JoinedStr, ast.NamedExpr, ast.Match))]
    assert newer == []
    assert any(isinstance(n, ast.FunctionDef) and n.name == "bench" for n in tree.body)


@pytest.mark.parametrize("header, message", [
    ("# mpconform-bench: small=3", "expected a header line `# mpconform-bench: n=SIZE`"),
    ("# mpconform-bench: n=10 colour=red", "unknown header key 'colour'"),
    ("# mpconform-bench: n=ten", "n: expected a positive whole number, got 'ten'"),
    ("# mpconform-bench: n=10 check=approx", "check: expected 'exact' or 'rel:X'"),
    ("# mpconform-bench: n=10 features=teleport", "unknown feature 'teleport'"),
    ("# mpconform-bench: n=10 small", "expected key=value in the mpconform-bench header, got 'small'"),
])
def test_a_bad_header_is_named_with_its_file(tmp_path, header, message):
    path = tmp_path / "mine.py"
    path.write_text(f"{header}\ndef bench(n):\n    return n\n")
    with pytest.raises(BenchFormatError) as info:
        load_benchmark(path, "mine")
    assert str(info.value).startswith(str(path)) and message in str(info.value)


def test_a_file_without_bench_is_not_a_benchmark(tmp_path):
    path = tmp_path / "helper.py"
    path.write_text("# mpconform-bench: n=1\nx = 1\n")
    with pytest.raises(BenchFormatError, match="expected a top-level `def bench"):
        load_benchmark(path, "helper")


def test_a_users_folder_is_found_recursively_with_ids_below_it(tmp_path):
    (tmp_path / "net").mkdir()
    for rel in ("a.py", "net/b.py", "_helper.py"):
        (tmp_path / rel).write_text("# mpconform-bench: n=1\ndef bench(n):\n    return n\n")
    files = discover_benchmarks([tmp_path])
    assert [bench_id(f, [tmp_path.resolve()]) for f in files] == ["a", "net/b"]


def test_the_harness_lines_are_read_back_and_the_benchmarks_own_output_kept_apart():
    report = parse_report(b"hello\r\n@mpc try 8\n@mpc try 16\n@mpc n 16\n@mpc sum 42\n@mpc t 120\n@mpc t 118\n@mpc mem 64\n")
    assert (report.tried, report.n, report.checksum, report.times_us, report.memory, report.other) == \
        ((8, 16), 16, "42", (120, 118), 64, "hello")
    with pytest.raises(ReportError, match="'@mpc t' should hold a whole number"):
        parse_report(b"@mpc t fast\n")


def test_the_driver_compiles_in_the_oldest_dialect_and_keeps_the_benchmark_byte_for_byte():
    source = b"def bench(n):\n    return n\n"
    for mode in ("time", "memory", "once"):
        program = build_program(source, "b.py", mode, n=3, timeout=5, budget_us=1000, cap=100, repeats=2)
        assert source in program.source
        tree = ast.parse(program.source)
        assert not any(isinstance(n, (ast.JoinedStr, ast.NamedExpr)) for n in ast.walk(tree))
