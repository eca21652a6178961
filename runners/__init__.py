"""One contract, many targets: the public surface of mpconform's runners."""
from __future__ import annotations

from .contract import Runner, TargetSpec
from .errors import HarnessError, LinkError, ProtocolError, TargetSpecError, TargetUnavailable
from .outcome import Identity, Outcome, Program, Status, classify_exit, exception_name_from_traceback
from .registry import REGISTRY, known_targets, make_runner, parse_target, register, runner_class

__all__ = [
    "Runner", "TargetSpec", "HarnessError", "LinkError", "ProtocolError", "TargetSpecError",
    "TargetUnavailable", "Identity", "Outcome", "Program", "Status", "classify_exit",
    "exception_name_from_traceback", "REGISTRY", "known_targets", "make_runner", "parse_target", "register",
    "runner_class",
]
