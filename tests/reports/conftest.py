"""Shared sample results for the reports tests: two targets, every verdict, hostile-free text."""
from __future__ import annotations

import json
import re

import pytest

from mpconform.results import TestResult, Verdict


@pytest.fixture
def sample_results() -> list[TestResult]:
    V = Verdict
    return [
        TestResult("basics/int_abs.py", "unix", V.PASS, 0.25),
        TestResult("basics/int_pow.py", "unix", V.FAIL, 0.5, expected="1\n2\n", actual="1\n3\n"),
        TestResult("basics/int_big.py", "unix", V.XFAIL, 0.125, reason="no bigint"),
        TestResult("float/fmt.py", "unix", V.SKIP, reason="needs float"),
        TestResult("float/nan.py", "unix", V.SKIP, reason="needs float"),
        TestResult("extmod/loop.py", "unix", V.TIMEOUT, 10.0, reason="no output for 10 s", actual="tick\n"),
        TestResult("extmod/boom.py", "unix", V.CRASH, 0.75, reason="signal 11", actual="partial\n"),
        TestResult("top.py", "unix", V.XPASS, 0.125, reason="bug #12"),
        TestResult("basics/int_abs.py", "cpython", V.PASS, 0.5),
        TestResult("basics/int_pow.py", "cpython", V.PASS, 0.5),
        TestResult("basics/int_big.py", "cpython", V.PASS, 0.25),
        TestResult("float/fmt.py", "cpython", V.PASS, 0.25),
        TestResult("float/nan.py", "cpython", V.ERROR, reason="cannot decode test file"),
        TestResult("extmod/loop.py", "cpython", V.NOTRUN, reason="run aborted"),
    ]


@pytest.fixture
def sample_targets() -> dict[str, dict]:
    return {
        "unix": {"implementation": "micropython", "version": "1.29.0", "platform": "linux", "machine": "x86_64"},
        "cpython": {"implementation": "cpython", "version": "3.11.7", "platform": "linux"},
    }


def _page_of(doc: str) -> dict:
    m = re.search(r'<script id="mpc-data" type="application/json">(.*?)</script>', doc, re.S)
    assert m, "the HTML report has no data blob"
    return json.loads(m.group(1))


@pytest.fixture
def page_of():
    """`page_of(html)`: the data blob an HTML report renders from, parsed."""
    return _page_of
