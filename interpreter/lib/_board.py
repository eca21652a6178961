"""The virtual board: pin levels, the record of output changes, and timers on the runtime's clock."""
from __future__ import annotations

import heapq
from typing import Any

from mpconform.interpreter.lib._rt import per_runtime

__all__ = ["Board", "VirtualClock", "board_for", "sleep_us"]

# After this many clock reads with no sleep in between, each read lets 1 us pass, so that a program
# busy-waiting on ticks_ms() ends (as on a real board) while ordinary programs see time stand still.
_STALL_READS = 100


class VirtualClock:
    """Deterministic clock: unbounded microsecond count that moves only when slept on."""

    virtual = True

    def __init__(self) -> None:
        self.us = 0

    def ticks_ms(self) -> int:
        return self.us // 1000

    def ticks_us(self) -> int:
        return self.us

    def sleep_ms(self, n: float) -> None:
        self.us += max(0, round(n * 1000))

    def sleep_us(self, n: int) -> None:
        self.us += max(0, int(n))


def sleep_us(clock: Any, us: int) -> None:
    """Sleep `us` microseconds on `clock`, which may offer only sleep_ms."""
    if us <= 0:
        return
    if hasattr(clock, "sleep_us"):
        clock.sleep_us(us)
    elif us % 1000 == 0:
        clock.sleep_ms(us // 1000)
    else:
        clock.sleep_ms(us / 1000)


class Board:
    """State of one virtual board, shared by the machine, vboard, time and asyncio modules of one runtime."""

    def __init__(self, rt: Any) -> None:
        self.rt = rt
        # The runtime's clock is used only if it says it is virtual (unbounded counts that move when slept
        # on); otherwise the board keeps its own, so library time is deterministic whatever the core offers.
        clock = getattr(rt, "clock", None)
        # A real clock (-X clock=real, for programs that time themselves) is used too.
        self.real = bool(getattr(clock, "real", False))
        self.clock = clock if getattr(clock, "virtual", False) or self.real else VirtualClock()
        self._reads = 0
        self.reset()

    def reset(self) -> None:
        """Forget pins, driven levels, the history and all timers (vboard.reset)."""
        self.pins: dict[object, Any] = {}          # pin id -> the Pin object last constructed for it
        self.levels: dict[object, int] = {}        # pin id -> level currently on the wire
        self.driven: dict[object, int] = {}        # pin id -> level the test bench drives on it
        self.changes: list[tuple[object, int]] = []
        self.analog: dict[object, int] = {}       # pin id -> ADC reading (0..65535) set by the bench
        self.pwm: dict[object, tuple[int, int]] = {}   # pin id -> (freq, duty_u16) of an active PWM
        self.stamped: list[tuple[int, object, int]] = []
        self._timers: list[tuple[int, int, Any]] = []   # heap of (deadline_us, seq, timer)
        self._seq = 0
        self.irq_enabled = True
        self._pending: list[tuple[Any, object]] = []

    # --- time -------------------------------------------------------------------------------------------
    def now_us(self) -> int:
        """The board clock's raw microsecond count."""
        return int(self.clock.ticks_us())

    def read_us(self) -> int:
        """now_us() for a program reading the time; a long run of reads without sleeping lets time creep."""
        self._reads += 1
        if self._reads > _STALL_READS and not self.real:
            sleep_us(self.clock, 1)
        return self.now_us()

    def schedule(self, timer: Any, deadline_us: int) -> None:
        """Arm `timer` to fire at `deadline_us` (raw clock microseconds)."""
        self._seq += 1
        timer._armed = self._seq
        heapq.heappush(self._timers, (deadline_us, self._seq, timer))

    def cancel(self, timer: Any) -> None:
        """Disarm `timer`; its heap entry is skipped lazily."""
        timer._armed = None

    def advance_us(self, us: int) -> None:
        """Let `us` microseconds of virtual time pass, firing every timer that falls due, in deadline order."""
        target = self.now_us() + max(0, int(us))
        while True:
            entry = self._next_due(target)
            if entry is None:
                break
            deadline, seq, timer = entry
            sleep_us(self.clock, deadline - self.now_us())
            self._reads = 0
            timer._fire(deadline)
        sleep_us(self.clock, target - self.now_us())
        self._reads = 0

    def next_deadline_us(self) -> int | None:
        """Deadline of the earliest armed timer, or None."""
        while self._timers and self._timers[0][2]._armed != self._timers[0][1]:
            heapq.heappop(self._timers)
        return self._timers[0][0] if self._timers else None

    def _next_due(self, target: int) -> tuple[int, int, Any] | None:
        """Pop the earliest live timer entry due at or before `target`, or None."""
        while self._timers:
            deadline, seq, timer = self._timers[0]
            if timer._armed != seq:
                heapq.heappop(self._timers)
                continue
            if deadline > target:
                return None
            heapq.heappop(self._timers)
            timer._armed = None
            return deadline, seq, timer
        return None

    # --- interrupts ---------------------------------------------------------------------------------------
    def deliver(self, handler: Any, arg: object, hard: bool = False) -> bool:
        """Run an irq/timer handler now (or when interrupts are enabled again). As on the ports, an exception
        in it is printed, not raised (mp_call_function_1_protected); a hard IRQ handler that raised is
        reported with a header and must be disabled by the caller: returns False then."""
        if not self.irq_enabled:
            self._pending.append((handler, arg))
            return True
        try:
            self.rt.call(handler, arg)
        except Exception as e:  # noqa: BLE001 - the program's exception, reported like the port does
            if hard:
                self.rt.stdout.write("Uncaught exception in IRQ callback handler\n")
            self.print_exception(e)
            return not hard
        return True

    def print_exception(self, e: BaseException) -> None:
        """The runtime's traceback printer (sys.print_exception), or the last line only."""
        printer = getattr(self.rt, "print_exception", None)
        if printer is None:
            try:
                from mpconform.interpreter.runtime import format_traceback   # the core's, when it is there
                printer = lambda exc: self.rt.stdout.write(format_traceback(exc))  # noqa: E731
            except ImportError:
                printer = lambda exc: self.rt.stdout.write(f"{type(exc).__name__}: {exc}\n")  # noqa: E731
        printer(e)

    def flush(self) -> None:
        """Run the handlers held back while interrupts were disabled."""
        while self.irq_enabled and self._pending:
            handler, arg = self._pending.pop(0)
            self.deliver(handler, arg)

    # --- pins -------------------------------------------------------------------------------------------
    def record(self, pin_id: object, value: int) -> None:
        """Record an output level change on the wire (only real changes are recorded)."""
        if self.levels.get(pin_id, 0) == value:   # an unconfigured wire sits at 0
            return
        self.levels[pin_id] = value
        self.changes.append((pin_id, value))
        self.stamped.append((self.now_us() // 1000, pin_id, value))

    def drive(self, pin_id: object, value: int) -> None:
        """Drive an input from the test bench; fires the pin's irq handler on a matching edge."""
        value = 1 if value else 0
        pin = self.pins.get(pin_id)
        if pin is not None and pin._mode in pin._OUTPUT_MODES:
            raise ValueError(f"vboard.drive: pin {pin_id!r} is configured as an output; drive expects an input pin")
        old = self.input_level(pin_id)
        self.driven[pin_id] = value
        if pin is not None and old != value:
            pin._edge(old, value)

    def release(self, pin_id: object) -> None:
        """Stop driving `pin_id`: it falls back to its pull level (an edge if that changes the level)."""
        old = self.input_level(pin_id)
        self.driven.pop(pin_id, None)
        new = self.input_level(pin_id)
        pin = self.pins.get(pin_id)
        if pin is not None and old != new and pin._mode not in pin._OUTPUT_MODES:
            pin._edge(old, new)

    def input_level(self, pin_id: object) -> int:
        """Level an input pin reads: the driven level, else its pull, else 0."""
        if pin_id in self.driven:
            return self.driven[pin_id]
        pin = self.pins.get(pin_id)
        if pin is not None and pin._pull == pin.PULL_UP:
            return 1
        return 0


def board_for(rt: Any) -> Board:
    """The Board of runtime `rt`, created on first use."""
    return per_runtime(rt, "_mpconform_board", Board)
