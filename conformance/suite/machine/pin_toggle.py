# mpconform: features=machine,vboard
# toggle() inverts the output level each call.
from machine import Pin
import vboard
p = Pin(13, Pin.OUT)
for _ in range(3):
    p.toggle()
    print(p.value())
print(vboard.history())
