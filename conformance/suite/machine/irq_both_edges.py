# mpconform: features=machine,vboard
# Both triggers: every change of level calls the handler, which receives the pin.
from machine import Pin
import vboard
log = []


def on_change(pin):
    log.append((pin, pin.value()))


p = Pin(15, Pin.IN)
p.irq(handler=on_change, trigger=Pin.IRQ_RISING | Pin.IRQ_FALLING)
for level in (1, 1, 0, 1, 0):
    vboard.drive(15, level)
print(len(log))
print(log)
print(log[0][0] is p)
