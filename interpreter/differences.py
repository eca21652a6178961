"""Documented MicroPython-vs-CPython differences as switchable semantics (ids = cpydiff file stems)."""
from __future__ import annotations

__all__ = ["DIFFERENCES", "profile_ids"]

DIFFERENCES: dict[str, str] = {}


def profile_ids(profile: str) -> set[str]:
    """The ids whose MicroPython behaviour is active: all for 'micropython', none for 'cpython'."""
    return set(DIFFERENCES) | {"_messages"} if profile == "micropython" else set()
