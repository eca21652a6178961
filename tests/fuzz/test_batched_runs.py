"""Batched runs (several programs in one forked child) give each program what a run of its own gives it."""
from __future__ import annotations

import pytest

from mpconform.fuzz.fanout import Fanout
from mpconform.runners.outcome import Program, Status
from mpconform.runners.registry import make_runner


def _programs(*sources: bytes, timeout: float = 20) -> list[Program]:
    return [Program(src, filename="fuzz.py", timeout=timeout) for src in sources]


def test_a_cpython_batch_shares_one_child_and_restores_what_a_program_changed(need):
    need("cpython")
    with make_runner("cpython") as r:
        outs = r.run_batch(_programs(
            b"import os, sys\nprint(os.getpid())\nsys.setrecursionlimit(60)\nsys.set_int_max_str_digits(700)\n"
            b"import fractions\nsys.path.insert(0, '/nowhere')\n",
            b"import os, sys\nprint(os.getpid())\nprint(sys.getrecursionlimit(), sys.get_int_max_str_digits())\n"
            b"print('fractions' in sys.modules, '/nowhere' in sys.path)\n",
        ))
        alone = r.run(_programs(b"import sys\nprint(sys.getrecursionlimit(), sys.get_int_max_str_digits())\n")[0])
    assert [o.status for o in outs] == [Status.OK, Status.OK], outs
    first, second = outs[0].stdout.split(b"\n"), outs[1].stdout.split(b"\n")
    assert first[0] == second[0], "the batch forked a child per program: nothing was saved"
    assert second[1] == alone.stdout.strip()
    assert second[2] == b"False False"


@pytest.mark.parametrize("target", ["cpython", "unix", "ref"])
def test_after_a_timeout_the_rest_of_the_batch_runs_in_a_fresh_child(target, need):
    need(target)
    with make_runner(target) as r:
        outs = r.run_batch(_programs(b"print(1)\n", b"while True:\n    pass\n", b"print(2)\n", b"print(3)\n",
                                     timeout=1.0))
    assert [o.status for o in outs] == [Status.OK, Status.TIMEOUT, Status.OK, Status.OK]
    assert [o.stdout for o in outs[2:]] == [b"2\n", b"3\n"]


@pytest.mark.parametrize("target", ["cpython", "unix", "ref"])
def test_a_batch_gives_the_same_outcomes_as_running_alone(target, need):
    need(target)
    from mpconform.fuzz.generate import generate

    sources = [generate(seed).encode() for seed in range(40)]
    with make_runner(target) as r:
        batched = r.run_batch(_programs(*sources))
        alone = [r.run(p) for p in _programs(*sources)]
    assert [(o.status, o.stdout) for o in batched] == [(o.status, o.stdout) for o in alone]


def test_the_sandbox_holds_in_a_batch(tmp_path, need):
    need("cpython")
    marker = tmp_path / "escaped"
    escapes = [f"print('before')\nopen({str(marker)!r}, 'w').write('x')\n",
               f"print('before')\nimport os\nos.system('touch {marker}')\n",
               f"print('before')\nimport os\nos.mkdir({str(marker)!r})\n"]
    with Fanout(["cpython"], jobs=1, timeout=5) as pool:
        outs = pool.submit_batch(escapes)["cpython"].result()
    for src, out in zip(escapes, outs):  # each refused, as the harness's doing, not as the program's output
        assert out.status.value == "crash" and "the sandbox refused" in out.note, (src, out)
    assert not marker.exists()


def test_only_targets_that_share_a_process_are_asked_again_about_a_divergence(need, monkeypatch):
    need("cpython")
    from mpconform.fuzz.campaign import Campaign
    from mpconform.fuzz.generate import Generated
    from mpconform.runners.outcome import Outcome

    with Campaign(["cpython", "broken-floordiv"], batch=16) as c:
        assert c.pool.shares_process("cpython") and c.pool.shares_process("broken-floordiv")
        asked: list[list[str]] = []
        monkeypatch.setattr(c, "_one_process", ["cpython"])  # as if broken-floordiv were a board: one run each
        monkeypatch.setattr(c.pool, "run", lambda src, labels=None: asked.append(labels) or
                            {"cpython": Outcome(Status.OK, b"-4\n")})
        c._process(Generated("print(-7 // 2)\n", 1, (), ()),
                   {"cpython": Outcome(Status.OK, b"-4\n"), "broken-floordiv": Outcome(Status.OK, b"-3\n")},
                   alone=False)
    assert asked == [["cpython"]]
    assert c.stats.divergent == 1 and c.stats.unconfirmed == 0


def test_a_runner_without_its_own_batches_runs_each_program_alone(need):
    need("wasm")
    with Fanout(["wasm"], jobs=1) as pool:
        assert not pool.shares_process("wasm")
        outs = pool.submit_batch(["print(1)\n", "x = 2\nprint(x * 3)\n"])["wasm"].result()
    assert [o.stdout for o in outs] == [b"1\n", b"6\n"]
