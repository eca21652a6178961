"""The catalogued module differences: MicroPython's behaviour by default, CPython's under --profile cpython."""
from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from mpconform.interpreter.lib._profile import ALL_IDS, LIBRARY_DIFFERENCES

from .shim import make_rt, micropython, run_program

CPYDIFF = pathlib.Path(__file__).resolve().parents[2] / "conformance" / "suite" / "cpydiff"
CASES = sorted(p for p in CPYDIFF.glob("modules_*.py") if p.stem in ALL_IDS)


def test_every_library_difference_has_its_cpydiff_file():
    assert {p.stem for p in CASES} == set(ALL_IDS)


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_cpython_profile_prints_what_cpython_prints(case, tmp_path):
    src = case.read_text()
    expected = subprocess.run([sys.executable, "-I", "-B", "-c", src], capture_output=True, text=True,
                              timeout=30).stdout
    assert run_program(src, make_rt(sandbox=tmp_path, profile=set())) == expected


@pytest.mark.unixport
@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_micropython_profile_prints_what_the_unix_port_prints(case, tmp_path):
    src = case.read_text()
    assert run_program(src, make_rt(sandbox=tmp_path)) == micropython(src, cwd=str(tmp_path))


# An expression that is True only when the module follows CPython.
CPYTHON_ONLY = {
    "array": "1 in array.array('b', [1])", "collections": "hasattr(collections, 'Counter')",
    "hashlib": "hasattr(hashlib.sha256(), 'hexdigest')", "io": "hasattr(io.StringIO(), 'readlines')",
    "json": "json.dumps('\\x08') == '\"\\\\b\"'", "math": "hasattr(math, 'gcd')", "os": "hasattr(os, 'environ')",
    "random": "random.getrandbits(40) >= 0", "re": "hasattr(re, 'findall')", "struct": "struct.calcsize('<?') == 1",
}


@pytest.mark.parametrize("module", sorted(LIBRARY_DIFFERENCES))
def test_switching_off_one_difference_switches_the_module(module, tmp_path):
    probe = f"import {module}\ntry:\n    print({CPYTHON_ONLY[module]})\nexcept Exception:\n    print(False)\n"
    one_off = set(ALL_IDS) - {LIBRARY_DIFFERENCES[module][0]}
    assert run_program(probe, make_rt(sandbox=tmp_path, profile=one_off)) == "True\n"
    assert run_program(probe, make_rt(sandbox=tmp_path)) == "False\n"
