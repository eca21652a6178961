"""mpconform's settings file: `mpconform.toml`, or a `[tool.mpconform]` table in pyproject.toml.

Looked for in the current folder (mpconform.toml, then pyproject.toml), then next to each test tree (in its
root folder and the folder above: `micropython/tests/mpconform.toml` or `micropython/mpconform.toml`). Paths in
it are relative to the file. Command-line options add to it (`--lib`, `--expectations`) or override it
(`--timeout`). Keys:

    lib = ["../lib/micropython-lib/python-stdlib/unittest"]   # folders on every target's module path
    expectations = ["mpconform-xfail.toml"]                   # extra expectations files
    timeout = 10                                              # seconds per test
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Settings", "ConfigError", "find_settings", "load_settings", "FILE_NAME"]

FILE_NAME = "mpconform.toml"
_KEYS = {"lib": "a list of folders", "expectations": "a list of files", "timeout": "a number of seconds"}


class ConfigError(ValueError):
    """A settings file that cannot be read or has a bad key or value; the message names the file."""


@dataclass(frozen=True)
class Settings:
    """What a settings file says (nothing, when there is none)."""

    path: Path | None = None
    lib: tuple[Path, ...] = ()
    expectations: tuple[Path, ...] = ()
    timeout: float | None = None


def find_settings(cwd: Path, roots: Iterable[Path] = ()) -> Settings:
    """The first settings file found (see the module's docstring), or empty Settings."""
    candidates = [cwd / FILE_NAME, cwd / "pyproject.toml"]
    for root in sorted(set(roots)):
        candidates += [root / FILE_NAME, root.parent / FILE_NAME]
    for path in candidates:
        if path.is_file():
            settings = load_settings(path)
            if settings.path is not None:
                return settings
    return Settings()


def load_settings(path: Path) -> Settings:
    """Read one settings file; a pyproject.toml without [tool.mpconform] gives empty Settings."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    where = str(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("mpconform")
        if table is None:
            return Settings()
        data, where = table, f"{path} [tool.mpconform]"
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        known = "; ".join(f"{k} ({v})" for k, v in _KEYS.items())
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; the keys are {known}")
    base = path.parent
    timeout = data.get("timeout")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
        raise ConfigError(f"{where}: timeout must be a positive number of seconds, got {timeout!r}")
    lib = _paths(data, "lib", base, where)
    missing = [p for p in lib if not p.is_dir()]
    if missing:
        raise ConfigError(f"{where}: lib folder {missing[0]} does not exist")
    return Settings(path, lib, _paths(data, "expectations", base, where),
                    float(timeout) if timeout is not None else None)


def _paths(data: dict, key: str, base: Path, where: str) -> tuple[Path, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be {_KEYS[key]} (strings), got {value!r}")
    return tuple((base / v).resolve() for v in value)
