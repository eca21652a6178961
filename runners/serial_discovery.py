"""`serial:auto`: find a connected board among the USB serial ports, as mpremote's `auto` does."""
from __future__ import annotations

from dataclasses import dataclass

from .errors import TargetUnavailable
from .profiles import BoardProfile, profile_for_usb

__all__ = ["FoundPort", "list_boards", "auto_port"]


@dataclass(frozen=True)
class FoundPort:
    """One USB serial port and the board profile its VID/PID suggests (None: unknown vendor)."""

    device: str
    vid: int | None
    pid: int | None
    description: str
    profile: BoardProfile | None


def list_boards() -> list[FoundPort]:
    """Every USB serial port (ports without a VID/PID are not boards: skipped), known boards first."""
    try:
        from serial.tools import list_ports
    except ImportError as e:  # pyserial is a dependency, but say so plainly if it is missing
        raise TargetUnavailable(f"serial:auto needs pyserial ({e})", target="serial:auto") from e
    found = []
    for p in sorted(list_ports.comports(), key=lambda p: p.device):
        if p.vid is None or p.pid is None:
            continue
        found.append(FoundPort(p.device, p.vid, p.pid, p.description or "", profile_for_usb(p.vid, p.pid)))
    return sorted(found, key=lambda f: f.profile is None)


def auto_port() -> FoundPort:
    """The first board found; TargetUnavailable naming what was looked for when there is none."""
    boards = list_boards()
    if not boards:
        raise TargetUnavailable("serial:auto found no USB serial port with a VID:PID (no board connected?)",
                                target="serial:auto")
    return boards[0]
