"""Small suites in MicroPython's layout, written per test, and a way to run the real CLI on them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_suite(root: Path, files: dict[str, bytes | str]) -> Path:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    return root


def run_cli(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mpconform", "run", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def load_results(path: Path) -> list[dict]:
    return json.loads(path.read_text())["results"]

