# mpconform: features=machine,vboard
# Constructing a pin again gives the same pin; omitted arguments keep the current configuration.
from machine import Pin
import vboard
a = Pin(5, Pin.OUT)
a.on()
b = Pin(5)
print(a is b)
b.off()
print(a.value())
print(vboard.history())
