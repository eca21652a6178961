"""The fixture tree (tests/upstream/fixtures/checkout: a MicroPython checkout's layout, with micropython-lib's
unittest where a checkout has it) gets run-tests.py's verdicts on real targets, each with its reason."""
from __future__ import annotations

from pathlib import Path

import pytest

import mpconform
from mpconform.conformance.config import Settings
from mpconform.conformance.discovery import discover
from mpconform.conformance.engine import Engine, RunConfig
from mpconform.conformance.libfetch import library_path
from mpconform.runners import parse_target

CHECKOUT = Path(__file__).resolve().parent / "fixtures" / "checkout"
TREE = CHECKOUT / "tests"
UNITTEST = CHECKOUT / "lib" / "micropython-lib" / "python-stdlib" / "unittest"

# test → (verdict, words of its reason) on the unix port, the reference and the webassembly port alike, where
# run-tests.py gives them (webassembly and boards differ where listed below).
COMMON = {
    "basics/builtin_help.py": ("pass", ""),              # ######## takes the port's help text
    "basics/bytes_compare3.py": ("pass", ""),            # ######## takes no line
    "basics/int_big_pow.py": ("pass", ""),
    "basics/string_tstring.py": ("skip", "CPython cannot compile this test"),
    "basics/string_tstring_exp.py": ("fail", "raised SyntaxError"),   # it has a .exp: it runs, and fails
    "basics/exception_chain.py": ("pass", ""),
    "io/file_append.py": ("pass", ""),                   # writes under data/, on the oracle too
    "micropython/native_fun.py": ("pass", ""),
    "misc/unittest_basic.py": ("pass", ""),
    "misc/unittest_failing.py": ("fail", "FAILED (failures=1, errors=0)"),
}
NO_NATIVE = {"micropython/native_fun.py": ("skip", "lacks the native emitter (feature check native_check.py)")}
OFF_UNIX = {"basics/exception_chain.py": ("skip", "run-tests.py skips it off the unix port"),
            "io/file_append.py": ("skip", "run-tests.py does not run the tests of io/ on")}
VERDICTS = {
    "unix": COMMON,
    "ref": COMMON,      # the reference models @micropython.native and viper (interpreter/emitviper.py)
    "wasm": {**COMMON, **NO_NATIVE, **OFF_UNIX},
    # The micro:bit 1.9.2 has ~9 KB of heap: unittest.py does not fit (a resource limit).
    "qemu-microbit": {**COMMON, **NO_NATIVE, **OFF_UNIX,
                      "misc/unittest_basic.py": ("skip", "MemoryError"),
                      "misc/unittest_failing.py": ("skip", "MemoryError")},
}


@pytest.fixture()
def isolated_cache(tmp_path, monkeypatch):
    """No fetched modules of the user's, a cold expected-output cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "expected"


def _run(target: str, cache: Path, library: tuple[Path, ...] | None = None, **kw):
    tests = tuple(discover([TREE]))
    if library is None:
        library = library_path([], Settings(), {TREE})
    config = RunConfig(tests=tests, targets=(parse_target(target),), jobs=2, cache_dir=cache, library=library,
                       timeout=20, **kw)
    report = Engine(config).run()
    return {r.test: r for r in report.results}


def test_the_tree_is_a_micropython_checkout_with_its_unittest():
    assert [t.id for t in discover([TREE])] == sorted(COMMON)          # feature_check/ is no test area
    assert library_path([], Settings(), {TREE}) == (UNITTEST,)


@pytest.mark.parametrize("target", [
    "unix", "ref", pytest.param("wasm", marks=pytest.mark.node),
    pytest.param("qemu-microbit", marks=[pytest.mark.qemu, pytest.mark.slow]),
])
def test_each_convention_gets_run_tests_verdict(target, isolated_cache, require_target):
    require_target(target)
    data = (TREE / "io" / "data").iterdir()
    before = {p.name: p.read_bytes() for p in data}
    results = _run(target, isolated_cache)
    got = {test: (r.verdict.value, r.reason) for test, r in results.items()}
    for test, (verdict, words) in VERDICTS[target].items():
        assert got[test][0] == verdict and words in got[test][1], (test, got[test])
    assert {p.name: p.read_bytes() for p in (TREE / "io" / "data").iterdir()} == before   # the tree is untouched
    _no_installation_paths(results.values())


def test_batches_give_the_verdicts_of_lone_runs(isolated_cache, require_target):
    require_target("unix")
    batched = _run("unix", isolated_cache)
    alone = _run("unix", isolated_cache.with_name("alone"), batch=1)
    assert {t: r.verdict for t, r in batched.items()} == {t: r.verdict for t, r in alone.items()}


def test_without_unittest_on_the_path_the_verdict_says_how_to_get_it(isolated_cache, require_target):
    require_target("unix")
    result = _run("unix", isolated_cache, library=())["misc/unittest_basic.py"]
    assert result.verdict.value == "error"
    assert "mpconform lib fetch unittest" in result.reason


def test_the_oracle_as_a_target_skips_what_it_cannot_compile(isolated_cache):
    results = _run("cpython", isolated_cache)
    assert results["basics/string_tstring.py"].verdict.value == "skip"
    assert results["io/file_append.py"].verdict.value == "pass"
    _no_installation_paths(results.values())


def _no_installation_paths(results) -> None:
    """No expected or actual output names a file of mpconform's own code."""
    root = Path(mpconform.__file__).resolve().parent.parent
    own = [str(root / name) for name in ("mpconform", "runners", "conformance", "interpreter", "fuzz", "reports")]
    for r in results:
        for text in (r.expected or "", r.actual or "", r.diff or ""):
            assert not any(path in text for path in own), (r.test, text)
