# mpconform: features=machine,vboard
# A switch interrupt lights an LED: the output history shows the reaction.
from machine import Pin
import vboard
led = Pin(2, Pin.OUT)
button = Pin(0, Pin.IN, Pin.PULL_UP)


def pressed(pin):
    led.value(not pin.value())


button.irq(pressed, Pin.IRQ_FALLING | Pin.IRQ_RISING)
vboard.drive(0, 0)
print(led.value())
vboard.drive(0, 1)
print(led.value())
print(vboard.history())
