"""MicroPython's webassembly port (npm package) in one long-lived node worker, restarted after a timeout."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .contract import Runner, TargetSpec, parse_size
from .errors import TargetUnavailable
from .forkserver import ForkServer
from .library import library_files
from .outcome import Outcome, Program
from .workcopy import data_files

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
    runtests_target = "webassembly"
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
        # The port runs in node's memory file system: the program's data files and the library modules it
        # imports travel with it (data into its working folder, library modules into /lib).
        data = data_files(program.directory) if program.directory else ()
        lib = library_files(b"\n".join([program.source, *(d for _, d in program.support_files)]), program.library,
                            have=[n for n, _ in program.support_files])
        return self._server.run(program, heapsize=self._heapsize, data=_latin1(data), lib=_latin1(lib))

    def close(self) -> None:
        self._server.close()


def _latin1(files: tuple[tuple[str, bytes], ...]) -> list[tuple[str, str]]:
    """Files as the worker's JSON frames carry them (bytes as latin-1 text)."""
    return [(name, data.decode("latin-1")) for name, data in files]
