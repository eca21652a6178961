"""The Features tab: per feature, what each target's capability probe found and how its tests fared there.

Features come from two places: the `features=` of test headers (what the suite needs) and the probes a
run made (`targets.<label>.capabilities.features`, what the target has). A target whose probe found a
feature missing skips its tests: the probe column says why a rate is `-`.
"""
from __future__ import annotations

from .context import ReportContext
from .section_matrix import NO_FEATURE, groups
from .sections import Section

__all__ = ["SECTION", "probes"]


def probes(ctx: ReportContext) -> dict[str, list[bool | None]]:
    """feature → per column: True/False as the target's probe found it, None when it was not probed."""
    found: dict[str, list[bool | None]] = {}
    for c in ctx.columns:
        caps = c.identity.get("capabilities") or {}
        for name, present in (caps.get("features") or {}).items() if isinstance(caps, dict) else ():
            found.setdefault(str(name), [None] * len(ctx.columns))[c.index] = bool(present)
    return found


def build(ctx: ReportContext) -> dict | None:
    probed = probes(ctx)
    rows = {g["name"]: {"name": g["name"], "tests": len(g["tests"]), "scores": g["scores"]}
            for g in groups(ctx, "feature") if g["name"] != NO_FEATURE}
    for name in probed:
        rows.setdefault(name, {"name": name, "tests": 0, "scores": [[0, 0]] * len(ctx.columns)})
    if not rows:
        return None
    described = ctx.suite.feature_descriptions
    return {"features": [{**rows[n], "description": described.get(n, ""), "probe": probed.get(n, [None] * len(ctx.columns))}
                         for n in sorted(rows)]}


SECTION = Section("features", "Features", build, "features.js")
