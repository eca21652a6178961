# mpconform: features=machine,vboard
# An undriven input reads its pull: PULL_UP -> 1, PULL_DOWN or none -> 0.
from machine import Pin
print(Pin(0, Pin.IN, Pin.PULL_UP).value())
print(Pin(1, Pin.IN, Pin.PULL_DOWN).value())
print(Pin(3, Pin.IN).value())
print(Pin(4, Pin.IN, None).value())
