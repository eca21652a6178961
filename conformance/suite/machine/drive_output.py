# mpconform: features=machine,vboard
# The bench refuses to drive a pin the program configured as an output.
from machine import Pin
import vboard
Pin(5, Pin.OUT)
try:
    vboard.drive(5, 1)
except ValueError:
    print("ValueError")
