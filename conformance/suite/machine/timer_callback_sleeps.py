# mpconform: features=machine,vboard
# A callback may itself read the clock: it runs at its deadline.
import time
from machine import Timer
import vboard
t0 = time.ticks_ms()
when = []
tm = Timer(-1, mode=Timer.ONE_SHOT, period=40, callback=lambda t: when.append(time.ticks_diff(time.ticks_ms(), t0)))
vboard.advance_ms(100)
print(when, time.ticks_diff(time.ticks_ms(), t0))
