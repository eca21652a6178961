"""Who may import whom: reports never import the suite, the suite never imports reports, and nothing below the
commands imports a command (mpconform/*_cmd.py, mpconform.cli)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _absolute_imports(folder: str) -> list[tuple[str, str]]:
    """(file:line, module) for each absolute import in a folder's own modules (the bundled suite excluded)."""
    found = []
    for path in (ROOT / folder).rglob("*.py"):
        if "suite" in path.relative_to(ROOT).parts[:2]:
            continue
        for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            found += [(f"{path.relative_to(ROOT)}:{node.lineno}", n) for n in names]
    return found


@pytest.mark.parametrize("folder, forbidden", [
    ("reports", "mpconform.conformance"),
    ("conformance", "mpconform.reports"),
    ("reports", "mpconform.perf"),
    ("perf", "mpconform.reports"),
    *[(folder, "mpconform.cli") for folder in ("runners", "conformance", "fuzz", "reports", "interpreter", "perf")],
])
def test_a_layer_does_not_import_another_it_must_not_know(folder, forbidden):
    assert [where for where, name in _absolute_imports(folder) if name.startswith(forbidden)] == []


@pytest.mark.parametrize("folder", ["runners", "conformance", "fuzz", "reports", "interpreter", "perf"])
def test_no_library_module_imports_a_command(folder):
    assert [where for where, name in _absolute_imports(folder) if name.endswith("_cmd")] == []
