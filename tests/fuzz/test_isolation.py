"""Even if a generator bug emitted host-touching code, the cpython runner (the fuzz oracle) contains it."""
from __future__ import annotations

import socket
import uuid

from mpconform.fuzz.fanout import Fanout


def test_escaping_programs_are_stopped_and_leave_no_trace(tmp_path, need):
    need("cpython")
    marker = tmp_path / f"escaped-{uuid.uuid4().hex}"
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    attempts = {
        "write": f"open({str(marker)!r}, 'w').write('x')\n",
        "remove": f"import os\nos.remove({str(tmp_path)!r})\n",
        "spawn": f"import subprocess\nsubprocess.run(['touch', {str(marker)!r}])\n",
        "system": f"import os\nos.system('touch {marker}')\n",
        "socket": f"import socket\ns = socket.socket()\ns.connect(('127.0.0.1', {port}))\n",
        "mkdir": f"import os\nos.mkdir({str(marker)!r})\n",
    }
    try:
        with Fanout(["cpython"], jobs=1, timeout=5) as pool:
            for name, src in attempts.items():
                out = pool.run("print('before')\n" + src + "print('after')\n")["cpython"]
                # The refusal is the harness's, never the program's output (which it could catch and print).
                assert out.status.value == "crash" and "the sandbox refused" in out.note, (name, out)
            # A runaway program is stopped at its timeout and the runner stays usable.
            looping = Fanout(["cpython"], jobs=1, timeout=1)
            try:
                assert looping.run("while True:\n    pass\n")["cpython"].status.value == "timeout"
                assert looping.run("print(6 * 7)\n")["cpython"].stdout == b"42\n"
            finally:
                looping.close()
        assert not marker.exists()
        try:
            conn, _ = listener.accept()
            conn.close()
            raise AssertionError("a program connected to a socket on the host")
        except socket.timeout:
            pass
    finally:
        listener.close()
