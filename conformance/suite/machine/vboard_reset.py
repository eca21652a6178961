# mpconform: features=machine,vboard
# vboard.reset() clears the history and stops timers.
from machine import Pin, Timer
import vboard
p = Pin(3, Pin.OUT)
p.on()
n = []
Timer(-1, period=10, callback=lambda t: n.append(1))
vboard.reset()
vboard.advance_ms(100)
print(vboard.history(), len(n))
p = Pin(3, Pin.OUT)
p.on()
print(vboard.history())
