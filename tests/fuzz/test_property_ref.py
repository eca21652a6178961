"""The generator as a hypothesis strategy in a property test: the reference (profile cpython) ≡ CPython.

Hypothesis draws every decision of the generator, so a failure here is shrunk by hypothesis itself.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from mpconform.fuzz.compare import compare, view_of
from mpconform.fuzz.generate import programs
from mpconform.fuzz.fanout import Fanout
from mpconform.runners.registry import parse_target, runner_class

TARGETS = ["cpython", "ref,profile=cpython"]


@pytest.fixture(scope="module")
def pool():
    for t in TARGETS:
        spec = parse_target(t)
        why = runner_class(spec.name).availability(spec)
        if why:
            pytest.skip(f"{t} unavailable: {why}")
    p = Fanout(TARGETS, jobs=1, timeout=10)
    yield p
    p.close()


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(src=programs())
def test_reference_agrees_with_cpython_on_generated_programs(pool, src):
    views = {lb: view_of(o) for lb, o in pool.run(src).items()}
    assert views["cpython"].end == "ok"
    divs = compare("cpython", views)
    assert not divs, divs[0].describe()
