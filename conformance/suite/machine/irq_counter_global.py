# mpconform: features=machine,vboard
# A handler updating a global counter, the usual debounce-free switch counter.
from machine import Pin
import vboard
count = 0


def isr(pin):
    global count
    count += 1


Pin(0, Pin.IN, Pin.PULL_UP).irq(trigger=Pin.IRQ_FALLING, handler=isr)
for _ in range(5):
    vboard.drive(0, 0)
    vboard.drive(0, 1)
print(count)
