"""Targets as data: registry names mapped to runner classes, imported lazily; target-string parsing."""
from __future__ import annotations

import importlib
import re

from .contract import Runner, TargetSpec
from .errors import TargetSpecError

__all__ = ["REGISTRY", "parse_target", "runner_class", "make_runner", "register"]

#: name → "module:Class". Adding a target = one file in runners/ + one line here.
REGISTRY: dict[str, str] = {
    "cpython": "mpconform.runners.cpython:CPythonRunner",
    "unix": "mpconform.runners.unix:UnixRunner",
    "wasm": "mpconform.runners.wasm:WasmRunner",
    "ref": "mpconform.runners.ref:RefRunner",
    "qemu-microbit": "mpconform.runners.qemu:QemuMicrobitRunner",
    "serial": "mpconform.runners.serial:SerialRunner",
}

_SPEC = re.compile(r"^(?P<name>[A-Za-z][\w-]*)(?:[=:](?P<arg>.+?))?(?:\*(?P<count>\d+))?$")


def register(name: str, dotted: str) -> None:
    """Add a target (for plugins and tests): `register("mine", "pkg.mod:MyRunner")`."""
    REGISTRY[name] = dotted


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
    if name not in REGISTRY:
        known = ", ".join(sorted(REGISTRY))
        raise TargetSpecError(f"unknown target {name!r} in {text!r}; known targets: {known}")
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
    try:
        dotted = REGISTRY[name]
    except KeyError:
        raise TargetSpecError(f"unknown target {name!r}; known targets: {', '.join(sorted(REGISTRY))}") from None
    module, _, cls = dotted.partition(":")
    return getattr(importlib.import_module(module), cls)


def make_runner(spec: TargetSpec | str) -> Runner:
    """Build a runner instance for a spec (or target string)."""
    if isinstance(spec, str):
        spec = parse_target(spec)
    return runner_class(spec.name)(spec)
