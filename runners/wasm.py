"""MicroPython's webassembly port (npm package) in one long-lived node worker, restarted after a timeout."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .contract import Runner, TargetSpec, parse_size
from .errors import TargetUnavailable
from .forkserver import ForkServer
from .outcome import Outcome, Program

__all__ = ["WasmRunner", "find_wasm_module"]

_PACKAGE = Path("node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs")
_WORKER = Path(__file__).with_name("wasm_worker.mjs")


def find_wasm_module(arg: str | None = None) -> Path | None:
    """The port's micropython.mjs: given explicitly, else in this checkout's or the cwd's node_modules."""
    if arg:
        p = Path(arg)
        p = p / _PACKAGE if p.is_dir() and not (p / "micropython.mjs").exists() else p
        p = p / "micropython.mjs" if p.is_dir() else p
        return p if p.is_file() else None
    for root in (Path(__file__).resolve().parent.parent, Path.cwd()):
        if (root / _PACKAGE).is_file():
            return root / _PACKAGE
    return None


class WasmRunner(Runner):
    name = "wasm"
    description = "MicroPython webassembly port via node (npm @micropython/micropython-webassembly-pyscript)"
    usage = "wasm[=/path/micropython.mjs][,heapsize=N]"
    crash_program = b"import js\nprint('dying')\njs.process.abort()\n"

    def __init__(self, spec: TargetSpec) -> None:
        super().__init__(spec)
        why = self.availability(spec)
        if why:
            raise TargetUnavailable(why, target=spec.label)
        module = find_wasm_module(spec.arg)
        heap = spec.option("heapsize")
        self._heapsize = parse_size(heap) if heap else None
        # The node worker speaks the fork worker's framing, so ForkServer drives it; a program that hangs
        # blocks node's only thread, so the deadline kills and restarts the whole worker.
        self._server = ForkServer(spec.label, [shutil.which("node") or "node", str(_WORKER), str(module)],
                                  {"mode": "node"}, env=dict(os.environ), sandbox=False, enforces_timeout=False,
                                  ships_files=True)

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        if not shutil.which("node"):
            return "node is not installed (apt-get install nodejs)"
        if find_wasm_module(spec.arg) is None:
            return "npm package @micropython/micropython-webassembly-pyscript not found (run `npm install` in the checkout)"
        return None

    def run(self, program: Program) -> Outcome:
        return self._server.run(program, heapsize=self._heapsize)

    def close(self) -> None:
        self._server.close()
