"""mpconform's reference interpreter: MicroPython's language as an executable specification, in Python."""
from __future__ import annotations

__all__ = ["main"]


def main(argv: list[str]) -> int:
    """Run like the unix port's `micropython` command; returns the exit code."""
    from .cli import main as _main
    return _main(argv)
