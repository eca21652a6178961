"""Why targets disagree: a documented difference, a resource limit, a timeout, a crash, or something new."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .compare import Divergence, View, line_shape, message_shape
from .signature import Signature

__all__ = ["Classification", "classify", "invalid", "KNOWN", "EXPLAINED_KINDS", "catalogue_ids"]


#: kinds of divergence that a difference the target is meant to have explains: a catalogue entry, or the
#: explaining target (the reference's profile) printing the same
EXPLAINED_KINDS = frozenset({"known", "profile"})


@dataclass(frozen=True)
class Classification:
    """One divergence explained: its bucket's signature, and what explains it (a catalogue or fuzz-table id,
    the exception of a resource limit, "harness", the target that prints the same), if anything does."""

    signature: Signature
    id: str = ""

    @property
    def kind(self) -> str:
        return self.signature.kind


@lru_cache(maxsize=1)
def catalogue_ids() -> frozenset[str]:
    """Ids of the known-differences catalogue (conformance/suite/cpydiff), empty if it cannot be loaded."""
    try:
        from mpconform.conformance.catalogue import load_catalogue

        return frozenset(load_catalogue())
    except Exception:  # noqa: BLE001 - a broken catalogue must not stop a campaign; entries become "unlisted"
        return frozenset()


# -- the signature table: catalogue id → how that difference shows in a divergence ------------------------

_MISSING_ATTR = {
    "ljust": "types_str_ljust_rjust", "rjust": "types_str_ljust_rjust", "title": "types_str_title",
    "swapcase": "types_str_title", "capitalize": "types_str_title", "zfill": "types_str_zfill",
    "casefold": "types_str_casefold", "removeprefix": "types_str_removeprefix",
    "removesuffix": "types_str_removeprefix", "bit_length": "types_int_bit_length",
    "is_integer": "types_float_is_integer", "as_integer_ratio": "types_float_is_integer",
    "__contains__": "fuzz_str_dunder_methods", "center": "fuzz_str_center", "rsplit": "fuzz_str_rsplit",
    "from_bytes": "fuzz_int_from_bytes", "format": "fuzz_str_format", "union": "fuzz_set_methods",
    "intersection": "fuzz_set_methods", "difference": "fuzz_set_methods",
    "symmetric_difference": "fuzz_set_methods",
}
_LINK_NOTES = ("garbled", "harness", "worker lost", "reconnect")
_FLOAT = re.compile(r"-?\d+\.\d+(?:e[-+]?\d+)?|-?(?:inf|nan)")


def _src_line(source: str, d: Divergence) -> str:
    n = d.actual.error_line
    lines = source.splitlines()
    return lines[n - 1] if n and 0 < n <= len(lines) else ""


def _missing_attr(d: Divergence, source: str) -> str | None:
    if d.actual.exc != "AttributeError":
        return None
    m = re.search(r"has no attribute '(\w+)'", d.actual.message)
    return _MISSING_ATTR.get(m.group(1)) if m else None


def _subscr_step(d: Divergence, source: str) -> str | None:
    if d.actual.exc != "NotImplementedError" or "step" not in d.actual.message:
        return None
    line = _src_line(source, d)
    if line.lstrip().startswith("del "):
        return "types_list_delete_subscrstep"
    if re.search(r"\]\s*=[^=]", line):
        return "types_list_store_subscrstep"
    return "types_bytes_subscrstep" if "b'" in line or "bytes" in line else "types_str_subscrstep"


_STEP_SLICE = re.compile(r"\[[^\]\[]*:[^\]\[]*:")


def _caught_step(d: Divergence, source: str) -> str | None:
    """A step slice whose NotImplementedError the program itself caught: printed it (at or after the first
    differing line: what the try block printed before it went missing), or swallowed it so that the target
    printed the oracle's lines with some missing and ended alike."""
    if not _STEP_SLICE.search(source):
        return None
    if any("NotImplementedError" in line for line in d.actual.lines[d.first_diff:]):
        return "types_str_subscrstep"   # printed where the oracle goes on (perhaps a few lines later)
    e, a = d.expected, d.actual
    return "types_str_subscrstep" if e.end == a.end and len(a.lines) < len(e.lines) and _within(a.lines, e.lines) else None


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """`part` is `whole` with some lines left out (in order)."""
    rest = iter(whole)
    return all(line in rest for line in part)


def _syntax(d: Divergence, source: str) -> str | None:
    if d.actual.exc != "SyntaxError" or d.expected.end != "ok":
        return None
    text = _src_line(source, d) or source
    if "{**" in text:
        return "fuzz_dict_display_unpack"
    if re.search(r"\bf['\"]", text):
        return "fuzz_fstring_absent"
    return None


def _float_digits(d: Divergence, source: str) -> str | None:
    """Both ended alike and every differing line differs only in float digits."""
    if d.expected.end != d.actual.end or len(d.expected.lines) != len(d.actual.lines):
        return None
    worst, ulp_only = 0.0, True
    for e, a in zip(d.expected.lines, d.actual.lines):
        if e == a:
            continue
        fe, fa = _FLOAT.findall(e), _FLOAT.findall(a)
        if len(fe) != len(fa) or not fe or _FLOAT.sub("F", e) != _FLOAT.sub("F", a):
            return None
        for x, y in zip(fe, fa):
            if x == y:
                continue
            if ("e" in x) != ("e" in y):
                return None  # '%.4f' of 2.5e27 printed as 2.4759e+27: another notation, not other digits
            decimals = len(x.split(".")[1].split("e")[0]) if "." in x else 0
            fx, fy = float(x), float(y)
            worst = max(worst, abs(fx - fy) / max(abs(fx), abs(fy), 1e-300))
            ulp_only &= "e" not in x and abs(fx - fy) <= 1.01 * 10 ** -decimals
    if worst <= 1e-13:
        return "types_float_format_precision"
    if ulp_only:
        return "fuzz_float_format_last_digit"  # one unit in the last printed place: rounding of the formatter
    return "fuzz_float_single_precision" if worst <= 1e-5 else None


_HUGE_FIXED = re.compile(r"-?\d{26,}\.\d+")
_EXPONENT = re.compile(r"\d[eE][-+]?\d")


def _fixed_huge(d: Divergence, source: str) -> str | None:
    """A float of 26+ integer digits in fixed notation that the target printed in exponent notation, or
    with fewer decimals."""
    if d.expected.end != d.actual.end or d.first_diff >= min(len(d.expected.lines), len(d.actual.lines)):
        return None
    e, a = d.expected.lines[d.first_diff], d.actual.lines[d.first_diff]
    if not _HUGE_FIXED.search(e):
        return None
    if _HUGE_FIXED.search(a):
        fewer_decimals = _FLOAT.sub("F", e) == _FLOAT.sub("F", a) and len(e) != len(a)
        return "types_float_format_fixed_huge" if fewer_decimals else None
    return "types_float_format_fixed_huge" if _EXPONENT.search(a) else None


def _round_half(d: Divergence, source: str) -> str | None:
    return "types_float_round" if "round(" in source and _float_digits(d, source) else None


#: (id, matcher): the first matcher returning an id explains the divergence. Ids starting with `fuzz_` are
#: differences the fuzzer knows but the catalogue does not list yet (candidate catalogue entries).
KNOWN: tuple[tuple[str, Callable[[Divergence, str], str | None]], ...] = (
    ("missing-attribute", _missing_attr),
    ("subscript-step", _subscr_step),
    ("caught-subscript-step", _caught_step),
    ("syntax", _syntax),
    ("round", _round_half),
    ("huge-fixed-float", _fixed_huge),  # before digits: fewer decimals on a huge float is the buffer, not rounding
    ("float-digits", _float_digits),
)


def classify(d: Divergence, source: str) -> Classification:
    """Explain one divergence and give the signature of the bucket it belongs to."""
    e, a = d.expected, d.actual
    if a.end == "internal":  # the target's note names the host exception that escaped its implementation
        return Classification(Signature("internal", d.target, shapes=(message_shape(a.note),)))
    if a.end == "timeout":
        return Classification(Signature("timeout", d.target))
    if a.end == "crash":
        return Classification(Signature("crash", d.target, shapes=(line_shape(_src_line(source, d)),)))
    remark = next((ln for ln in a.lines if ln.startswith("mpconform:")), None)
    if remark is None and any(w in a.note for w in _LINK_NOTES):
        remark = a.note
    if remark:  # the harness wrote into the output: the link, not the program, went wrong
        return Classification(Signature("crash", d.target, cause="harness", shapes=(line_shape(remark),)), "harness")
    if a.exc == "MemoryError" or (a.exc == "RuntimeError" and "recursion" in a.message):
        return Classification(Signature("resource", d.target, cause=a.exc), a.exc)
    for _, matcher in KNOWN:
        found = matcher(d, source)
        if found:
            kind = "known" if found in catalogue_ids() else "unlisted"
            return Classification(Signature(kind, d.target, cause=found), found)
    if e.end != a.end:
        shapes: tuple[str, ...] = (message_shape(a.message),)
        if a.exc == "SyntaxError":
            shapes += (line_shape(_src_line(source, d)),)
        return Classification(Signature("new", d.target, shows=f"{e.end}->{a.end}", shapes=shapes))
    if not a.lines and e.lines:
        # The target printed nothing at all: one bucket whatever the program was.
        return Classification(Signature("new", d.target, shows="no-output"))
    el = e.lines[d.first_diff] if d.first_diff < len(e.lines) else "<end>"
    al = a.lines[d.first_diff] if d.first_diff < len(a.lines) else "<end>"
    return Classification(Signature("new", d.target, shows="line", shapes=(line_shape(el), line_shape(al))))


def invalid(oracle: str, view: View) -> Classification:
    """The oracle did not run a program to its end (a generator defect): by how it ended and its message."""
    return Classification(Signature("invalid", oracle, shows=view.end, shapes=(message_shape(view.message),)))
