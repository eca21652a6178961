"""Which shard of which selection a results file holds: written by `mpconform run --shard`, checked by the reports.

A selection is split by a plan, `{test id: shard index}`. Its identity is a hash of the plan, the number of
shards and the target labels: shards cut from different tests, targets, counts or durations have different
identities, and shards merged back can be checked against it (the merged results must give the same plan).
It lives below both the suite (which writes it) and the reports (which merge it), as the verdicts do.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["ShardInfo", "parse_shard", "selection_id"]


def parse_shard(text: str) -> tuple[int, int]:
    """'2/5' → (2, 5); ValueError saying what was expected otherwise."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise ValueError(f"--shard: expected I/N with 1 <= I <= N (such as 2/5); got {text!r}")
    return int(m.group(1)), int(m.group(2))


def selection_id(plan: Iterable[tuple[str, int]], total: int, labels: Iterable[str]) -> str:
    """The identity of a split: the same tests, targets and assignment give the same id on any machine."""
    doc = {"total": total, "targets": sorted(set(labels)), "plan": sorted(plan)}
    return hashlib.sha256(json.dumps(doc, separators=(",", ":")).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ShardInfo:
    """Shard `index` of `total` of the selection `selection` (of `tests` tests on `targets`), split by count or
    by the durations of a previous run (`balanced_by`)."""

    index: int
    total: int
    selection: str
    tests: int
    targets: tuple[str, ...]
    balanced_by: str = "count"

    @property
    def name(self) -> str:
        return f"{self.index}/{self.total}"

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "total": self.total, "selection": self.selection, "tests": self.tests,
                "targets": list(self.targets), "balanced_by": self.balanced_by}

    @classmethod
    def from_json(cls, data: Any) -> "ShardInfo":
        """The value `to_json` wrote; ValueError saying what is wrong otherwise."""
        if not isinstance(data, Mapping):
            raise ValueError(f"meta.shard: expected an object, got {type(data).__name__}")
        try:
            info = cls(int(data["index"]), int(data["total"]), str(data["selection"]), int(data["tests"]),
                       tuple(str(t) for t in data["targets"]), str(data.get("balanced_by", "count")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"meta.shard: expected index, total, selection, tests and targets; got "
                             f"{json.dumps(data)[:120]} ({type(exc).__name__}: {exc})") from None
        if not 1 <= info.index <= info.total:
            raise ValueError(f"meta.shard: index {info.index} is not between 1 and total {info.total}")
        return info
