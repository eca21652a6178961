"""Each program's working copy: data it may write, code linked; what the oracle's sandbox refuses is a harness
error, never an expected output; library modules reach every kind of target."""
from __future__ import annotations

from pathlib import Path

import pytest

from mpconform.conformance.discovery import discover
from mpconform.conformance.engine import Engine, RunConfig
from mpconform.runners import Program, SandboxDenied, make_runner, parse_target
from mpconform.runners.workcopy import COPY_LIMIT, working_copy

APPEND = "with open('data/log', 'a') as f:\n    f.write('run\\n')\nprint(open('data/log').read())\n"
ESCAPE = "with open('../outside.txt', 'w') as f:\n    f.write('x')\nprint('wrote')\n"


@pytest.fixture()
def tree(tmp_path):
    area = tmp_path / "suite" / "io"
    (area / "data").mkdir(parents=True)
    (area / "data" / "log").write_text("start\n")
    (area / "pkg").mkdir()
    (area / "pkg" / "__init__.py").write_text("X = 1\n")
    (area / "append.py").write_text(APPEND)
    (area / "escape.py").write_text(ESCAPE)
    (area / "plain.py").write_text("import pkg\nprint(pkg.X)\n")
    for k in range(12):  # enough tests for the engine to send batches
        (area / f"fill{k:02}.py").write_text(f"print({k})\n")
    return tmp_path / "suite"


def _run(tree: Path, target: str, cache: Path, **kw):
    config = RunConfig(tests=tuple(discover([tree])), targets=(parse_target(target),), jobs=1, cache_dir=cache, **kw)
    results = {r.test: r for r in Engine(config).run().results}
    assert all(r.verdict.value == "pass" for t, r in results.items() if "fill" in t)
    return results


def test_data_is_copied_and_code_linked(tree):
    assert working_copy(tree / "io") == working_copy(tree / "io").__class__(link=("pkg",), copy=("data",))
    (tree / "io" / "big").write_bytes(b"x" * (COPY_LIMIT + 1))
    plan = working_copy(tree / "io")
    assert "big" in plan.link and "data" in plan.copy


@pytest.mark.parametrize("batch", [1, 16])
def test_writing_data_is_allowed_everywhere_and_never_reaches_the_tree(tree, tmp_path, require_target, batch):
    require_target("unix")
    results = _run(tree, "unix", tmp_path / "cache", batch=batch)
    assert results["io/append.py"].verdict.value == "pass"
    assert results["io/plain.py"].verdict.value == "pass"
    assert (tree / "io" / "data" / "log").read_text() == "start\n"


@pytest.mark.parametrize("batch", [1, 16])
def test_a_sandbox_refusal_is_a_harness_error_not_an_expected_output(tree, tmp_path, require_target, batch):
    require_target("unix")
    result = _run(tree, "unix", tmp_path / "cache", batch=batch)["io/escape.py"]
    assert result.verdict.value == "error"
    assert "sandbox refused writing" in result.reason and "outside the working copy" in result.reason
    assert result.expected is None
    # ... and nothing of it was cached: the next run asks the oracle again, and errs again.
    assert _run(tree, "unix", tmp_path / "cache", batch=batch)["io/escape.py"].verdict.value == "error"


def test_the_oracle_raises_the_refusal_even_when_the_program_catches_it(tree):
    source = b"try:\n    open('/tmp/mpconform-not-here', 'w')\nexcept OSError:\n    print('caught')\n"
    with make_runner("cpython") as runner:
        with pytest.raises(SandboxDenied, match="writing /tmp/mpconform-not-here"):
            runner.run(Program(source, filename="t.py", directory=tree / "io"))
        with pytest.raises(SandboxDenied):
            runner.run_batch([Program(b"print(1)\n"), Program(source, filename="t.py", directory=tree / "io")])


def test_a_batch_restores_builtins_and_sys_for_the_next_program():
    with make_runner("cpython") as runner:
        outs = runner.run_batch([
            Program(b"import builtins, sys\nbuiltins.abs = lambda x: 42\nsys.flags2 = 1\nprint(abs(-1))\n"),
            Program(b"import sys\nprint(abs(-1), hasattr(sys, 'flags2'))\n"),
        ])
    assert [o.stdout for o in outs] == [b"42\n", b"1 False\n"]


@pytest.mark.node
def test_wasm_receives_data_and_library_modules(tree, tmp_path, require_target):
    require_target("wasm")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "helper.py").write_text("WORD = 'from the library'\n")
    source = APPEND.encode() + b"import helper\nprint(helper.WORD)\n"
    with make_runner("wasm") as runner:
        out = runner.run(Program(source, filename="t.py", directory=tree / "io", library=(lib,)))
    assert out.stdout == b"start\nrun\n\nfrom the library\n"


@pytest.mark.qemu
@pytest.mark.slow
def test_a_board_receives_a_library_module_once_per_session(tmp_path, require_target):
    require_target("qemu-microbit")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "tinylib.py").write_text("def twice(x):\n    return 2 * x\n")
    program = Program(b"import tinylib\nprint(tinylib.twice(21))\n", filename="t.py", library=(lib,), timeout=20)
    with make_runner("qemu-microbit") as runner:
        uploads = []
        real = runner._upload
        runner._upload = lambda repl, files: uploads.append([n for n, _ in files]) or real(repl, files)
        outs = [runner.run(program).stdout for _ in range(3)]
    assert outs == [b"42\r\n"] * 3
    assert uploads == [["tinylib.py"]]
