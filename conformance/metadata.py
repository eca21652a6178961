"""The optional `# mpconform:` header of a test script: features, heap, timeout, message policy, negatives."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mpconform.runners.contract import parse_size

from .features import is_known_feature

__all__ = ["TestMeta", "MetadataError", "parse_header", "header_pairs", "parse_size", "HEADER_PREFIX", "KEYS"]

HEADER_PREFIX = "# mpconform:"
KEYS = ("features", "heap", "timeout", "messages", "negative", "deterministic")
_PAIR = re.compile(r"^(?P<key>[\w-]+)=(?P<value>\S+)$")


class MetadataError(ValueError):
    """A header that does not parse; carries file and line so the message can point at it."""

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class TestMeta:
    """What a test declares about itself (defaults when it has no header)."""

    __test__ = False

    features: frozenset[str] = frozenset()
    heap: int | None = None                     # minimum free heap, bytes
    timeout: float | None = None                # seconds
    messages: str = "exact"                     # or "type-only"
    negative: tuple[str, str] | None = None     # ("compile"|"run", "ExceptionType")
    deterministic: bool = True
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)  # key → line, for lint

    def line_of(self, key: str) -> int:
        return dict(self.lines).get(key, 1)


def header_pairs(path: str | Path, text: str, prefix: str = HEADER_PREFIX,
                 keys: tuple[str, ...] = KEYS) -> list[tuple[int, str, str]]:
    """(line, key, value) of every `key=value` on the lines starting with `prefix` (a test's header, or a
    benchmark's `# mpconform-bench:`); MetadataError for a token that is not one, or a key not in `keys`."""
    pairs = []
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith(prefix):
            continue
        for token in stripped[len(prefix):].split():
            m = _PAIR.match(token)
            if not m:
                raise MetadataError(path, lineno, f"expected key=value in the {prefix.strip('# :')} header, "
                                                  f"got {token!r}")
            if m.group("key") not in keys:
                raise MetadataError(path, lineno, f"unknown header key {m.group('key')!r}; known keys: "
                                                  f"{', '.join(keys)}")
            pairs.append((lineno, m.group("key"), m.group("value")))
    return pairs


def parse_header(path: str | Path, source: bytes | str) -> TestMeta:
    """Read every `# mpconform: key=value ...` line of a test; raise MetadataError on anything unknown."""
    text = source.decode("utf-8", "replace") if isinstance(source, bytes) else source
    values: dict[str, object] = {}
    lines: dict[str, int] = {}
    features: set[str] = set()
    for lineno, key, value in header_pairs(path, text):
        lines.setdefault(key, lineno)
        values[key] = _parse_value(path, lineno, key, value, features)
    return TestMeta(
        features=frozenset(features),
        heap=values.get("heap"),  # type: ignore[arg-type]
        timeout=values.get("timeout"),  # type: ignore[arg-type]
        messages=values.get("messages", "exact"),  # type: ignore[arg-type]
        negative=values.get("negative"),  # type: ignore[arg-type]
        deterministic=values.get("deterministic", True),  # type: ignore[arg-type]
        lines=tuple(lines.items()),
    )


def _parse_value(path: str | Path, lineno: int, key: str, value: str, features: set[str]) -> object:
    if key == "features":
        for name in filter(None, value.split(",")):
            if not is_known_feature(name):
                raise MetadataError(path, lineno, f"unknown feature {name!r} (see conformance/features.py)")
            features.add(name)
        return None
    if key == "heap":
        try:
            return parse_size(value)
        except ValueError as exc:
            raise MetadataError(path, lineno, f"heap: {exc}") from None
    if key == "timeout":
        try:
            seconds = float(value)
        except ValueError:
            raise MetadataError(path, lineno, f"timeout: expected seconds such as 5 or 0.5, got {value!r}") from None
        if not 0 < seconds <= 3600:
            raise MetadataError(path, lineno, f"timeout: expected 0 < seconds <= 3600, got {value!r}")
        return seconds
    if key == "messages":
        if value not in ("exact", "type-only"):
            raise MetadataError(path, lineno, f"messages: expected 'exact' or 'type-only', got {value!r}")
        return value
    if key == "negative":
        phase, sep, exc = value.partition(":")
        if not sep or phase not in ("compile", "run") or not exc.isidentifier():
            raise MetadataError(path, lineno, f"negative: expected compile:Type or run:Type, got {value!r}")
        return (phase, exc)
    if key == "deterministic":
        if value not in ("yes", "no"):
            raise MetadataError(path, lineno, f"deterministic: expected yes or no, got {value!r}")
        return value == "yes"
    raise AssertionError(key)
