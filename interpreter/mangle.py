"""Private name mangling (`__x` in a class body becomes `_Class__x`), applied to the tree under CPython semantics."""
from __future__ import annotations

__all__ = ["mangle_tree"]

from .node import Node


def _mangled(name: str, cls: str | None) -> str:
    """CPython's rule: __x (not __x__, no dots) inside class C is _C__x; a class named only '_' mangles nothing."""
    if cls is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = cls.lstrip("_")
    return f"_{stripped}{name}" if stripped else name


def mangle_tree(stmts: list, cls: str | None = None) -> None:
    """Rename private identifiers in place (MicroPython does not: catalogue entry core_class_name_mangling)."""
    for s in stmts:
        _visit(s, cls)


def _visit(n, cls: str | None) -> None:
    if isinstance(n, (list, tuple)):
        for x in n:
            _visit(x, cls)
        return
    if not isinstance(n, Node):
        return
    k = n.kind
    if k == "Name":
        n.id = _mangled(n.id, cls)
    elif k == "Attribute":
        n.attr = _mangled(n.attr, cls)
    elif k in ("Global", "Nonlocal"):
        n.names = [_mangled(x, cls) for x in n.names]
    elif k == "Arguments":
        n.args = [(_mangled(x, cls), d) for x, d in n.args]
        n.kwonly = [(_mangled(x, cls), d) for x, d in n.kwonly]
        n.vararg = _mangled(n.vararg, cls) if n.vararg else n.vararg
        n.kwarg = _mangled(n.kwarg, cls) if n.kwarg else n.kwarg
    elif k == "FunctionDef":
        n.name = _mangled(n.name, cls)
    elif k == "ClassDef":
        own = n.name
        n.name = _mangled(n.name, cls)
        _visit(n.bases, cls)
        _visit(n.keywords, cls)
        _visit(n.decorators, cls)
        _visit(n.body, own)
        return
    for key, v in n.__dict__.items():
        if key not in ("kind", "line") and isinstance(v, (Node, list, tuple)):
            _visit(v, cls)
