# mpconform: features=machine,vboard
# Seed program 2: read a switch on Pin 0 (pulled up, active low) with an interrupt handler.
from machine import Pin
import vboard

presses = []


def handler(pin):
    presses.append(pin.value())


switch = Pin(0, Pin.IN, Pin.PULL_UP)
switch.irq(handler, Pin.IRQ_FALLING)
print(switch.value())
for level in (0, 1, 0, 0, 1, 0, 1):
    vboard.drive(0, level)
print(len(presses), presses)
print(switch.value())
