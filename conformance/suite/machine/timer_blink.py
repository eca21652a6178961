# mpconform: features=machine,vboard
# A timer blinks an LED; the timeline shows when each change happened (ms of virtual time).
import time
from machine import Pin, Timer
import vboard
led = Pin(2, Pin.OUT)
t0 = time.ticks_ms()
tim = Timer(-1, period=250, mode=Timer.PERIODIC, callback=lambda t: led.toggle())
time.sleep_ms(1000)
tim.deinit()
print(vboard.history())
print([(time.ticks_diff(ms, t0), pin, v) for ms, pin, v in vboard.timeline()])
