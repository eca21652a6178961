# mpconform: features=machine,vboard
# Waiting for a timer flag with machine.idle() terminates: idle lets virtual time pass.
import machine
import time
from machine import Timer
done = []
t0 = time.ticks_ms()
Timer(-1, mode=Timer.ONE_SHOT, period=7, callback=lambda t: done.append(1))
while not done:
    machine.idle()
print(time.ticks_diff(time.ticks_ms(), t0))
