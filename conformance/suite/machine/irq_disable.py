# mpconform: features=machine,vboard
# irq(None) removes the handler: later edges are not reported.
from machine import Pin
import vboard
hits = []
p = Pin(0, Pin.IN, Pin.PULL_UP)
p.irq(lambda pin: hits.append(1), Pin.IRQ_FALLING)
vboard.drive(0, 0)
vboard.drive(0, 1)
p.irq(None)
vboard.drive(0, 0)
print(len(hits))
