"""MicroPython's run-tests.py skip rules: feature checks run once per target, then skips by test name and list.

run-tests.py first runs the programs of tests/feature_check/ on the target (native emitter, big integers,
bytearray, set literals, slice, async, const, reverse operators, io, f-strings, float precision, complex,
byte order, coverage build) and then skips each test whose name says it needs what the target lacks
(`int_big*`, `*_intbig`, `native_*`, `viper_*`, `string_fstring*`, ...), the tests listed for missing float
precision, complex numbers or a coverage build, and per-target lists. The checks run here lazily: only those a
selected test's name asks about. A tree with its own feature_check/ folder (a MicroPython checkout) gives the
check programs; else the copies below (same programs, same expected answers) are used.

Written from run-tests.py of MicroPython 1.23-1.27 (run_tests' feature checks, skip_tests lists and
run_one_test's name rules); per-port lists are those of the unix and webassembly ports and the rules every
board shares.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

__all__ = ["Check", "CHECKS", "skip_reason", "check_source", "CRASH"]

#: What run-tests.py records for a check program that exits with an error (its CRASH).
CRASH = b"CRASH"


@dataclass(frozen=True)
class Check:
    """A feature check: the program in tests/feature_check/ and how run-tests.py reads its output."""

    name: str
    file: str
    source: str
    has: Callable[[bytes], bool]
    what: str


def _says(word: str) -> Callable[[bytes], bool]:
    return lambda out: out == word.encode() + b"\n"


CHECKS: dict[str, Check] = {c.name: c for c in (
    Check("native", "native_check.py", "@micropython.native\ndef f():\n    pass\n\nf()\nprint('native')\n",
          _says("native"), "the native emitter"),
    Check("int_big", "int_big.py", "print(1000000000000000000000000000000000000000000000)\n",
          _says("1000000000000000000000000000000000000000000000"), "arbitrary-precision integers"),
    Check("bytearray", "bytearray.py", "try:\n    bytearray\n    print('bytearray')\nexcept NameError:\n"
          "    print('no')\n", _says("bytearray"), "bytearray"),
    Check("set", "set_check.py", "{1}\n", lambda out: out != CRASH, "set literals"),
    Check("slice", "slice.py", "try:\n    slice\n    print('slice')\nexcept NameError:\n    print('no')\n",
          _says("slice"), "slice"),
    Check("async", "async_check.py", "async def foo():\n    await 1\n", lambda out: out != CRASH, "async/await"),
    Check("const", "const.py", "x = const(1)\n", lambda out: out != CRASH, "const()"),
    Check("revops", "reverse_ops.py", "class Foo:\n    def __radd__(self, other):\n        pass\n\ntry:\n"
          "    5 + Foo()\nexcept TypeError:\n    print('TypeError')\n", lambda out: out != b"TypeError\n",
          "reverse operator methods"),
    Check("io", "io_module.py", "import io\n\nprint('io')\n", _says("io"), "the io module"),
    Check("fstring", "fstring.py", "a = 1\nprint(f'a={a}')\n", _says("a=1"), "f-strings"),
    Check("complex", "complex.py", "try:\n    complex\n    print('complex')\nexcept NameError:\n    print('no')\n",
          _says("complex"), "complex numbers"),
    Check("coverage", "coverage.py", "try:\n    extra_coverage\n    print('coverage')\nexcept NameError:\n"
          "    print('no')\n", _says("coverage"), "the coverage build"),
    Check("byteorder", "byteorder.py", "import sys\n\nprint(sys.byteorder)\n",
          lambda out: out == sys.byteorder.encode() + b"\n", "the byte order of the host (CPython's)"),
    # Not a yes/no check: prints the float precision in bits (0: no float), read by _float_precision.
    Check("float", "float.py", "try:\n    float\nexcept NameError:\n    print(0)\nelse:\n"
          "    if float('1.0000001') == float('1.0'):\n        print(30)\n"
          "    elif float('1e300') == float('inf'):\n        print(32)\n    else:\n        print(64)\n",
          lambda out: out.strip() not in (b"0", CRASH), "float"),
)}

# Tests that use slices without saying so in their names (run-tests.py's misc_slice_tests).
_MISC_SLICE = frozenset({"builtin_range", "class_super", "containment", "errno1", "fun_str", "generator1",
                         "globals_del", "memoryview1", "memoryview_gc", "object1", "python34", "struct_endian"})

#: Test-name rules: (check, does this test name need it?).
_NAME_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("native", lambda n: n.startswith(("native_", "viper_"))),
    ("byteorder", lambda n: n.endswith("_endian")),
    ("int_big", lambda n: n.startswith("int_big") or n.endswith("_intbig")),
    ("bytearray", lambda n: n.startswith("bytearray") or n.endswith("_bytearray")),
    ("set", lambda n: n.startswith(("set_", "frozenset")) or n.endswith("_set")),
    ("slice", lambda n: "slice" in n or n in _MISC_SLICE),
    ("async", lambda n: n.startswith(("async_", "asyncio_")) or n.endswith("_async")),
    ("const", lambda n: n.startswith("const")),
    ("revops", lambda n: "reverse_op" in n),
    ("io", lambda n: n.startswith("io_")),
    ("fstring", lambda n: n.startswith("string_fstring")),
)

#: Tests skipped below a float precision (bits), and without complex numbers or a coverage build.
_FLOAT_LISTS: tuple[tuple[int, frozenset[str]], ...] = (
    (1, frozenset({"extmod/uctypes_le_float.py", "extmod/uctypes_native_float.py", "extmod/uctypes_sizeof_float.py",
                   "extmod/json_dumps_float.py", "extmod/json_loads_float.py", "extmod/random_extra_float.py",
                   "misc/rge_sm.py"})),
    (32, frozenset({"float/float2int_intbig.py", "float/bytes_construct.py", "float/bytearray_construct.py",
                    "float/float_format_ints_power10.py"})),
    (64, frozenset({"float/float_divmod.py", "float/float2int_doubleprec_intbig.py",
                    "float/float_format_ints_doubleprec.py", "float/float_parse_doubleprec.py"})),
)
_COMPLEX_LIST = frozenset({"float/complex1.py", "float/complex1_intbig.py", "float/complex_reverse_op.py",
                           "float/complex_special_methods.py", "float/int_big_float.py", "float/true_value.py",
                           "float/types.py", "float/complex_dunder.py"})
_COVERAGE_LIST = frozenset({"cmdline/cmd_parsetree.py", "cmdline/repl_sys_ps1_ps2.py", "extmod/ssl_poll.py"})

#: Per-target lists: every target but the unix port, and the webassembly port.
_NOT_UNIX = {
    "basics/exception_chain.py": "the warning is not printed off the unix port",
    "micropython/meminfo.py": "output is very different from the unix port's",
    "extmod/machine_mem.py": "raw memory access is not supported",
}
_WEBASSEMBLY = dict.fromkeys((
    "basics/string_format_modulo.py", "basics/string_strip.py", "extmod/asyncio_basic2.py",
    "extmod/asyncio_cancel_self.py", "extmod/asyncio_current_task.py", "extmod/asyncio_exception.py",
    "extmod/asyncio_gather_finished_early.py", "extmod/asyncio_get_event_loop.py", "extmod/asyncio_heaplock.py",
    "extmod/asyncio_loop_stop.py", "extmod/asyncio_new_event_loop.py", "extmod/asyncio_threadsafeflag.py",
    "extmod/asyncio_wait_for_fwd.py", "extmod/binascii_a2b_base64.py", "extmod/re_stack_overflow.py",
    "extmod/time_res.py", "extmod/vfs_posix.py", "extmod/vfs_posix_enoent.py", "extmod/vfs_posix_paths.py",
    "extmod/vfs_userfs.py", "micropython/emg_exc.py", "micropython/extreme_exc.py",
    "micropython/heapalloc_exc_compressed_emg_exc.py", "micropython/import_mpy_invalid.py",
    "micropython/import_mpy_native.py", "micropython/import_mpy_native_gc.py",
), "run-tests.py does not run it on the webassembly port")


#: The folders of MicroPython's tests/ that run-tests.py runs on each kind of target by default: pointed at a
#: checkout's tests/, mpconform skips the others on that target (inline assembler tests on the unix port, say).
_AREAS = {
    "unix": frozenset({"basics", "micropython", "misc", "extmod", "float", "import", "io", "stress", "unicode",
                       "cmdline", "thread"}),
    "webassembly": frozenset({"basics", "micropython", "misc", "extmod", "float"}),
    "board": frozenset({"basics", "micropython", "misc", "extmod", "float"}),
}
_PORT_NAMES = {"unix": "the unix port", "webassembly": "the webassembly port", "board": "a board"}


def check_source(check: Check, roots: set[Path]) -> str:
    """The check's program: the tree's own tests/feature_check/ copy when there is one."""
    for root in sorted(roots):
        path = root / "feature_check" / check.file
        if path.is_file():
            try:
                return path.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                break
    return check.source


def _float_precision(out: bytes) -> int:
    try:
        return int(out.strip())
    except ValueError:
        return 0


def skip_reason(test_id: str, runtests_target: str | None, result: Callable[[str], bytes],
                in_checkout: bool = False) -> str:
    """Why run-tests.py would skip this test on a target it knows as `runtests_target` ("unix", "webassembly",
    another port; None: no rules, e.g. CPython), or "". `result(check)` is the check program's output on the
    target (b"CRASH" when it failed); only the checks this test's name asks about are run. `in_checkout`: the
    test is in MicroPython's own tests/, where run-tests.py picks the folders it runs per target."""
    if runtests_target is None:
        return ""
    area = test_id.split("/", 1)[0]
    areas = _AREAS.get(runtests_target, _AREAS["board"])
    if in_checkout and "/" in test_id and area not in areas:
        where = _PORT_NAMES.get(runtests_target, runtests_target)
        return f"run-tests.py does not run the tests of {area}/ on {where}"
    name = test_id.rsplit("/", 1)[-1][:-3] if test_id.endswith(".py") else test_id.rsplit("/", 1)[-1]
    if runtests_target == "unix" and test_id.startswith("thread/mutate_"):
        return "run-tests.py: the unix port has no GIL, so thread mutation tests are skipped"
    if runtests_target != "unix" and test_id in _NOT_UNIX:
        return f"run-tests.py skips it off the unix port: {_NOT_UNIX[test_id]}"
    if runtests_target == "webassembly" and test_id in _WEBASSEMBLY:
        return f"run-tests.py: {_WEBASSEMBLY[test_id]}"
    for check, needs in _NAME_RULES:
        if needs(name) and not CHECKS[check].has(result(check)):
            return f"run-tests.py: the target lacks {CHECKS[check].what} (feature check {CHECKS[check].file})"
    if any(test_id in listed for _, listed in _FLOAT_LISTS):
        bits = _float_precision(result("float"))
        for below, listed in _FLOAT_LISTS:
            if test_id in listed and bits < below:
                return f"run-tests.py: needs {below}-bit float precision, the target has {bits}" if bits else \
                    "run-tests.py: the target has no float"
    if test_id in _COMPLEX_LIST and not CHECKS["complex"].has(result("complex")):
        return "run-tests.py: the target lacks complex numbers (feature check complex.py)"
    if test_id in _COVERAGE_LIST and not CHECKS["coverage"].has(result("coverage")):
        return "run-tests.py: needs the unix port's coverage build"
    return ""
