"""Results and gating: JSON results, JUnit XML, console tables, baseline gate, progress, HTML report.

    json_report  write_json / read_json        versioned results files ("mpconform-results/1")
    junit        junit_xml_string / write_junit one testsuite per target (junit-xml kept behind it)
    table        summary_table / area_table / details   tabulate tables, plus csv
    baseline     load_baseline / compare / update_baseline   the CI gate: pass → worse is a regression
    progress     Progress                      live progress on stderr, thread-safe
    html         render_report / write_report  self-contained HTML report: template + JSON data + plain JS
                 render_html / write_html      the same for one run's results (`mpconform run --html`)
    markdown     render_markdown / write_markdown   short summary for a CI job summary or PR comment
    context      load_inputs / build_context   input files by schema, runs as columns, cells
    sections     Section / register            the report's tabs, a registry (section_*.py are built in)
    scores       headline / differences        what each rate counts; the catalogue scored apart
    trend        series                        one target over versions or days, and what changed
    reproduce    reproduce_command             the command that re-runs one cell
    (what the suite says about tests, SuiteFacts, is given by the caller: conformance.suite_info)
    runs         load_runs / combine           several results files side by side
    shards       merge_shards                  the shards of one run (`run --shard I/N`) merged back into one
    errors       ReportError                   a bad input file, named
    bench_json   write_bench / read_bench      benchmark results files ("mpconform-bench/1")
    bench_table  time_table / memory_table / heap_table   console tables of benchmark results
    bench_gate   compare_bench                 the benchmark gate: slower or hungrier beyond a threshold
    bench_stats  mann_whitney_greater          the exact rank test the gate uses
    bench_plot   render_svg / write_plot       the benchmark plot (matplotlib, optional)
    section_bench                              the report's Benchmarks tab
"""
from __future__ import annotations

from .baseline import (Baseline, Change, Comparison, baseline_from_results, compare, format_comparison,
                       load_baseline, update_baseline, write_baseline)
from .errors import ReportError
from .context import ReportContext, build_context, load_inputs
from .html import render_html, render_report, write_html, write_report
from .markdown import render_markdown, write_markdown
from .sections import Section, register
from .json_report import SCHEMA, read_json, write_json
from .junit import junit_xml_string, write_junit
from .progress import Progress
from .runs import Run, combine, load_runs
from .table import FORMATS, area_table, details, render, summary_table

__all__ = [
    "ReportError",
    "SCHEMA", "write_json", "read_json",
    "junit_xml_string", "write_junit",
    "FORMATS", "render", "summary_table", "area_table", "details",
    "Baseline", "Change", "Comparison", "load_baseline", "baseline_from_results", "compare",
    "update_baseline", "write_baseline", "format_comparison",
    "Progress",
    "render_html", "write_html", "render_report", "write_report", "render_markdown", "write_markdown",
    "ReportContext", "build_context", "load_inputs", "Section", "register",
    "Run", "load_runs", "combine",
]
