"""The reference's model of the port's heap: gc.mem_alloc() sees the live data of every active frame, -X heapsize
refuses a program that needs more, and its minimum heap lands within 2x of the unix port's."""
from __future__ import annotations

import io

import pytest

from mpconform.interpreter.cli import run_program
from mpconform.interpreter.heapmodel import compile_cost, shallow_bytes
from mpconform.interpreter.parse import parse

from .conftest import results

HELD = """import gc
def held(n):
    data = [i * 1000 for i in range(n)]
    gc.collect()
    return gc.mem_alloc()
before = gc.mem_alloc()
print(held(2000) - before > 16000, held(10) - before < 1000)
"""


def _run(code: str, heapsize: int | None = None) -> tuple[int, str]:
    out = io.StringIO()
    rc = run_program(code=code, heapsize=heapsize, stdout=out, stderr=out)
    return rc, out.getvalue()


def test_mem_alloc_counts_what_a_running_function_holds():
    assert _run(HELD) == (0, "True True\n")


def test_a_heap_too_small_for_the_data_is_a_memory_error_and_a_large_enough_one_is_not():
    program = "x = [[i] for i in range(3000)]\nprint(len(x))\n"
    rc, out = _run(program, heapsize=64 * 1024)
    assert rc == 1 and "MemoryError" in out
    assert _run(program, heapsize=1024 * 1024) == (0, "3000\n")


def test_a_program_too_big_to_compile_in_the_heap_fails_while_compiling():
    program = "\n".join(f"def f{i}(a, b):\n    return a * {i} + b" for i in range(60)) + "\nprint(1)\n"
    peak, stays = compile_cost(parse(program))
    assert peak > 10 * 1024 and stays < peak
    rc, out = _run(program, heapsize=8 * 1024)
    assert rc == 1 and "MemoryError" in out and "1\n" not in out


def test_object_sizes_follow_the_ports():
    assert shallow_bytes(5) == 0 and shallow_bytes(None) == 0           # immediate values
    assert shallow_bytes(2 ** 100) == 64                                # object + 16 bytes of digits in a block
    assert shallow_bytes(1.5) == 32 and shallow_bytes(bytearray(100)) == 32 + 128
    assert shallow_bytes("name", {"name"}) == 0 < shallow_bytes("name")  # a qstr costs nothing


@pytest.mark.slow
def test_the_references_minimum_heap_is_within_twice_the_unix_ports(bench, tmp_path, require_target):
    require_target("unix")
    out_json = tmp_path / "r.json"
    rc, out, err = bench("-t", "unix", "-t", "ref", "-k", "sieve", "-k", "dictchurn", "-k", "methods",
                         "--budget", "5ms", "--repeats", "1", "-q", "--no-memory", "--json", str(out_json))
    assert rc == 0, err
    found = results(out_json)
    for name in ("sieve", "dictchurn", "methods"):
        unix, ref = found[name, "unix"]["min_heap"], found[name, "ref"]["min_heap"]
        assert 0.5 <= ref / unix <= 2.0, (name, unix, ref)
