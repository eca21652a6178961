# mpconform: features=machine,vboard
# on()/off() set an output and value() reads back what was written.
from machine import Pin
import vboard
p = Pin(2, Pin.OUT)
print(p.value())
p.on()
print(p.value())
p.off()
print(p.value())
print(vboard.history())
