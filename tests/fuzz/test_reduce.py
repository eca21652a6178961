"""The reducer keeps the property it is given and removes everything else."""
from __future__ import annotations

from pathlib import Path

from mpconform.fuzz.generate import generate_from
from mpconform.fuzz.generate.choices import RandomChooser
from mpconform.fuzz.reduce import reduce_lines, reduce_program


def test_line_reduction_keeps_only_what_the_property_needs():
    src = ("a = 1\nb = 2\nfor i in range(3):\n    print(i)\n    if i:\n        c = -7 // 2\n        print(c)\n"
           "try:\n    pass\nexcept ValueError:\n    print('no')\nprint(a, b)\n")
    out = reduce_lines(src, lambda s: "-7 // 2" in s and _compiles(s))
    assert out.strip() == "c = -7 // 2"


def test_compound_statements_go_with_their_clauses():
    src = "try:\n    x = 1\nexcept ValueError:\n    pass\nfinally:\n    print(2)\nprint('keep')\n"
    out = reduce_lines(src, lambda s: "keep" in s and _compiles(s))
    assert out == "print('keep')\n"


def test_choice_shrinking_then_lines_reaches_a_small_program():
    g = next(generate_from(RandomChooser(s), s) for s in range(500) if "//" in generate_from(RandomChooser(s), s).source)
    r = reduce_program(g.source, lambda s: "//" in s, choices=g.choices, max_checks=300)
    assert "//" in r.source and r.source.count("\n") <= 3 < r.original_lines
    assert r.checks <= 300


def _compiles(s: str) -> bool:
    try:
        compile(s, "t.py", "exec")
        return True
    except SyntaxError:
        return False


def test_expression_reduction_replaces_parts_by_simpler_ones():
    from mpconform.fuzz.reduce import reduce_expressions

    src = "x = (len('abc') * 7 + max(3, -8 // (2 or 1)))\nprint(x)\n"
    out = reduce_expressions(src, lambda s: "//" in s and _compiles(s))
    assert "//" in out and len(out) < len(src) and "len(" not in out and "max(" not in out


def test_hypothesis_shrinks_a_fuzzed_programs_choice_sequence_the_same_way_every_time():
    from mpconform.fuzz.reduce import shrink_with_hypothesis

    seed = next(s for s in range(500) if "%" in generate_from(RandomChooser(s), s).source)
    g = generate_from(RandomChooser(seed), seed)
    tried: list[str] = []

    def still(src: str) -> bool:
        tried.append(src)
        return "%" in src

    first = shrink_with_hypothesis(g.choices, still)
    assert tried[0] == g.source  # hypothesis started from the fuzzed program itself, not from a search
    assert first is not None and "%" in first and len(first) < len(g.source) // 2
    assert shrink_with_hypothesis(g.choices, still) == first
    r = reduce_program(g.source, still, choices=g.choices, max_checks=200)
    assert r.shrinker == "hypothesis" and "%" in r.source and r.source.count("\n") <= 2


def test_hypothesis_shrinks_the_same_whatever_modules_the_process_loaded(tmp_path):
    """hypothesis draws literals of every loaded module while shrinking: a bare process and one that loaded all
    of mpconform's modules (as a test run or another command does) must still shrink a program the same way."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = ("import importlib, sys\n"
              "from pathlib import Path\n"
              "if sys.argv[1] == 'all':\n"
              "    for folder in ('runners', 'conformance', 'reports', 'fuzz', ''):\n"
              f"        for f in sorted(Path({str(root)!r}, folder or 'mpconform').glob('[a-z]*.py')):\n"
              "            importlib.import_module('.'.join(filter(None, ('mpconform', folder, f.stem))))\n"
              "from mpconform.fuzz.generate import generate_from\n"
              "from mpconform.fuzz.generate.choices import RandomChooser\n"
              "from mpconform.fuzz.reduce import shrink_with_hypothesis\n"
              "seed = next(s for s in range(500) if '%' in generate_from(RandomChooser(s), s).source)\n"
              "g = generate_from(RandomChooser(seed), seed)\n"
              "print(repr(shrink_with_hypothesis(g.choices, lambda src: '%' in src)))\n")
    env = dict(os.environ, PYTHONPATH=str(root))
    runs = [subprocess.run([sys.executable, "-c", script, how], capture_output=True, text=True, env=env, timeout=300,
                           cwd=tmp_path) for how in ("bare", "all")]
    assert [r.returncode for r in runs] == [0, 0], [r.stderr[-500:] for r in runs]
    assert runs[0].stdout == runs[1].stdout and "%" in runs[0].stdout
