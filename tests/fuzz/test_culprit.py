"""Finding the construct whose value first differs, and folding buckets that share it."""
from __future__ import annotations

import subprocess
import sys

from mpconform.fuzz.culprit import find_culprit, first_difference, instrument


def _run_cpython(program: str) -> str:
    return subprocess.run([sys.executable, "-I", "-c", program], capture_output=True, text=True, timeout=30).stdout


def test_instrumented_programs_print_the_same_as_before_plus_probe_lines():
    src = "def f(a, b=2):\n    return a * b + len([x for x in 'ab' if x])\nprint(f(3), -4, {1: 2}[1], 'xyz'[1:])\n"
    program, shapes = instrument(src)
    out = _run_cpython(program)
    assert [ln for ln in out.splitlines() if not ln.startswith("@@")] == ["8 -4 2 yz"]
    assert "call f/1" in shapes and "operator Mult" in shapes and "slice" in shapes and "subscript" in shapes
    assert not any(s.startswith("operator USub") for s in shapes)  # -4 is a literal
    values = [ln for ln in out.splitlines() if ln.startswith("@@") and not ln.startswith("@@>")]
    assert values and all(ln.split()[1] in ("int", "str", "NoneType") for ln in values)
    assert f"@@>{shapes.index('call f/1')}" in out.splitlines()  # a call says when it starts, too


def test_values_that_differ_by_design_are_probed_as_what_must_agree():
    src = "s = set([3, 1, 2])\nd = dict(a=1, b=2)\nf = float(0.1 + 0.2)\nclass K:\n    pass\nk = K()\n"
    program, _ = instrument(src)
    values = [ln.split(" ", 2)[1:] for ln in _run_cpython(program).splitlines()]
    # Set order, float digits past six and object addresses differ by design between implementations.
    assert ["set", "set/3"] in values and ["dict", "dict/2"] in values
    assert ["float", "0.3"] in values and ["K", "<K>"] in values


def test_the_first_differing_probe_is_the_innermost_wrong_value():
    src = "v = pow(0, 0, 7)\nprint([v, v + 1])\n"
    program, shapes = instrument(src)
    right = _run_cpython(program)
    wrong = right.replace("int 1\n", "int 0\n", 1)  # pow answers 0; everything after it follows
    k, type_name = first_difference(right, wrong)
    assert shapes[k] == "call pow/3" and type_name == "int"
    assert find_culprit(src, lambda p: (_run_cpython(p), _run_cpython(p).replace("int 1\n", "int 0\n", 1))) \
        == "call pow/3 -> int"
    assert find_culprit(src, lambda p: (right, right)) is None


def test_a_broken_floor_division_is_traced_to_the_floor_division(need):
    need("cpython")
    from mpconform.fuzz.fanout import Fanout

    src = "a = [-7, 2]\nb = a[0] // a[1] * 10\nprint(str(b))\n"
    with Fanout(["cpython", "broken-floordiv"], jobs=1) as pool:
        def both(program: str) -> tuple[str, str]:
            got = pool.run(program)
            return got["cpython"].stdout.decode(), got["broken-floordiv"].stdout.decode()

        assert find_culprit(src, both) == "operator FloorDiv -> int"


def test_attributes_are_probed_but_methods_looked_up_for_a_call_are_not():
    _, shapes = instrument("x = [1]\nx.append(2)\nprint(type(x).__name__)\n")
    assert "attribute .__name__" in shapes and "call .append/1" in shapes
    assert "attribute .append" not in shapes  # a bound method's repr differs by design


def test_a_missing_attribute_is_the_culprit_where_the_oracle_has_it():
    src = "print(type(ValueError()).__name__)\n"
    program, shapes = instrument(src)
    right = _run_cpython(program)
    # A target without the attribute stops where it is looked up, inside print()'s arguments.
    lines = right.splitlines()
    attr = shapes.index("attribute .__name__")
    missing = "".join(ln + "\n" for ln in lines[:next(i for i, ln in enumerate(lines) if ln.startswith(f"@@{attr} "))])
    assert f"@@>{shapes.index('call print/1')}" in missing  # print was entered and never left
    k, type_name = first_difference(right, missing)
    assert shapes[k] == "attribute .__name__" and type_name == "str"


def test_a_call_the_target_raised_in_is_the_culprit_not_the_callees_first_value():
    src = "def gen(n):\n    for i in range(n):\n        yield i\ng = gen(3)\nprint(next(g, None))\n"
    program, shapes = instrument(src)
    right = _run_cpython(program)
    lines = right.splitlines()
    enter_next = lines.index(f"@@>{shapes.index('call next/2')}")
    # A target without two-argument next() raises as the call starts: the generator never runs.
    k, type_name = first_difference(right, "\n".join(lines[:enter_next + 1]) + "\n")
    assert shapes[k] == "call next/2" and type_name == "int"
