"""Bad input costs only itself: a benchmark that prints nothing, raises, never ends, returns a wrong checksum
or is no benchmark at all gets one line naming it, and the other benchmarks' results are kept."""
from __future__ import annotations

import pytest

from .conftest import QUICK, results

GOOD = "# mpconform-bench: n=200\ndef bench(n):\n    return sum(range(n))\n"
BAD = {
    "silent.py": ("# mpconform-bench: n=10\ndef bench(n):\n    return n\nraise SystemExit\n",
                  "printed nothing the harness reads"),
    "raises.py": ("# mpconform-bench: n=10\ndef bench(n):\n    raise ValueError('no luck')\n",
                  "raised ValueError at n=10: ValueError: no luck"),
    "loops.py": ("# mpconform-bench: n=10 timeout=2\ndef bench(n):\n    while True:\n        pass\n",
                 "did not end within 2s at n=10"),
    "none.py": ("# mpconform-bench: n=10\ndef bench(n):\n    x = n\n", "bench(n) returned None"),
    "nobench.py": ("# mpconform-bench: n=10\ndef work(n):\n    return n\n", "expected a top-level `def bench(n):`"),
    "header.py": ("# mpconform-bench: n=10 speed=fast\ndef bench(n):\n    return n\n", "unknown header key 'speed'"),
}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "mine"
    root.mkdir()
    (root / "good.py").write_text(GOOD)
    for name, (text, _) in BAD.items():
        (root / name).write_text(text)
    return root


@pytest.mark.slow
def test_each_bad_benchmark_is_named_in_one_line_and_the_good_one_is_measured(bench, folder, tmp_path, require_target):
    require_target("unix")
    out_json = tmp_path / "r.json"
    rc, out, err = bench(str(folder), "-t", "unix", *QUICK, "--no-min-heap", "--json", str(out_json))
    assert rc == 1, err      # a timeout is a failure (1); without it, the errors alone would make it 2
    for name, (_, message) in BAD.items():
        lines = [ln for ln in err.splitlines() if name[:-3] in ln and message in ln]
        assert len(lines) == 1, (name, err)
        assert "Traceback" not in lines[0]
    found = results(out_json)
    assert found["good", "unix"]["status"] == "ok" and found["good", "unix"]["times"]
    assert found["loops", "unix"]["status"] == "timeout"
    assert {found[n[:-3], "unix"]["status"] for n in BAD if n != "loops.py"} == {"error"}
    assert "good" in out


def test_a_wrong_checksum_is_a_failure_of_the_target_not_a_timing(bench, tmp_path, require_target):
    require_target("unix")
    (tmp_path / "differs.py").write_text(
        "# mpconform-bench: n=10\ndef bench(n):\n    return len(dir(n)) + n\n")   # CPython's int has more methods
    out_json = tmp_path / "r.json"
    rc, out, err = bench(str(tmp_path / "differs.py"), "-t", "unix", *QUICK, "--json", str(out_json))
    assert rc == 1
    record = results(out_json)["differs", "unix"]
    assert record["status"] == "wrong" and "expected" in record["reason"] and "times" not in record
    assert "differs on unix: wrong: wrong checksum at n=" in err and "(CPython)" in err
