# mpconform: features=machine,vboard
# value= in the constructor sets the initial output level.
from machine import Pin
import vboard
a = Pin(2, Pin.OUT, value=1)
b = Pin(3, Pin.OUT, value=0)
print(a.value(), b.value())
print(vboard.history())
