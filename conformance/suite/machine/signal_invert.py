# mpconform: features=machine,vboard
# Signal(pin, invert=True): on() drives the pin low (an active-low LED).
from machine import Pin, Signal
import vboard
led = Signal(Pin(2, Pin.OUT, value=1), invert=True)
print(led.value())
led.on()
print(led.value(), Pin(2).value())
led.off()
print(led.value(), Pin(2).value())
print(vboard.history())
