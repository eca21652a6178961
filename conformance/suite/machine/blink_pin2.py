# mpconform: features=machine,vboard
# The blink seed program on Pin 2 with on()/off() and sleep().
import time
from machine import Pin
import vboard
led = Pin(2, Pin.OUT)
for _ in range(3):
    led.on()
    time.sleep(0.5)
    led.off()
    time.sleep(0.5)
print(vboard.history())
