"""Text helpers shared by the report writers: visible escaping, areas, diffs, ordering, rates."""
from __future__ import annotations

import difflib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from mpconform.results import TestResult, Verdict

__all__: list[str] = []  # private module: import names explicitly

# Everything XML 1.0 forbids or HTML renders invisibly: C0 controls except \t and \n, DEL, C1 controls,
# lone surrogates (how `surrogateescape` carries undecodable bytes), and the non-characters U+FFFE/U+FFFF.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

#: Area of a test that sits at the suite root (no folder).
ROOT_AREA = "(top)"

#: Verdicts in report column order, best first.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.PASS, Verdict.XPASS, Verdict.FAIL, Verdict.TIMEOUT, Verdict.CRASH, Verdict.ERROR,
    Verdict.XFAIL, Verdict.SKIP, Verdict.NOTRUN,
)

PASSING = (Verdict.PASS, Verdict.XPASS)
NOT_RUN = (Verdict.SKIP, Verdict.NOTRUN)


def _escape_char(m: re.Match[str]) -> str:
    c = m.group(0)
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:       # a raw byte smuggled by surrogateescape: show the byte
        return f"\\x{o - 0xDC00:02x}"
    if c == "\r":
        return "\\r"
    if o <= 0xFF:
        return f"\\x{o:02x}"
    return f"\\u{o:04x}"


def visible(text: str) -> str:
    """`text` with every control character, lone surrogate and non-character spelled as a `\\x..` escape.

    The result is legal in XML 1.0 and shows in HTML what the target really printed (a NUL becomes
    `\\x00` instead of vanishing). Backslashes already in the text are left alone: this is for humans.
    """
    return _INVISIBLE.sub(_escape_char, text)


def area_of(test: str) -> str:
    """First path component of a suite-relative test path: `basics/int_abs.py` → `basics`."""
    head, sep, _ = test.partition("/")
    return head if sep else ROOT_AREA


def split_test(test: str) -> tuple[str, str]:
    """(folder, file name) of a suite-relative test path; folder is '' at the root."""
    folder, sep, name = test.rpartition("/")
    return (folder, name) if sep else ("", test)


def natural_key(s: str) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


def test_key(test: str) -> tuple:
    """Sort key for test paths: by folder, then file, numbers compared as numbers."""
    folder, name = split_test(test)
    return (natural_key(folder), natural_key(name))


test_key.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _lines(text: str) -> list[str]:
    """Lines split at \\n only, ends kept: str.splitlines would also split at \\x0b, \\x1c, \\x85 …."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def diff_of(result: TestResult) -> str:
    """The result's unified diff expected → actual: the stored one, else computed, else ''."""
    if result.diff:
        return result.diff
    if result.expected is None or result.actual is None or result.expected == result.actual:
        return ""
    lines = difflib.unified_diff(
        _lines(result.expected), _lines(result.actual),
        fromfile="expected", tofile="actual",
    )
    return "".join(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n" for ln in lines)


def rate(passed: int, ran: int) -> str:
    """A pass rate for tables: `97.5%`, or `-` when nothing ran."""
    return f"{100.0 * passed / ran:.1f}%" if ran else "-"


def count_by_verdict(results: Iterable[TestResult]) -> dict[Verdict, int]:
    """How many results of each verdict (every verdict present as a key)."""
    counts = {v: 0 for v in Verdict}
    for r in results:
        counts[r.verdict] += 1
    return counts


def passed_and_ran(counts: dict[Verdict, int]) -> tuple[int, int]:
    """(passed, ran) from verdict counts: skipped and not-run tests did not run."""
    passed = sum(counts[v] for v in PASSING)
    ran = sum(counts.values()) - sum(counts[v] for v in NOT_RUN)
    return passed, ran


def target_order(results: Iterable[TestResult], targets: Iterable[str] | None = None) -> list[str]:
    """Target labels in the order given by `targets`, then any others in order of first appearance."""
    order = list(dict.fromkeys(targets or ()))
    for r in results:
        if r.target not in order:
            order.append(r.target)
    return order


def describe_identity(identity: dict | None) -> str:
    """One line for a target's identity dict: `micropython 1.29.0 linux x86_64`, '' when unknown."""
    if not identity:
        return ""
    keys = ("implementation", "version", "platform", "machine")
    return " ".join(str(identity[k]) for k in keys if identity.get(k))


# Read once at import (os.umask can only be read by setting it, which is not thread-safe later).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def atomic_write(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` via a temp file renamed over it: a killed run never leaves half a file.

    The file gets the usual permissions (0666 minus umask), not mkstemp's private 0600.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding) as f:
            f.write(text)
            os.fchmod(f.fileno(), 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
