"""Shards of one run (`mpconform run --shard I/N --json ...`) merged back into one run, or refused with one line.

Files whose metadata says `shard` are grouped by their selection; a group must hold each of its N shards once.
A duplicated shard, shards cut from different selections, or shards that do not add up to their selection
(the merged results give another plan) are refused, naming the files. A missing shard (its job died) is an
error too; with a `problems` list the others are still merged and shown, and the line goes to the list.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from mpconform.shardinfo import ShardInfo, selection_id

from .errors import ReportError

if TYPE_CHECKING:  # runs.py merges shards as it loads files: at run time this module needs no Run
    from .runs import Run

__all__ = ["merge_shards"]


def merge_shards(runs: Iterable[Run], problems: list[str] | None = None) -> list[Run]:
    """`runs` with each group of shards replaced by one run, at the place of its first file."""
    runs = list(runs)
    groups: dict[str, list[tuple[ShardInfo, Run]]] = {}
    for run in runs:
        if "shard" in run.meta:
            try:
                info = ShardInfo.from_json(run.meta["shard"])
            except ValueError as exc:
                raise ReportError(run.source, str(exc)) from None
            groups.setdefault(info.selection, []).append((info, run))
    incomplete = []
    for members in groups.values():
        members.sort(key=lambda m: m[0].index)
        seen: dict[int, str] = {}
        for info, run in members:
            if info.index in seen:
                raise ReportError(run.source, f"shard {info.name} of selection {info.selection} is given twice "
                                              f"(also {seen[info.index]}); give each shard once")
            seen[info.index] = run.source
        if len(seen) < members[0][0].total:
            incomplete.append(members)
    if len(incomplete) > 1:
        (a, ra), (b, rb) = incomplete[0][0], incomplete[1][0]
        raise ReportError(ra.source, f"shard {a.name} of selection {a.selection} does not match {rb.source} (shard "
                                     f"{b.name} of selection {b.selection}): they split different tests, targets, "
                                     "shard counts or durations; run every shard with the same arguments")
    for members in incomplete:
        info = members[0][0]
        have = ", ".join(f"{i.name} {r.source}" for i, r in members)
        missing = ", ".join(f"{k}/{info.total}" for k in range(1, info.total + 1)
                            if k not in {i.index for i, _ in members})
        message = (f"shard {missing} of selection {info.selection} is missing (its job died or was not given); "
                   f"have {have}")
        if problems is None:
            raise ReportError(members[0][1].source, message)
        problems.append(f"{members[0][1].source}: {message}; the other shards' results are shown")
    partial = {members[0][0].selection for members in incomplete}
    merged = {id(members[0][1]): _merge(members, complete=sel not in partial) for sel, members in groups.items()}
    dropped = {id(run) for members in groups.values() for _, run in members[1:]}
    return [merged.get(id(run), run) for run in runs if id(run) not in dropped]


def _merge(members: list[tuple[ShardInfo, Run]], *, complete: bool) -> Run:
    """One run from the shards of a selection (sorted by index); a complete set is checked against it."""
    info = members[0][0]
    where: dict[tuple[str, str], str] = {}
    plan: dict[str, int] = {}
    results = []
    for shard, run in members:
        for r in run.results:
            if (r.test, r.target) in where:
                raise ReportError(run.source, f"{r.test} on {r.target} is also in {where[r.test, r.target]}: the "
                                              "shards overlap; run every shard with the same arguments")
            where[r.test, r.target] = run.source
            plan[r.test] = shard.index
            results.append(r)
    if complete and (len(plan) != info.tests or selection_id(plan.items(), info.total, info.targets) != info.selection):
        sources = ", ".join(run.source for _, run in members)
        raise ReportError(sources, f"these shards hold {len(plan)} tests, not the {info.tests} of selection "
                                   f"{info.selection} as it was split: a file was edited, filtered or cut short")
    targets: dict[str, dict] = {}
    for _, run in members:
        for label, ident in run.targets.items():
            mine = targets.setdefault(label, dict(ident))
            if "implementation" not in mine and "implementation" in ident:
                targets[label] = mine = {**ident, **{k: v for k, v in mine.items() if k == "aborted"}}
            if ident.get("aborted") and ident["aborted"] not in str(mine.get("aborted", "")):
                mine["aborted"] = "; ".join(filter(None, (mine.get("aborted"), ident["aborted"])))
    metas = [run.meta for _, run in members]
    meta = {k: v for k, v in metas[0].items() if k != "shard"}
    for key, pick in (("started", min), ("finished", max)):
        values = [m[key] for m in metas if isinstance(m.get(key), (int, float)) and not isinstance(m.get(key), bool)]
        if values:
            meta[key] = pick(values)
    meta["shards"] = {"selection": info.selection, "total": info.total,
                      "files": {s.index: run.source for s, run in members}}
    source = " + ".join(run.source for _, run in members)
    return dataclasses.replace(members[0][1], source=source, results=tuple(results), targets=targets, meta=meta)
