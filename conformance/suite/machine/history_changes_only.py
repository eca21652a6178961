# mpconform: features=machine,vboard
# The history records changes of level, not every write.
from machine import Pin
import vboard
p = Pin(9, Pin.OUT)
p.off()
p.on()
p.on()
p.value(1)
p.off()
p.off()
print(vboard.history())
