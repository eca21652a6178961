# mpconform: features=machine,vboard
# An ADC reads the analog level the bench sets; a threshold switches an LED.
from machine import ADC, Pin
import vboard

pot = ADC(Pin(26))
led = Pin(25, Pin.OUT)
print(pot.read_u16())
for level in (1000, 40000, 65535, 20000):
    vboard.set_analog(26, level)
    led.value(pot.read_u16() > 32768)
    print(level, pot.read_u16(), led.value())
print(vboard.history())
