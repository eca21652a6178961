# mpconform: features=machine,vboard
# repr of a pin names its id.
from machine import Pin
print(Pin(4))
print(repr(Pin(21, Pin.OUT)))
