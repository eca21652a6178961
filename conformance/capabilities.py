"""Capability probing: on first contact, tiny programs find out what a target has (features, heap)."""
from __future__ import annotations

import threading
from typing import Callable

from mpconform.runners import Outcome, Program, Status

from .features import HEAP_PROBE, probe_for

__all__ = ["Capabilities"]


class Capabilities:
    """Per-target memo of probe results; probes run lazily, only for features some selected test needs."""

    def __init__(self) -> None:
        self._features: dict[str, tuple[bool, str]] = {}
        self._heap: int | None | bool = False   # False = not probed yet; None = unlimited
        self._checks: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def has(self, feature: str, run: Callable[[Program], Outcome]) -> tuple[bool, str]:
        """(present?, detail) for a feature; `run` is the calling thread's own runner (runners are not shared)."""
        with self._lock:
            if feature not in self._features:
                probe = probe_for(feature)
                out = run(Program(source=probe.source.encode(), filename="probe_feature.py", timeout=10))
                got = out.stdout.replace(b"\r", b"").decode("utf-8", "replace").strip()
                if out.status is Status.OK and got == probe.expect:
                    self._features[feature] = (True, "")
                elif out.is_memory_limit:
                    self._features[feature] = (False, "probe ran out of memory")
                else:
                    self._features[feature] = (False, f"probe said {got[-60:]!r}" if got else out.status.value)
            return self._features[feature]

    def free_heap(self, run: Callable[[Program], Outcome]) -> int | None:
        """Free heap in bytes after a collection, or None when the target does not say (unlimited)."""
        with self._lock:
            if self._heap is False:
                out = run(Program(source=HEAP_PROBE.encode(), filename="probe_heap.py", timeout=10))
                text = out.stdout.replace(b"\r", b"").decode("utf-8", "replace").strip()
                self._heap = int(text) if out.status is Status.OK and text.isdigit() else None
            return self._heap  # type: ignore[return-value]

    def check(self, name: str, source: str, run: Callable[[Program], Outcome]) -> bytes:
        """The output of one of run-tests.py's feature-check programs on this target, run once: b"CRASH" when
        it did not end normally, as run-tests.py records it."""
        with self._lock:
            if name not in self._checks:
                out = run(Program(source=source.encode(), filename=f"feature_check_{name}.py", timeout=10))
                self._checks[name] = out.stdout.replace(b"\r\n", b"\n") if out.status in (Status.OK, Status.SKIP) \
                    else b"CRASH"
            return self._checks[name]

    def snapshot(self) -> dict:
        snap = {"features": {k: v[0] for k, v in sorted(self._features.items())},
                "free_heap": None if self._heap is False else self._heap}
        if self._checks:
            snap["feature_checks"] = {k: v.decode("utf-8", "replace").strip() for k, v in sorted(self._checks.items())}
        return snap
