"""Self-test: a target with a deliberately wrong `//` is caught within a fixed budget and reduced to ≤ 10 lines."""
from __future__ import annotations

from mpconform.fuzz.campaign import Campaign
from mpconform.fuzz.selftest import break_floordiv



BUDGET_PROGRAMS = 400


def test_the_broken_target_really_is_broken_only_for_negative_floor_division():
    out = break_floordiv(b"print(-7 // 2, 7 // 2, -8 // 2)\n").decode()
    ns: dict = {}
    lines: list[str] = []
    exec(out, {"print": lambda *a: lines.append(" ".join(map(str, a)))}, ns)
    assert lines == ["-3 3 -4"]  # CPython says -4 3 -4


def test_a_broken_floor_division_is_caught_and_reduced_to_at_most_ten_lines(tmp_path, need):
    need("cpython")
    with Campaign(["cpython", "broken-floordiv"], out=tmp_path, seed=0, jobs=2) as c:
        s = c.run(programs=BUDGET_PROGRAMS)
        new = [b for b in c.buckets.values() if b.kind == "new"]
        assert new, f"no divergence found in {s.programs} programs"
        assert s.agree["broken-floordiv"] < s.valid
        c.reduce_buckets(max_checks=200)
        c.save()
    b = min(new, key=lambda b: b.seed)
    assert b.reduced is not None
    lines = [ln for ln in b.reduced.splitlines() if ln.strip()]
    assert 1 <= len(lines) <= 10, b.reduced
    assert "//" in b.reduced
    assert b.culprit.startswith("operator FloorDiv -> "), b.culprit  # the broken operation, named
    cand = (tmp_path / "candidates" / f"{b.id}.py").read_text()
    assert b.reduced in cand and f"seed: {b.seed}" in cand and "--replay" in cand
    # The saved reduced program still shows the divergence when run again.
    with Campaign(["cpython", "broken-floordiv"]) as again:
        assert again.signature_of(b.reduced, "cpython", "broken-floordiv") == b.signature


def test_a_divergence_the_explaining_target_reproduces_is_classified_as_profile(need):
    need("cpython")
    with Campaign(["cpython", "broken-floordiv", "broken-floordiv,label=model"], seed=0, jobs=1,
                  explainer="model") as c:
        c.run(programs=150)
    by_target = {(b.target, b.kind) for b in c.buckets.values()}
    assert ("broken-floordiv", "profile") in by_target
    assert ("broken-floordiv", "new") not in by_target
    assert ("model", "new") in by_target  # the explainer itself is still compared with the oracle
