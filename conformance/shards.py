"""`mpconform run --shard I/N`: a stable 1/N of the selected tests, by test id, balanced by count or by durations.

The split depends only on the test ids (and the durations given), never on discovery order or timing, so N CI
jobs or N hosts running the same command with shards 1..N cover the selection exactly once.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from mpconform.shardinfo import ShardInfo, selection_id

from .discovery import TestCase

__all__ = ["plan", "select"]


def plan(test_ids: Sequence[str], total: int, durations: Mapping[str, float] | None = None) -> dict[str, int]:
    """{test id: shard index (1-based)}. Without durations: the ids sorted, dealt in turn (counts differ by at
    most one). With them: longest first to the least loaded shard (ties: the lowest index); a test the
    durations do not know counts as their mean."""
    ids = sorted(set(test_ids))
    if not durations:
        return {tid: i % total + 1 for i, tid in enumerate(ids)}
    known = [durations[t] for t in ids if t in durations]
    mean = sum(known) / len(known) if known else 1.0
    cost = {t: durations.get(t, mean) for t in ids}
    load = [0.0] * total
    out = {}
    for tid in sorted(ids, key=lambda t: (-cost[t], t)):
        k = min(range(total), key=lambda i: (load[i], i))
        load[k] += cost[tid]
        out[tid] = k + 1
    return out


def select(tests: Sequence[TestCase], index: int, total: int, labels: Sequence[str],
           durations: Mapping[str, float] | None = None) -> tuple[list[TestCase], ShardInfo]:
    """The tests of shard `index` of `total`, in their given order, and what the results file says about it."""
    assignment = plan([t.id for t in tests], total, durations)
    info = ShardInfo(index, total, selection_id(assignment.items(), total, labels), len(assignment),
                     tuple(sorted(set(labels))), "durations" if durations else "count")
    return [t for t in tests if assignment[t.id] == index], info
