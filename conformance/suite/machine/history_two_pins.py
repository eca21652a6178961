# mpconform: features=machine,vboard
# Changes on several output pins interleave in the order they happened.
from machine import Pin
import vboard
r = Pin(1, Pin.OUT)
g = Pin(2, Pin.OUT)
r.on()
g.on()
r.off()
g.off()
print(vboard.history())
