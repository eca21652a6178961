"""A program reads any attribute not starting with '__': nothing reachable that way may lead out of the sandbox."""
from __future__ import annotations

import io as host_io
import pathlib
import types

from mpconform.interpreter.lib import MODULES
from mpconform.interpreter.lib._board import Board
from mpconform.interpreter.lib.fileio import SandboxFs, open_in_sandbox

from .shim import load, make_rt

# Program-reachable names: everything but dunders (the core refuses __globals__, __closure__, __subclasses__...).
FORBIDDEN = (types.ModuleType, Board, SandboxFs, pathlib.PurePath, host_io.IOBase, types.SimpleNamespace)


def _children(obj):
    names = set()
    for holder in (obj, type(obj)):
        try:
            names.update(vars(holder))
        except TypeError:
            pass
    for name in sorted(names):
        if name.startswith("__"):
            continue
        try:
            yield name, getattr(obj, name)
        except Exception:  # noqa: BLE001 - a property refusing access is fine
            continue


def _walk(root, label, depth=4):
    seen, stack = set(), [(root, label, 0)]
    while stack:
        obj, path, d = stack.pop()
        if id(obj) in seen or d > depth:
            continue
        seen.add(id(obj))
        assert not isinstance(obj, FORBIDDEN), f"{path} reaches {type(obj).__name__}"
        if isinstance(obj, (int, float, str, bytes, bool, type(None))):
            continue
        if isinstance(obj, (list, tuple)):
            stack.extend((x, f"{path}[{i}]", d + 1) for i, x in enumerate(obj))
            continue
        if isinstance(obj, dict):
            stack.extend((v, f"{path}[{k!r}]", d + 1) for k, v in obj.items())
            continue
        stack.extend((v, f"{path}.{n}", d + 1) for n, v in _children(obj))


def _namespace(rt, name):
    return {k: v for k, v in vars(load(rt, name)).items() if not k.startswith("__")}


def test_no_module_namespace_reaches_the_host(tmp_path):
    rt = make_rt(sandbox=tmp_path)
    for name in MODULES:
        _walk(_namespace(rt, name), name)


def test_objects_made_by_the_library_do_not_reach_the_host(tmp_path):
    rt = make_rt(sandbox=tmp_path)
    io, re, machine = load(rt, "io"), load(rt, "re"), load(rt, "machine")
    f = open_in_sandbox(rt, "x.txt", "w")
    try:
        objects = {"file": f, "stringio": io.StringIO("a"), "bytesio": io.BytesIO(b"a"),
                   "regex": re.compile("a"), "match": re.match("a", "a"), "pin": machine.Pin(1, machine.Pin.OUT),
                   "timer": machine.Timer(-1), "pwm": machine.PWM(machine.Pin(2)), "adc": machine.ADC(3),
                   "task_loop": load(rt, "asyncio").get_event_loop()}
        for label, obj in objects.items():
            _walk(obj, label)
    finally:
        f.close()


def test_cpython_profile_namespaces_do_not_reach_the_host(tmp_path):
    rt = make_rt(sandbox=tmp_path, profile=set())
    for name in MODULES:
        _walk(_namespace(rt, name), name)
