"""Targets as data: registry names mapped to runner classes, imported lazily; target-string parsing.

A target is one runner class (runners/contract.py says what it must do and declare) plus one line that names
it: an entry of REGISTRY below for the targets that ship with mpconform, or, for a target shipped apart, an
entry point in the group `mpconform.targets` of the package that holds it (so every process that imports
mpconform sees it: `mpconform run`, pytest-xdist workers, subprocesses):

    [project.entry-points."mpconform.targets"]
    mine = "mypkg.runner:MyRunner"
"""
from __future__ import annotations

import importlib
import re
from importlib.metadata import entry_points

from .contract import Runner, TargetSpec
from .errors import TargetSpecError

__all__ = ["REGISTRY", "SHIPPED", "ENTRY_POINT_GROUP", "known_targets", "parse_target", "runner_class", "make_runner",
           "register"]

#: name → "module:Class" of the targets that ship with mpconform (register() adds more at run time).
REGISTRY: dict[str, str] = {
    "cpython": "mpconform.runners.cpython:CPythonRunner",
    "unix": "mpconform.runners.unix:UnixRunner",
    "wasm": "mpconform.runners.wasm:WasmRunner",
    "ref": "mpconform.runners.ref:RefRunner",
    "qemu-microbit": "mpconform.runners.qemu:QemuMicrobitRunner",
    "serial": "mpconform.runners.serial:SerialRunner",
}

#: The names of the targets that ship with mpconform (REGISTRY also holds what register() adds).
SHIPPED: tuple[str, ...] = tuple(REGISTRY)

#: The entry-point group in which installed packages name their targets.
ENTRY_POINT_GROUP = "mpconform.targets"

_SPEC = re.compile(r"^(?P<name>[A-Za-z][\w-]*)(?:[=:](?P<arg>.+?))?(?:\*(?P<count>\d+))?$")


def register(name: str, dotted: str) -> None:
    """Add a target in this process only (tests, self-test targets): `register("mine", "pkg.mod:MyRunner")`."""
    REGISTRY[name] = dotted


def known_targets() -> dict[str, str]:
    """Every target name → "module:Class": REGISTRY, then installed packages' entry points (which cannot
    shadow a name mpconform already has)."""
    plugins = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return {**plugins, **REGISTRY}


def _lookup(name: str) -> str | None:
    # The registry first: entry points are looked up only for a name it does not have (a scan of every
    # installed distribution, skipped on the common path).
    return REGISTRY.get(name) or known_targets().get(name)


def _unknown(name: str, text: str) -> TargetSpecError:
    known = ", ".join(sorted(known_targets()))
    where = f" in {text!r}" if text != name else ""
    return TargetSpecError(f"unknown target {name!r}{where}; known targets: {known}")


def parse_target(text: str) -> TargetSpec:
    """Parse `name[=arg|:arg][*N][,key=value...]` into a TargetSpec; unknown names are errors."""
    base, *opts = text.strip().split(",")
    m = _SPEC.match(base)
    if not m:
        raise TargetSpecError(
            f"cannot parse target {text!r}: expected NAME[=ARG|:ARG][*N][,key=value...] such as "
            "'unix', 'unix=/path/micropython', 'serial:/dev/ttyACM0', 'qemu-microbit*2'"
        )
    name = m.group("name")
    if _lookup(name) is None:
        raise _unknown(name, text)
    options = []
    for opt in opts:
        key, sep, value = opt.partition("=")
        if not sep or not key:
            raise TargetSpecError(f"bad option {opt!r} in target {text!r}: expected key=value")
        options.append((key.strip(), value.strip()))
    count = int(m.group("count") or 1)
    if count < 1:
        raise TargetSpecError(f"pool size must be at least 1 in {text!r}")
    return TargetSpec(name=name, arg=m.group("arg"), options=tuple(options), count=count, text=text.strip())


def runner_class(name: str) -> type[Runner]:
    """Import and return the runner class registered under `name`."""
    dotted = _lookup(name)
    if dotted is None:
        raise _unknown(name, name)
    module, _, cls = dotted.partition(":")
    return getattr(importlib.import_module(module), cls)


def make_runner(spec: TargetSpec | str) -> Runner:
    """Build a runner instance for a spec (or target string)."""
    if isinstance(spec, str):
        spec = parse_target(spec)
    return runner_class(spec.name)(spec)
