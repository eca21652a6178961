# mpconform: features=machine,vboard
# Writing an input pin stores the level; it reaches the wire when the pin becomes an output.
from machine import Pin
import vboard
p = Pin(8, Pin.IN)
p.value(1)
print(vboard.history())
p.init(Pin.OUT)
print(p.value())
print(vboard.history())
