"""Installed, mpconform owns the `mpconform` import name only: its folders map under it, not onto global names."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("runners", "reports", "fuzz", "conformance", "interpreter")


@pytest.mark.slow
def test_the_wheel_puts_every_folder_under_mpconform(tmp_path):
    # Built from a copy: setuptools writes build/ and *.egg-info into the tree it builds.
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "node_modules", "build", "*.egg-info",
                                                                 "__pycache__", ".mpconform", "artefacts"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(source)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("mpconform-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"mpconform"}
    for folder in FOLDERS:
        assert f"mpconform/{folder}/__init__.py" in names
    assert "mpconform/runners/wasm_worker.mjs" in names
    assert any(n.startswith("mpconform/conformance/suite/basics/") for n in names)
    assert "mpconform/interpreter/lib/__init__.py" in names
    assert "mpconform/conformance/perf/__init__.py" in names


def _bare_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n.split(".")[0] in FOLDERS]
    return found


def test_no_module_imports_a_folder_by_its_global_name():
    # A bare `import runners` works in a checkout but would load a second copy of every class beside
    # mpconform.runners, and fails once installed.
    sources = [p for folder in (*FOLDERS, "mpconform", "tests") for p in (ROOT / folder).rglob("*.py")
               if "suite" not in p.relative_to(ROOT).parts[:2] and "fixtures" not in p.parts]
    assert sources
    assert [hit for p in sources for hit in _bare_imports(p)] == []
