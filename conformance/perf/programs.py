"""Benchmark programs: finding them (the bundled set or a user's folder) and reading their `# mpconform-bench:` header."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mpconform.conformance.features import is_known_feature
from mpconform.conformance.metadata import MetadataError, header_pairs

__all__ = ["BUNDLED_BENCHMARKS", "HEADER_PREFIX", "KEYS", "Benchmark", "BenchHeader", "BenchFormatError",
           "discover_benchmarks", "load_benchmark"]

BUNDLED_BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
HEADER_PREFIX = "# mpconform-bench:"
KEYS = ("n", "small", "max", "features", "check", "expect", "timeout")
_BENCH_DEF = re.compile(r"^def bench\(\s*\w+\s*\)\s*:", re.M)


class BenchFormatError(ValueError):
    """A benchmark file that cannot be used as one: unreadable, no `def bench(n):`, a bad header."""


@dataclass(frozen=True)
class BenchHeader:
    """What a benchmark declares about itself (docs/bench-format.md)."""

    n: int                                  # starting size on a PC-class target
    small: int                              # starting size on a small board (little heap)
    max: int                                # calibration never goes past this size
    features: frozenset[str] = frozenset()  # skipped where a probe finds one missing
    tolerance: float = 0.0                  # check=rel:X: numeric checksums may differ by this fraction
    expect: str | None = None               # a declared checksum, the same for every size (no oracle run)
    timeout: float | None = None            # seconds per program instead of the run's default


@dataclass(frozen=True)
class Benchmark:
    """One benchmark program: its id (file stem, or path below the folder given), file and source."""

    id: str
    path: Path
    source: bytes
    header: BenchHeader


def discover_benchmarks(paths: list[Path] | None = None) -> list[Path]:
    """Benchmark files under each path (a folder's `*.py`, recursively, or a file); the bundled set by default."""
    found: dict[Path, None] = {}
    for given in paths or [BUNDLED_BENCHMARKS]:
        path = Path(given)
        if path.is_file():
            if path.suffix != ".py":
                raise BenchFormatError(f"{given}: not a benchmark (expected a .py file)")
            found.setdefault(path.resolve(), None)
        elif path.is_dir():
            for p in sorted(path.rglob("*.py")):
                if p.is_file() and not p.name.startswith("_"):
                    found.setdefault(p.resolve(), None)
        else:
            raise BenchFormatError(f"{given}: no such file or directory")
    return list(found)


def bench_id(path: Path, roots: Iterable[Path]) -> str:
    """The file's path below the folder it was found in, without `.py` ('sieve', 'mine/sieve')."""
    for root in roots:
        try:
            return path.relative_to(Path(root).resolve()).with_suffix("").as_posix()
        except ValueError:
            continue
    return path.stem


def load_benchmark(path: Path, bench_id: str) -> Benchmark:
    """Read and check one benchmark file; BenchFormatError naming it if it cannot be one."""
    try:
        source = path.read_bytes()
        text = source.decode("utf-8")
    except OSError as exc:
        raise BenchFormatError(f"{path}: cannot read benchmark: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise BenchFormatError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    if not _BENCH_DEF.search(text):
        raise BenchFormatError(f"{path}: expected a top-level `def bench(n):` returning the checksum")
    return Benchmark(bench_id, path, source.replace(b"\r\n", b"\n"), parse_bench_header(path, text))


def parse_bench_header(path: Path | str, text: str) -> BenchHeader:
    """The `# mpconform-bench: key=value ...` lines of a benchmark, checked; n= is required."""
    try:
        values = {key: value for _, key, value in header_pairs(path, text, HEADER_PREFIX, KEYS)}
    except MetadataError as exc:
        raise BenchFormatError(str(exc)) from None
    if "n" not in values:
        raise BenchFormatError(f"{path}: expected a header line `{HEADER_PREFIX} n=SIZE` (the starting size)")
    n = _size(path, "n", values["n"])
    small = _size(path, "small", values.get("small", str(n)))
    top = _size(path, "max", values.get("max", str(max(n, small) << 16)))
    features = frozenset(filter(None, values.get("features", "").split(",")))
    for name in features:
        if not is_known_feature(name):
            raise BenchFormatError(f"{path}: unknown feature {name!r} (see conformance/features.py)")
    return BenchHeader(n, small, top, features, _tolerance(path, values.get("check", "exact")), values.get("expect"),
                       _timeout(path, values.get("timeout")))


def _size(path: Path | str, key: str, value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise BenchFormatError(f"{path}: {key}: expected a positive whole number, got {value!r}")
    return int(value)


def _tolerance(path: Path | str, value: str) -> float:
    if value == "exact":
        return 0.0
    m = re.fullmatch(r"rel:(\d+(?:\.\d+)?)", value)
    if not m or not 0 < float(m.group(1)) < 1:
        raise BenchFormatError(f"{path}: check: expected 'exact' or 'rel:X' with 0 < X < 1, got {value!r}")
    return float(m.group(1))


def _timeout(path: Path | str, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= 3600:
        raise BenchFormatError(f"{path}: timeout: expected seconds, 0 < s <= 3600, got {value!r}")
    return seconds
