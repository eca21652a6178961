# mpconform: features=machine,vboard
# Bad modes and pulls are ValueErrors.
from machine import Pin
try:
    Pin(1, 99)
except ValueError:
    print("ValueError mode")
try:
    Pin(1, Pin.IN, 77)
except ValueError:
    print("ValueError pull")
