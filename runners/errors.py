"""Errors of the harness, kept apart from anything the program under test raises.

    HarnessError                  the harness could not get an answer from a target
    ├── TargetUnavailable         the target is not installed / not reachable here (exit code 3)
    ├── TargetSpecError           a target string that does not parse or names no known target
    ├── SandboxDenied             the oracle's sandbox refused something the program did (a write outside its
    │                             working copy): the refusal is the harness's, never the program's output
    └── LinkError                 the connection to a running target broke (board gone, worker died)
        └── ProtocolError         the target answered, but not as the protocol says

A program's own exceptions never appear here: they are `Outcome(status=RAISED)`.
"""
from __future__ import annotations

__all__ = ["HarnessError", "TargetUnavailable", "TargetSpecError", "SandboxDenied", "LinkError", "ProtocolError"]


class HarnessError(Exception):
    """The harness failed; `target` names which target, when known."""

    def __init__(self, message: str, *, target: str | None = None) -> None:
        super().__init__(message)
        self.target = target

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.target}: {msg}" if self.target else msg


class TargetUnavailable(HarnessError):
    """The target cannot be used on this machine (binary missing, package not installed, port absent)."""


class TargetSpecError(HarnessError):
    """A target string such as `unix=/path` does not parse or names no registered target."""


class SandboxDenied(HarnessError):
    """The sandbox refused an operation of the program (writing outside its working copy, starting a process):
    what the program printed after that is not its behaviour, so there is no outcome to judge."""


class LinkError(HarnessError):
    """The link to a started target broke: its worker died, the serial port vanished, a socket closed."""


class ProtocolError(LinkError):
    """The target answered something the protocol does not allow (noise, a lost byte, an old firmware)."""
