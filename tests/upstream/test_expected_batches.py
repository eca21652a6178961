"""Expected outputs computed in an oracle batch are provisional: cached only once a target agreed with them or
they were computed again alone; a test CPython cannot compile is a skip with the reason."""
from __future__ import annotations

from mpconform.conformance.discovery import TestCase
from mpconform.conformance.expected import ExpectedOutputs, Need
from mpconform.runners import Outcome, Status


def _tree(tmp_path, *names):
    (tmp_path / "basics").mkdir(parents=True)
    needs = []
    for name in names:
        path = tmp_path / "basics" / name
        path.write_text(f"print({name!r})\n")
        needs.append(Need(TestCase(f"basics/{name}", path, tmp_path), path.read_bytes()))
    return needs


class _Oracle:
    """Prints each program's first line back; records how many programs each call ran."""

    def __init__(self, answer=None):
        self.calls: list[int] = []
        self.answer = answer

    def __call__(self, programs):
        self.calls.append(len(programs))
        return [self.answer or Outcome(Status.OK, p.source.split(b"\n")[0] + b"\n", exit_code=0) for p in programs]


def test_a_batch_is_provisional_until_confirmed_or_recomputed(tmp_path):
    a, b = _tree(tmp_path / "t", "a.py", "b.py")
    oracle = _Oracle()
    cache = tmp_path / "cache"
    outputs = ExpectedOutputs(oracle, "cpython-3.11", cache)
    found = outputs.get_many([a, b])
    assert oracle.calls == [2] and all(e.provisional for e in found.values())
    assert not cache.exists()                                   # nothing cached from the batch yet
    outputs.confirm(a.test.id)
    again = outputs.recompute(b)
    assert oracle.calls == [2, 1] and not again.provisional
    fresh_oracle = _Oracle()
    fresh = ExpectedOutputs(fresh_oracle, "cpython-3.11", cache).get_many([a, b])
    assert fresh_oracle.calls == [] and {e.output for e in fresh.values()} == {b"print('a.py')\n", b"print('b.py')\n"}


def test_one_program_alone_is_cached_at_once(tmp_path):
    (a,) = _tree(tmp_path / "t", "a.py")
    outputs = ExpectedOutputs(_Oracle(), "cpython-3.11", tmp_path / "cache")
    assert not outputs.get_many([a])[a.test.id].provisional
    assert any((tmp_path / "cache").rglob("*.json"))


def test_a_test_cpython_cannot_compile_is_a_skip_saying_why(tmp_path):
    (a,) = _tree(tmp_path / "t", "a.py")
    refusal = b'  File "a.py", line 1\n    t"x"\n    ^\nSyntaxError: invalid syntax\n'
    oracle = _Oracle(Outcome(Status.RAISED, refusal, exc_type="SyntaxError", exit_code=1))
    found = ExpectedOutputs(oracle, "cpython-3.11", None).get(a.test, a.source)
    assert found.skip and "CPython cannot compile this test (SyntaxError: invalid syntax)" in found.why
