# mpconform: features=machine,vboard
# The bench drives an input; releasing it lets the pull decide again.
from machine import Pin
import vboard
p = Pin(12, Pin.IN, Pin.PULL_UP)
print(p.value())
vboard.drive(12, 0)
print(p.value())
vboard.drive(12, 1)
print(p.value())
vboard.drive(12, 0)
vboard.release(12)
print(p.value())
edges = []
p.irq(lambda pin: edges.append(pin.value()))
vboard.drive(12, 0)
vboard.release(12)
print(edges)
