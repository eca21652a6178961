"""machine and vboard: a virtual board (Pin, Signal, Timer) and its test bench, on the runtime's clock."""
from __future__ import annotations

from typing import Any

from mpconform.interpreter.lib._board import Board, board_for

__all__ = ["make_module", "make_vboard"]

_UNSET = object()


def _make_pin(board: Board, rt: Any) -> type:
    """A Pin class bound to `board` (one Pin object per pin id, as on the esp32 port)."""

    class Pin:
        IN = 1
        OUT = 3
        OPEN_DRAIN = 7
        PULL_UP = 2
        PULL_DOWN = 1
        IRQ_RISING = 1
        IRQ_FALLING = 2
        _OUTPUT_MODES = (3, 7)

        def __new__(cls, id, *args, **kwargs):
            if not isinstance(id, (int, str)) or isinstance(id, bool):
                raise ValueError("invalid pin")
            pin = board.pins.get(id)
            if pin is None:
                pin = object.__new__(cls)
                pin._id, pin._mode, pin._pull, pin._out = id, None, None, 0
                pin._handler, pin._trigger, pin._hard = None, 0, False
                board.pins[id] = pin
            return pin

        def __init__(self, id, mode=-1, pull=-1, *, value=None, drive=None, hold=None, alt=None):
            self.init(mode, pull, value=value)

        def init(self, mode=-1, pull=-1, *, value=None, drive=None, hold=None, alt=None):
            if value is not None:
                self._out = 1 if value else 0
            if pull != -1:
                if pull not in (None, Pin.PULL_UP, Pin.PULL_DOWN):
                    raise ValueError("invalid pull")
                self._pull = pull
            if mode != -1 and mode is not None:
                if mode not in (Pin.IN, Pin.OUT, Pin.OPEN_DRAIN):
                    raise ValueError("invalid pin mode")
                self._mode = mode
            if self._mode in Pin._OUTPUT_MODES:
                board.record(self._id, self._out)
            return None

        def value(self, *args):
            if len(args) > 1:
                raise TypeError("function takes at most 2 positional arguments")
            if not args:
                if self._mode in Pin._OUTPUT_MODES:
                    if self._mode == Pin.OPEN_DRAIN and self._out:
                        return board.input_level(self._id)
                    return self._out
                return board.input_level(self._id)
            self._out = 1 if args[0] else 0
            if self._mode in Pin._OUTPUT_MODES:
                board.record(self._id, self._out)
            return None

        def __call__(self, *args):
            return self.value(*args)

        def on(self):
            self.value(1)

        def off(self):
            self.value(0)

        def toggle(self):
            self.value(1 - self._out)

        def irq(self, handler=_UNSET, trigger=IRQ_FALLING | IRQ_RISING, *, priority=1, wake=None, hard=False):
            if handler is not _UNSET:
                self._handler = handler
                self._trigger = trigger if handler is not None else 0
                self._hard = bool(hard)
            return _Irq(self)

        def _edge(self, old: int, new: int) -> None:
            """Called by the bench when the input level changed from `old` to `new`."""
            wanted = Pin.IRQ_RISING if new > old else Pin.IRQ_FALLING
            if self._handler is not None and self._trigger & wanted:
                if not board.deliver(self._handler, self, self._hard):
                    self._handler, self._trigger = None, 0   # a hard handler that raised is disabled

        def __repr__(self):
            return f"Pin({self._id})"

    class _Irq:
        """What Pin.irq() returns: lets a program query and fire the handler."""

        def __init__(self, pin):
            self._pin = pin

        def trigger(self, *args):
            old = self._pin._trigger
            if args:
                self._pin._trigger = args[0]
            return old

        def flags(self):
            return self._pin._trigger

        def __repr__(self):
            return "<irq>"

    _Irq.__name__ = _Irq.__qualname__ = "irq"
    return Pin


def _make_timer(board: Board, rt: Any) -> type:
    """A Timer class firing on virtual time (MicroPython's soft timer API)."""

    class Timer:
        ONE_SHOT = 0
        PERIODIC = 1

        def __init__(self, id=-1, *args, **kwargs):
            self._id = id
            self._mode, self._period_us, self._callback, self._armed = Timer.PERIODIC, -1, None, None
            if args or kwargs:
                self.init(*args, **kwargs)

        def init(self, *, mode=PERIODIC, period=-1, tick_hz=1000, freq=None, callback=None, hard=True):
            if mode not in (Timer.ONE_SHOT, Timer.PERIODIC):
                raise ValueError("invalid mode")
            if freq is not None:
                if freq <= 0:
                    raise ValueError("period too large")
                period_us = round(1_000_000 / freq)
            else:
                if period < 0:
                    raise ValueError("period too large")
                period_us = round(period * 1_000_000 / tick_hz)
            board.cancel(self)
            self._mode, self._period_us, self._callback = mode, period_us, callback
            board.schedule(self, board.now_us() + period_us)

        def deinit(self):
            board.cancel(self)

        def _fire(self, deadline: int) -> None:
            """Fire now (board.advance_us chose this timer); a periodic timer re-arms before its callback runs."""
            if self._mode == Timer.PERIODIC:
                board.schedule(self, deadline + max(self._period_us, 1))
            if self._callback is not None:
                board.deliver(self._callback, self)

        def __repr__(self):
            mode = "PERIODIC" if self._mode == Timer.PERIODIC else "ONE_SHOT"
            return f"Timer(mode={mode}, period={self._period_us // 1000}, tick_hz=1000)"

    return Timer


def _make_signal(pin_type: type) -> type:
    """Signal(pin, invert=False): a pin seen through an optional inversion."""

    class Signal:
        def __init__(self, pin, *args, invert=False, **kwargs):
            if not isinstance(pin, pin_type):
                pin = pin_type(pin, *args, **kwargs)
            self._pin, self._invert = pin, bool(invert)

        def value(self, *args):
            if not args:
                return self._pin.value() ^ self._invert
            self._pin.value((1 if args[0] else 0) ^ self._invert)
            return None

        def __call__(self, *args):
            return self.value(*args)

        def on(self):
            self.value(1)

        def off(self):
            self.value(0)

    return Signal


def _make_pwm(board: Board, pin_type: type) -> type:
    """PWM(dest, *, freq, duty_u16, duty_ns, invert): the bench reads the settings with vboard.pwm(pin_id)."""

    class PWM:
        def __init__(self, dest, *, freq=None, duty_u16=None, duty_ns=None, invert=False):
            self._pin = dest if isinstance(dest, pin_type) else pin_type(dest)
            self._freq, self._duty, self._invert = 5000, 0, bool(invert)
            self.init(freq=freq, duty_u16=duty_u16, duty_ns=duty_ns)

        def init(self, *, freq=None, duty_u16=None, duty_ns=None, invert=None):
            if freq is not None:
                self.freq(freq)
            if duty_u16 is not None:
                self.duty_u16(duty_u16)
            if duty_ns is not None:
                self.duty_ns(duty_ns)
            if invert is not None:
                self._invert = bool(invert)
            board.pwm[self._pin._id] = (self._freq, self._duty)

        def deinit(self):
            board.pwm.pop(self._pin._id, None)

        def freq(self, *args):
            if not args:
                return self._freq
            f = args[0]
            if not isinstance(f, int) or not 0 < f <= 40_000_000:
                raise ValueError("freq must be between 1Hz and 40MHz")
            self._freq = f
            board.pwm[self._pin._id] = (self._freq, self._duty)
            return None

        def duty_u16(self, *args):
            if not args:
                return self._duty
            d = args[0]
            if not isinstance(d, int) or not 0 <= d <= 65535:
                raise ValueError("duty_u16 must be from 0 to 65535")
            self._duty = d
            board.pwm[self._pin._id] = (self._freq, self._duty)
            return None

        def duty_ns(self, *args):
            period_ns = 1_000_000_000 // self._freq
            if not args:
                return self._duty * period_ns // 65535
            return self.duty_u16(min(65535, max(0, args[0] * 65535 // period_ns)))

        def __repr__(self):
            return f"PWM({self._pin!r}, freq={self._freq}, duty_u16={self._duty})"

    return PWM


def _make_adc(board: Board, pin_type: type) -> type:
    """ADC(pin): read_u16() returns what the bench set with vboard.set_analog(pin_id, value)."""

    class ADC:
        def __init__(self, pin, *args, **kwargs):
            self._id = pin._id if isinstance(pin, pin_type) else pin

        def read_u16(self):
            return board.analog.get(self._id, 0)

        def __repr__(self):
            return f"ADC({self._id})"

    return ADC


def make_module(rt: Any) -> dict[str, object]:
    """The machine module of runtime `rt`."""
    board = board_for(rt)
    pin = _make_pin(board, rt)
    state = {"freq": 160_000_000}

    def freq(*args):
        if not args:
            return state["freq"]
        if args[0] <= 0:
            raise ValueError("frequency must be positive")
        state["freq"] = int(args[0])
        return None

    def unique_id():
        return b"vboard"

    def reset_cause():
        return 1

    def idle():
        # A real idle() returns at the next interrupt, at the latest at the next system tick: 1 ms here.
        board.advance_us(1000)

    def lightsleep(ms=None):
        board.advance_us(0 if ms is None else int(ms) * 1000)

    def disable_irq():
        old = board.irq_enabled
        board.irq_enabled = False
        return old

    def enable_irq(state=True):
        board.irq_enabled = bool(state)
        board.flush()

    return {
        "__name__": "machine",
        "Pin": pin,
        "Signal": _make_signal(pin),
        "Timer": _make_timer(board, rt),
        "PWM": _make_pwm(board, pin),
        "ADC": _make_adc(board, pin),
        "freq": freq,
        "unique_id": unique_id,
        "reset_cause": reset_cause,
        "PWRON_RESET": 1,
        "HARD_RESET": 2,
        "WDT_RESET": 3,
        "DEEPSLEEP_RESET": 4,
        "SOFT_RESET": 5,
        "idle": idle,
        "lightsleep": lightsleep,
        "disable_irq": disable_irq,
        "enable_irq": enable_irq,
    }


def make_vboard(rt: Any) -> dict[str, object]:
    """The vboard module: the test bench of the virtual board (not part of MicroPython)."""
    board = board_for(rt)

    def drive(pin_id, value):
        board.drive(pin_id, value)

    def release(pin_id):
        board.release(pin_id)

    def history():
        return list(board.changes)

    def timeline():
        return list(board.stamped)

    def advance_ms(n):
        if n < 0:
            raise ValueError(f"vboard.advance_ms expects a non-negative number of ms, got {n}")
        board.advance_us(round(n * 1000))

    def reset():
        board.reset()

    def set_analog(pin_id, value):
        if not isinstance(value, int) or not 0 <= value <= 65535:
            raise ValueError(f"vboard.set_analog expects 0..65535, got {value!r}")
        board.analog[pin_id] = value

    def pwm(pin_id):
        return board.pwm.get(pin_id)

    return {"__name__": "vboard", "drive": drive, "release": release, "history": history,
            "timeline": timeline, "advance_ms": advance_ms, "reset": reset, "set_analog": set_analog, "pwm": pwm}
