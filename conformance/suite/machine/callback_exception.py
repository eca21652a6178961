# mpconform: features=machine,vboard
# An exception in a timer callback is printed and the program goes on; the timer keeps running.
import time
from machine import Timer

n = []


def cb(t):
    n.append(1)
    if len(n) == 2:
        raise ValueError("second tick")


tim = Timer(-1, mode=Timer.PERIODIC, period=10, callback=cb)
time.sleep_ms(35)
tim.deinit()
print("ticks", len(n))
