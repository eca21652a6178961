# mpconform: features=machine,vboard
# irq(handler) without a trigger reacts to both edges.
from machine import Pin
import vboard
count = [0]


def h(pin):
    count[0] += 1


p = Pin(16, Pin.IN, Pin.PULL_UP)
p.irq(h)
vboard.drive(16, 0)
vboard.drive(16, 1)
print(count[0])
