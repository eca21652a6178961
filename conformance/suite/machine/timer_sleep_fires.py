# mpconform: features=machine,vboard
# time.sleep_ms lets virtual time pass, so timers fire during the sleep.
import time
from machine import Timer
n = [0]


def cb(t):
    n[0] += 1


tim = Timer(-1, mode=Timer.PERIODIC, period=10, callback=cb)
time.sleep_ms(95)
print(n[0])
time.sleep(0.05)
print(n[0])
tim.deinit()
