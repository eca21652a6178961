"""What a report's rates count: the headline pass rate, kept apart from the known-differences catalogue.

The catalogue area (`cpydiff/`) holds tests that are *meant* to differ from CPython on MicroPython-family
targets: the engine marks them xfail there. Counted like any other test they would pull every MicroPython
target's headline rate down for documenting the differences it is supposed to have, so they are scored on
their own: how many documented differences a target still shows, and how many it no longer shows.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mpconform.results import TestResult, Verdict
from mpconform.suitefacts import CATALOGUE_AREA

from ._text import NOT_RUN, PASSING, area_of, count_by_verdict, rate

__all__ = ["CATALOGUE_AREA", "DEFINITIONS", "Score", "DifferenceScore", "is_catalogue", "score",
           "headline", "differences"]

#: The suite area holding the known-differences catalogue.

#: What each figure counts, in words shown next to the figures (HTML page, Markdown summary).
DEFINITIONS: dict[str, str] = {
    "pass rate": "tests passed (pass or xpass) out of tests run (every verdict but skip and notrun), "
                 "outside the known-differences catalogue; expected failures (xfail) count as not passed",
    "area rate": "the same count within one area or feature; '-' when no test of it ran on that target",
    "documented differences": f"catalogue tests ({CATALOGUE_AREA}/) that still differ from CPython as "
                              "documented, out of those run; not failures and not in the pass rate",
}


@dataclass(frozen=True)
class Score:
    """Verdict counts over some tests of one target, and the pass rate they give."""

    counts: tuple[tuple[str, int], ...]   # (verdict value, count) for every verdict, in Verdict order
    passed: int
    ran: int

    @property
    def tests(self) -> int:
        return sum(n for _, n in self.counts)

    def count(self, verdict: Verdict) -> int:
        return dict(self.counts)[verdict.value]

    def text(self) -> str:
        return rate(self.passed, self.ran)


@dataclass(frozen=True)
class DifferenceScore:
    """The catalogue on one target: documented differences still shown, gone, and not run."""

    differ: int       # still differ as documented (xfail, or fail/crash/timeout where not marked)
    same: int         # no longer differ: print what CPython prints (pass/xpass)
    other: int        # skipped, not run, or the harness could not judge them

    @property
    def ran(self) -> int:
        return self.differ + self.same

    def text(self) -> str:
        return f"{self.differ}/{self.ran}" if self.ran else "-"


def is_catalogue(test: str) -> bool:
    """Whether `test` belongs to the known-differences catalogue area."""
    return area_of(test) == CATALOGUE_AREA


def score(results: Iterable[TestResult]) -> Score:
    """The Score of `results`, all counted (callers choose which tests)."""
    counts = count_by_verdict(results)
    passed = sum(counts[v] for v in PASSING)
    ran = sum(counts.values()) - sum(counts[v] for v in NOT_RUN)
    return Score(tuple((v.value, counts[v]) for v in Verdict), passed, ran)


def headline(results: Iterable[TestResult]) -> Score:
    """The headline Score of one target's results: everything outside the catalogue area."""
    return score(r for r in results if not is_catalogue(r.test))


def differences(results: Iterable[TestResult]) -> DifferenceScore:
    """How one target's catalogue results stand (results outside the catalogue are ignored)."""
    differ = same = other = 0
    for r in results:
        if not is_catalogue(r.test):
            continue
        if r.verdict in PASSING:
            same += 1
        elif r.verdict in (Verdict.XFAIL, Verdict.FAIL, Verdict.CRASH, Verdict.TIMEOUT):
            differ += 1
        else:
            other += 1
    return DifferenceScore(differ, same, other)
