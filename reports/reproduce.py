"""The exact command that runs one test on one target again, rebuilt from the run's recorded command line."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

__all__ = ["reproduce_command"]

#: Options of `mpconform run` that change how a test is judged, carried over with their values.
_CARRIED = ("--timeout", "--oracle", "--expectations", "--max-output", "--cache-dir")
_CARRIED_FLAGS = ("--no-cache",)


def _options(argv: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """(target strings, carried (option, value) pairs) from a recorded `mpconform run` argv."""
    targets: list[str] = []
    carried: list[tuple[str, str]] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if arg in ("-t", "--target") or name in _CARRIED and not eq:
            if i + 1 < len(argv):
                (targets.append(argv[i + 1]) if arg in ("-t", "--target") else carried.append((arg, argv[i + 1])))
            i += 2
            continue
        if name == "--target" and eq:
            targets.append(value)
        elif arg.startswith("-t") and not arg.startswith("--") and len(arg) > 2:
            targets.append(arg[2:])
        elif name in _CARRIED and eq:
            carried.append((name, value))
        elif arg in _CARRIED_FLAGS:
            carried.append((arg, ""))
        i += 1
    return targets, carried


def _target_string(label: str, given: list[str]) -> str:
    """The target string the run was given for `label`, as one instance (no `*N`), else the label itself.

    A target's label is its `label=` option, or its text up to `*N` (runners.contract.TargetSpec.label).
    """
    for text in given:
        options = text.split(",")[1:]
        own = next((o[len("label="):] for o in options if o.startswith("label=")), text.split("*")[0])
        if own == label:
            return re.sub(r"\*\d+", "", text)
    return label


def _test_path(test: str, suite: list[str]) -> str:
    """Where the script was: under the suite path that has it here, else under the first one recorded."""
    candidates = []
    for p in suite:
        path = Path(p)
        root = path.parent if path.name == test.split("/")[0] else path
        candidates.append(root / test)
        if (root / test).is_file():
            return str(root / test)
    return str(candidates[0]) if candidates else test


def reproduce_command(test: str, target: str, meta: dict) -> str:
    """A shell command running test id `test` on target label `target` as the run with metadata `meta` did."""
    argv = [str(a) for a in meta.get("command") or []]
    rest = argv[argv.index("run") + 1:] if "run" in argv else []
    targets, carried = _options(rest)
    suite = meta.get("suite") or []
    suite = [suite] if isinstance(suite, str) else [str(s) for s in suite]
    words = ["mpconform", "run", _test_path(test, suite), "-t", _target_string(target, targets)]
    for option, value in carried:
        words += [option, value] if value else [option]
    return shlex.join(words)
