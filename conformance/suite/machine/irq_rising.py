# mpconform: features=machine,vboard
# IRQ_RISING fires on 0 -> 1 only.
from machine import Pin
import vboard
seen = []
p = Pin(14, Pin.IN, Pin.PULL_DOWN)
p.irq(lambda pin: seen.append(pin.value()), Pin.IRQ_RISING)
for level in (1, 0, 1, 1, 0, 0, 1):
    vboard.drive(14, level)
print(seen)
