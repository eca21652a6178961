"""The generator: deterministic from a seed, replayable, safe, swarm-varied, and compiling."""
from __future__ import annotations

import ast
import os
import subprocess
import sys

from hypothesis import given, settings

from mpconform.fuzz.generate import FEATURES, SAFE_IMPORTS, generate, generate_from, programs, replay
from mpconform.fuzz.generate.choices import RandomChooser
from mpconform.fuzz.safety import unsafe_reason

SEEDS = range(400)


def test_same_seed_gives_the_same_program_in_another_process_with_another_hash_seed():
    here = [generate(s) for s in (0, 7, 123456)]
    code = "import sys; from fuzz.generate import generate; sys.stdout.write('\\x00'.join(generate(s) for s in (0, 7, 123456)))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert there.split("\x00") == here


def test_different_seeds_give_different_programs():
    assert len({generate(s) for s in range(50)}) == 50


def test_a_recorded_choice_sequence_replays_to_the_same_program():
    for s in range(30):
        g = generate_from(RandomChooser(s), s)
        assert replay(g.choices).source == g.source


def test_a_shortened_choice_sequence_still_gives_a_valid_program():
    for s in range(30):
        g = generate_from(RandomChooser(s), s)
        short = replay(g.choices[: len(g.choices) // 3]).source
        compile(short, "short.py", "exec")


def test_every_program_compiles_and_imports_only_safe_modules():
    for s in SEEDS:
        src = generate(s)
        tree = ast.parse(src)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert all(a.name in SAFE_IMPORTS for a in node.names), (s, ast.unparse(node))
            assert not isinstance(node, ast.ImportFrom), s
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("open", "exec", "eval", "__import__", "compile", "input"), s
        assert unsafe_reason(src) is None, s


def test_the_safety_guard_refuses_host_access():
    assert "imports 'os'" in unsafe_reason("import os\nos.system('true')\n")
    assert "open()" in unsafe_reason("print(open('/etc/passwd').read())\n")
    assert unsafe_reason("from subprocess import run\n") is not None
    assert unsafe_reason("x = ().__class__.__bases__\n") is not None
    assert unsafe_reason("print('open(')\nimport math\n") is None


def test_the_safety_guard_refuses_changes_to_a_module_batched_programs_share():
    for src in ("math.pi = 3\n", "  math.tau += 1\n", "del math.e\n", "a, math.pi = 1, 2\n", "x = 1; math.x = 2\n"):
        assert "changes a module" in unsafe_reason("import math\n" + src), src
    for src in ("print(math.pi)\n", "x = math.floor(2.5)\n", "if math.pi == 3:\n    pass\n", "y = (math.e)\n"):
        assert unsafe_reason("import math\n" + src) is None, src


def test_swarm_mode_varies_features_and_disabled_features_stay_out():
    feats = [generate_from(RandomChooser(s), s).features for s in range(200)]
    assert len(set(feats)) > 150
    for f in FEATURES:
        share = sum(f in fs for fs in feats) / len(feats)
        assert 0.4 < share < 0.9, (f, share)
    no_class = [s for s in range(200) if "class" not in feats[s]]
    assert all("\nclass " not in "\n" + generate(s) or "Exception)" in generate(s) or "ValueError)" in generate(s)
               for s in no_class)
    g = generate_from(RandomChooser(5), 5, features=frozenset({"loop"}))
    assert "def " not in g.source and "class " not in g.source and "try:" not in g.source


def test_programs_cover_the_listed_constructs():
    text = "\n".join(generate(s) for s in range(600))
    for construct in ("def ", "*r", "**kw", "nonlocal", "yield", "yield from", "class ", "super().", "__add__",
                      "__eq__", "__getitem__", "try:", "except ", "finally:", "while ", "for ", "break", "continue",
                      "lambda", "[::", "2 **", "//", "%", "<<", ">>", "'%.4f' %", ".format(", 'f"', "sorted(",
                      " for ", "{k:", "b'", ".encode()", ".decode()", "divmod(", "with ", "math."):
        assert construct in text, construct


@settings(max_examples=25, deadline=None, database=None)
@given(programs())
def test_the_hypothesis_strategy_draws_valid_programs(src):
    compile(src, "hyp.py", "exec")
    assert unsafe_reason(src) is None
