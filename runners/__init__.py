"""One contract, many targets: the public surface of mpconform's runners."""
from __future__ import annotations

from .contract import Runner, TargetSpec
from .errors import HarnessError, LinkError, ProtocolError, SandboxDenied, TargetSpecError, TargetUnavailable
from .outcome import Identity, Outcome, Program, Status, classify_exit
from .registry import REGISTRY, known_targets, make_runner, parse_target, register, runner_class
from .tracebacks import Frame, Traceback, parse_traceback

__all__ = [
    "Runner", "TargetSpec", "HarnessError", "LinkError", "ProtocolError", "SandboxDenied", "TargetSpecError",
    "TargetUnavailable", "Identity", "Outcome", "Program", "Status", "classify_exit",
    "Traceback", "Frame", "parse_traceback", "REGISTRY", "known_targets", "make_runner", "parse_target", "register",
    "runner_class",
]
