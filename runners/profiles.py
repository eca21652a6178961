"""Board profiles as data: one frozen value per board family (serial settings, reset, heap, USB ids)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BoardProfile", "PROFILES", "get_profile", "profile_for_usb", "RESET_METHODS"]

#: How a board can be reset when its REPL no longer answers.
#:   "rts"     pulse RTS with DTR released (ESP boards wire RTS to EN and DTR to GPIO0: keep DTR off)
#:   "dtr"     pulse DTR (boards whose USB bridge wires DTR to reset)
#:   "none"    no electrical reset (native USB CDC: the port disappears on reset); wait for a reconnect
#:   "restart" restart the emulator process (qemu)
RESET_METHODS = ("rts", "dtr", "none", "restart")


@dataclass(frozen=True)
class BoardProfile:
    """Serial facts about one board family; every wait the runner does is bounded by these numbers."""

    name: str
    description: str
    baud: int = 115200
    reset: str = "none"
    raw_paste: bool | None = None      # None: probe once at connect (firmware decides, not the board)
    heap: int = 0                      # typical free heap after boot, bytes (for reports only)
    chunk_size: int = 256              # plain raw REPL: bytes per write...
    chunk_pause: float = 0.01          # ...and the pause after each, so the board's input buffer keeps up
    direct_limit: int = 0              # without raw-paste, longer programs are staged as a verified file
                                       # first (0 = always send directly)
    verify_transfer: bool = False      # without raw-paste, wrap programs so the board checks they arrived
    usb_ids: tuple[tuple[int, int | None], ...] = ()   # (VID, PID or None = any PID of that vendor)
    enter_timeout: float = 3.0         # getting the raw REPL prompt
    soft_reset_timeout: float = 3.0    # raw prompt back after Ctrl-D
    interrupt_timeout: float = 1.5     # program ends after Ctrl-C
    boot_timeout: float = 6.0          # REPL answers after a hard reset
    reconnect_timeout: float = 5.0     # a vanished port comes back


PROFILES: dict[str, BoardProfile] = {p.name: p for p in (
    BoardProfile("generic", "any MicroPython board (probes raw-paste, no electrical reset)"),
    BoardProfile("esp8266", "ESP8266 (NodeMCU, Wemos D1 mini): CP210x/CH340 bridge, tiny heap",
                 reset="rts", heap=30_000, chunk_size=128, chunk_pause=0.02,
                 usb_ids=((0x1A86, 0x7523), (0x0403, 0x6001)), boot_timeout=8.0),
    BoardProfile("esp32", "ESP32 family: CP210x/CH340/FTDI bridge or native USB (S2/S3/C3)",
                 reset="rts", heap=110_000,
                 usb_ids=((0x10C4, 0xEA60), (0x1A86, 0x55D4), (0x303A, 0x1001), (0x303A, 0x4001)),
                 boot_timeout=8.0),
    BoardProfile("rp2", "Raspberry Pi Pico / RP2040 / RP2350: native USB CDC",
                 reset="none", raw_paste=True, heap=180_000, chunk_pause=0.0,
                 usb_ids=((0x2E8A, 0x0005),)),
    BoardProfile("stm32", "pyboard and STM32 ports: native USB CDC",
                 reset="none", raw_paste=None, heap=100_000, chunk_pause=0.0,
                 usb_ids=((0xF055, 0x9800), (0xF055, 0x9801), (0xF055, 0x9802))),
    BoardProfile("microbit", "BBC micro:bit (nRF51/nRF52) through the DAPLink bridge",
                 reset="dtr", raw_paste=None, heap=9_300, chunk_size=64, chunk_pause=0.01, direct_limit=1024,
                 verify_transfer=True,
                 usb_ids=((0x0D28, 0x0204),)),
    BoardProfile("samd", "SAMD21/SAMD51 boards running MicroPython: native USB CDC",
                 reset="none", heap=20_000, chunk_size=128,
                 usb_ids=((0x1209, 0x2303), (0x04D8, 0xEC3F))),
    BoardProfile("circuitpython", "CircuitPython boards (Adafruit and others): native USB CDC",
                 reset="none", raw_paste=None, heap=100_000, soft_reset_timeout=5.0,
                 usb_ids=((0x239A, None),), boot_timeout=10.0),
    BoardProfile("pycom", "Pycom (WiPy, LoPy) on an expansion board: FTDI/PIC bridge",
                 reset="none", raw_paste=False, heap=60_000, chunk_size=128,
                 usb_ids=((0x04D8, 0xF011), (0x04D8, 0xF012), (0x04D8, 0xF013), (0x04D8, 0xEF98)),
                 boot_timeout=10.0),
    BoardProfile("qemu-microbit", "BBC micro:bit MicroPython 1.9.2 in qemu-system-arm -M microbit",
                 reset="restart", raw_paste=False, heap=9_300, chunk_pause=0.0, direct_limit=1024, verify_transfer=True,
                 enter_timeout=5.0,
                 soft_reset_timeout=2.0, boot_timeout=8.0, reconnect_timeout=2.0),
)}
PROFILES["nrf"] = PROFILES["microbit"]
PROFILES["pyboard"] = PROFILES["stm32"]
PROFILES["pico"] = PROFILES["rp2"]


def get_profile(name: str) -> BoardProfile:
    """The profile called `name` (aliases: nrf, pyboard, pico); KeyError lists the known names."""
    try:
        return PROFILES[name]
    except KeyError:
        raise KeyError(f"unknown board profile {name!r}; known: {', '.join(sorted(PROFILES))}") from None


def profile_for_usb(vid: int | None, pid: int | None) -> BoardProfile | None:
    """The profile whose USB ids match a port's VID/PID (exact PID first, then vendor-wide)."""
    if vid is None:
        return None
    for exact in (True, False):
        for p in PROFILES.values():
            for v, pp in p.usb_ids:
                if v == vid and ((pp == pid) if exact else pp is None):
                    return p
    return None
