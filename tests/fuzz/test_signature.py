"""Bucket signatures are values: their one-line text and bucket ids are the previous version's, JSON round-trips,
and the text form saved by the previous version reads back (with every reading when '|' makes it ambiguous)."""
from __future__ import annotations

import pytest

from mpconform.fuzz.signature import Signature

# Signature, its text, its bucket id: texts and ids as the previous version (`|`-joined strings) made them.
GOLDEN = [
    (Signature("timeout", "unix"), "timeout|unix", "timeout_unix_50175444"),
    (Signature("crash", "unix", shapes=("print(N)",)), "crash|unix|print(N)", "crash_unix_11450387"),
    (Signature("crash", "wasm", cause="harness", shapes=("mpconform: program garbled in transfer",)),
     "crash|wasm|harness|mpconform: program garbled in transfer", "crash_wasm_2eaefdfa"),
    (Signature("resource", "qemu-microbit", cause="MemoryError"), "resource|MemoryError|qemu-microbit",
     "resource_memoryerror_9dce2468"),
    (Signature("known", "unix", cause="types_str_ljust_rjust"), "known|types_str_ljust_rjust|unix",
     "known_types_str_ljust_rjust_03c6aa7c"),
    (Signature("unlisted", "ref", cause="fuzz_str_center"), "unlisted|fuzz_str_center|ref",
     "unlisted_fuzz_str_center_180137e1"),
    (Signature("new", "unix", shows="no-output"), "new|unix|no-output", "new_unix_12adb6cd"),
    (Signature("new", "unix", shows="line", shapes=("S", "S")), "new|unix|line|S|S", "new_unix_724559e3"),
    (Signature("new", "unix", shows="ok->raised:TypeError", shapes=("unsupported types for |: 'int', 'str'",)),
     "new|unix|ok->raised:TypeError|unsupported types for |: 'int', 'str'", "new_unix_b96b9c61"),
    (Signature("new", "wasm", shows="ok->raised:SyntaxError", shapes=("invalid syntax", "N = {**N}")),
     "new|wasm|ok->raised:SyntaxError|invalid syntax|N = {**N}", "new_wasm_1199c872"),
    (Signature("profile", "unix", shows="line", shapes=("0", "0")), "profile|unix|line|0|0", "profile_unix_dac5ce60"),
    (Signature("invalid", "cpython", shows="raised:NameError", shapes=("name 'N' is not defined",)),
     "invalid|cpython|raised:NameError|name 'N' is not defined", "invalid_cpython_6490411c"),
    (Signature("new", "unix", shows="line", shapes=("'0|S'", "<end>")), "new|unix|line|'0|S'|<end>",
     "new_unix_ca69b36c"),
]


@pytest.mark.parametrize("sig, text, bucket_id", GOLDEN, ids=[g[1] for g in GOLDEN])
def test_text_and_bucket_id_are_the_previous_versions(sig, text, bucket_id):
    assert str(sig) == text and sig.bucket_id == bucket_id


@pytest.mark.parametrize("sig, text, bucket_id", GOLDEN, ids=[g[1] for g in GOLDEN])
def test_json_round_trips_and_old_text_reads_back(sig, text, bucket_id):
    assert Signature.from_json(sig.to_json()) == sig
    readings = Signature.from_text(text)
    assert sig in readings and all(str(r) == text for r in readings)


def test_without_the_target_the_same_divergence_on_two_targets_is_one_text():
    unix = Signature("new", "unix", shows="line", shapes=("0", "1"))
    wasm = Signature("new", "wasm", shows="line", shapes=("0", "1"))
    assert unix.text(with_target=False) == wasm.text(with_target=False) == "new|line|0|1"
    assert Signature("known", "unix", cause="x").text(with_target=False) == "known|x"


def test_an_old_text_with_pipes_in_its_lines_reads_every_way_likeliest_first():
    # '%d|%s' printed on both targets: as many '|' in each line, so the middle '|' separates them.
    first, *others = Signature.from_text("new|unix|line|0|S|0|S0")
    assert first.shapes == ("0|S", "0|S0") and len(others) == 2
    readings = Signature.from_text("new|unix|line|'0|S'|<end>")
    assert {r.shapes for r in readings} == {("'0", "S'|<end>"), ("'0|S'", "<end>")}


@pytest.mark.parametrize("bad, says", [
    ({"kind": "new"}, "needs the fields"),
    ({"kind": "new", "target": "unix", "colour": "red"}, "needs the fields"),
    ({"kind": "new", "target": "unix", "shapes": "abc"}, "list"),
    ({"kind": "odd", "target": "unix"}, "expected one of"),
    ("new|unix|line|0|0", "needs the fields"),
])
def test_bad_json_is_a_value_error_that_says_what_was_expected(bad, says):
    with pytest.raises(ValueError, match=says):
        Signature.from_json(bad)


@pytest.mark.parametrize("bad", ["", "odd|unix", "new", "new|unix|line|nopipe"])
def test_text_that_no_version_wrote_is_a_value_error(bad):
    with pytest.raises(ValueError, match="signature"):
        Signature.from_text(bad)
