"""Shared fixtures for the fuzzer's tests: targets that are skipped only when genuinely absent here."""
from __future__ import annotations

import pytest

from mpconform.runners.registry import parse_target, runner_class


def require(target: str) -> None:
    """Skip the calling test when `target` cannot run on this machine, saying why."""
    spec = parse_target(target)
    try:
        why = runner_class(spec.name).availability(spec)
    except ImportError as exc:  # the runner module itself is not there yet
        why = f"runner module missing: {exc}"
    if why:
        pytest.skip(f"{target} unavailable: {why}")


@pytest.fixture
def need():
    """`need("unix")` skips the test when that target is not usable here."""
    return require


@pytest.fixture
def redis_url(tmp_path):
    """`redis://127.0.0.1:PORT/0` of a redis-server started for the test on loopback and stopped by its PID."""
    import shutil
    import socket
    import subprocess
    import time

    from mpconform.runners.processes import spawn_guarded, stop_process

    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    redis = pytest.importorskip("redis", reason="the redis client is not installed (pip install 'hypothesis[redis]')")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = spawn_guarded([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                          "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on 127.0.0.1:{port}") from None
                time.sleep(0.05)
        yield url
    finally:
        stop_process(proc)
