"""Every node the parser builds has a kind node.FIELDS declares, with exactly the declared fields: checked on
the whole bundled suite, under both profiles (they parse differently: `match` exists only under CPython's)."""
from __future__ import annotations

from pathlib import Path

import pytest

from mpconform.conformance.discovery import BUNDLED_SUITE
from mpconform.interpreter.differences import profile_ids
from mpconform.interpreter.lexer import MpSyntaxError
from mpconform.interpreter.node import FIELDS, Node, schema_problems
from mpconform.interpreter.parse import parse
from mpconform.interpreter.runtime import State

# Constructs the bundled suite may not contain, so that every declared kind is seen at least once.
_RARE = """
match x:
    case [1, *rest] | (2, *_) as whole if whole:
        pass
    case {"k": None, **more}:
        pass
    case Point(1, y=_) | q.R():
        pass
"""


@pytest.fixture(params=["micropython", "cpython"])
def profile(request):
    saved = State.profile, State.tstrings
    State.profile = frozenset(profile_ids(request.param))
    State.tstrings = True       # the suite's t-string tests parse too (-X tstring=yes)
    yield request.param
    State.profile, State.tstrings = saved


def _kinds(tree) -> set[str]:
    seen, stack = set(), [tree]
    while stack:
        x = stack.pop()
        if isinstance(x, (list, tuple)):
            stack.extend(x)
        elif isinstance(x, Node):
            seen.add(x.kind)
            stack.extend(v for k, v in x.__dict__.items() if k not in ("kind", "line"))
    return seen


def test_every_node_of_the_bundled_suite_matches_its_schema(profile):
    problems, seen, parsed = [], set(), 0
    for path in sorted(Path(BUNDLED_SUITE).rglob("*.py")):
        try:
            tree = parse(path.read_bytes().decode("utf-8", "replace"))
        except (MpSyntaxError, NotImplementedError):
            continue  # the test's own syntax error (or a construct the port's compiler refuses)
        parsed += 1
        problems += [f"{path.relative_to(BUNDLED_SUITE)}: {p}" for p in schema_problems(tree)]
        seen |= _kinds(tree)
    assert parsed > 1000, parsed
    assert not problems, "\n".join(problems[:20])
    if profile == "cpython":
        seen |= _kinds(parse(_RARE))
        assert seen == set(FIELDS), f"declared but never built: {sorted(set(FIELDS) - seen)}"


def test_a_node_off_its_schema_is_reported():
    good = Node("Name", 3, id="x")
    assert schema_problems([good, Node("Name", 4, id="y", paren=True)]) == []
    assert schema_problems(Node("Expr", 5, value=Node("Name", 5, ident="x"))) == [
        "line 5: Name: missing ['id'], undeclared ['ident']"]
    assert schema_problems(Node("Frobnicate", 7)) == ["line 7: unknown kind 'Frobnicate'"]
