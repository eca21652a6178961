# mpconform: features=machine,vboard
# With interrupts disabled, handlers wait until enable_irq.
import machine
from machine import Pin
import vboard
hits = []
Pin(0, Pin.IN, Pin.PULL_UP).irq(lambda p: hits.append(1), Pin.IRQ_FALLING)
state = machine.disable_irq()
vboard.drive(0, 0)
print(len(hits))
machine.enable_irq(state)
print(len(hits))
