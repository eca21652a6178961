# mpconform: features=machine,vboard
# A level driven before the pin is constructed is what the new input reads.
from machine import Pin
import vboard
vboard.drive(7, 1)
p = Pin(7, Pin.IN, Pin.PULL_DOWN)
print(p.value())
vboard.drive(7, 0)
print(p.value())
