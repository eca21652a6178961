"""Library modules against CPython where MicroPython agrees with it (runs without the unix port)."""
from __future__ import annotations

import binascii as host_binascii
import hashlib as host_hashlib
import json as host_json
import re as host_re
import struct as host_struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mpconform.interpreter.lib import FROZEN, MODULES
from mpconform.interpreter.lib.modre import translate

from .shim import load, make_rt

RT = make_rt()


def mod(name):
    return load(RT, name)


def test_every_registered_factory_builds_a_namespace():
    for name in MODULES:
        ns = load(make_rt(), name)
        assert ns.__name__ == name
        assert not any(isinstance(v, type(host_re)) for v in vars(ns).values()), f"{name} leaks a host module"
    assert all(p.exists() for p in FROZEN.values())


INTS = st.integers(-2**63, 2**64)


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from("bBhHiIqQ"), order=st.sampled_from("<>"), values=st.lists(INTS, min_size=1, max_size=4))
def test_struct_standard_sizes_match_cpython_modulo_truncation(code, order, values):
    fmt = order + code * len(values)
    size = host_struct.calcsize(order + code)
    mask = (1 << (8 * size)) - 1
    wrapped = [v & mask for v in values]
    unsigned = order + code.upper() * len(values)
    assert mod("struct").pack(fmt, *values) == host_struct.pack(unsigned, *wrapped)
    assert mod("struct").unpack(fmt, host_struct.pack(unsigned, *wrapped)) == host_struct.unpack(
        fmt, host_struct.pack(unsigned, *wrapped))


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=64))
def test_binascii_and_hashes_match_cpython(data):
    b = mod("binascii")
    assert b.hexlify(data) == host_binascii.hexlify(data)
    assert b.unhexlify(b.hexlify(data)) == data
    assert b.b2a_base64(data) == host_binascii.b2a_base64(data)
    assert b.a2b_base64(b.b2a_base64(data)) == data
    assert b.crc32(data) == zlib.crc32(data)
    for name in ("sha256", "sha1", "md5"):
        assert getattr(mod("hashlib"), name)(data).digest() == host_hashlib.new(name, data).digest()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=80, deadline=None)
@given(value=JSON)
def test_json_round_trips_and_reads_what_cpython_writes(value):
    j = mod("json")
    # ensure_ascii=False: MicroPython, like this reader, does not join \uD8xx\uDCxx surrogate pairs
    assert j.loads(host_json.dumps(value, ensure_ascii=False)) == value
    assert j.loads(j.dumps(value)) == value
    # MicroPython writes \b and \f as \u0008 and \u000c (mp_str_print_json)
    expected = host_re.sub(r'(\\\\)|\\([bf])', lambda m: m.group(1) or ("\\u0008" if m.group(2) == "b" else "\\u000c"),
                           host_json.dumps(value, ensure_ascii=False))
    assert j.dumps(value) == expected


def test_json_lenient_like_micropython():
    j = mod("json")
    assert j.loads("[1 2,]") == [1, 2]
    assert j.loads('{"a" 1}') == {"a": 1}
    for bad in ("", "[", "{", "1 2", "nul", "]"):
        with pytest.raises(ValueError, match="syntax error in JSON"):
            j.loads(bad)


@pytest.mark.parametrize("pattern,subject", [
    (r"(\w+)@(\w+)\.com", "joe@mail.com"), ("a|ab", "ab"), ("(a|b)*c", "abac"), ("x+?y", "xxy"),
    (r"[a-c-e]+", "ab-e"), (r"\d+\s*\D", "12 x"), ("(?:ab)+", "ababx"), ("[^,]+", "ab,c"),
])
def test_re_agrees_with_cpython_on_the_common_subset(pattern, subject):
    m = mod("re").search(pattern, subject)
    h = host_re.search(pattern, subject)
    assert (m is None) == (h is None)
    if h:
        assert [m.group(i) for i in range(len(h.groups()) + 1)] == [h.group(i) for i in range(len(h.groups()) + 1)]


@pytest.mark.parametrize("pattern,message", [
    ("(", "regex too complex"), ("a**", "regex too complex"), ("(?<=a)b", "regex too complex"),
    ("a\\", "regex too complex"), (")", "error in regex"), ("[ab", "regex too complex"),
])
def test_re_rejects_what_re15_rejects(pattern, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        translate(pattern.encode())


def test_re_escapes_are_literal_except_named_classes():
    r = mod("re")
    assert r.match(r"\n", "n").group(0) == "n"
    assert r.match(r"a{2}", "a{2}").group(0) == "a{2}"
    assert r.match("a$", "a\n") is None


def test_random_is_deterministic_after_seed():
    a, b = load(make_rt(), "random"), load(make_rt(), "random")
    a.seed(42)
    b.seed(42)
    assert [a.getrandbits(32) for _ in range(5)] == [b.getrandbits(32) for _ in range(5)]
    assert all(0 <= a.random() < 1 for _ in range(100))
    assert all(3 <= a.randint(3, 9) <= 9 for _ in range(100))


def test_deque_bounded_and_strict(rt):
    deque = load(rt, "collections").deque
    d = deque((), 2)
    for i in range(4):
        d.append(i)
    assert list(d) == [2, 3]
    strict = deque((), 1, 1)
    strict.append(1)
    with pytest.raises(IndexError, match="full"):
        strict.append(2)


# py/objarray.c's comparison rules, as measured on the unix port 1.29 (conformance/suite/extmod/array_compare_mixed.py):
# (lhs typecode, rhs, ==, <); "NIE" is NotImplementedError, a rhs without a buffer compares False.
ARRAY_COMPARISONS = [
    ("b", ("b", [1]), True, "NIE"), ("b", ("B", [2]), False, True), ("b", ("h", [1]), "NIE", "NIE"),
    ("B", ("b", [2]), False, True), ("h", ("h", [1]), True, "NIE"), ("h", ("h", [1, 2]), False, "NIE"),
    ("b", bytearray(b"\x01"), True, False), ("h", bytearray(b"\x01"), "NIE", "NIE"),
    ("B", b"\x01", False, False), ("h", b"\x01", False, "NIE"), ("B", [1], False, False), ("B", None, False, False),
]


@pytest.mark.parametrize("code, rhs, eq, lt", ARRAY_COMPARISONS)
def test_array_comparisons_follow_the_port(code, rhs, eq, lt):
    array = mod("array").array
    left = array(code, [1])
    right = array(*rhs) if isinstance(rhs, tuple) else rhs

    def outcome(f):
        try:
            return f()
        except NotImplementedError:
            return "NIE"
    assert (outcome(lambda: left == right), outcome(lambda: left < right)) == (eq, lt)


def test_library_types_print_without_a_module_path():
    assert repr(mod("array").array) == "<class 'array'>"
    assert repr(mod("collections").deque) == "<class 'deque'>"
    assert repr(mod("io").IOBase) == "<class 'IOBase'>" and repr(mod("io").StringIO) == "<class 'StringIO'>"


def test_struct_knows_the_pointer_size_but_does_not_invent_addresses():
    struct = mod("struct")
    assert struct.calcsize("bO") == 16
    with pytest.raises(NotImplementedError, match="'O'"):
        struct.pack("O", 1)
