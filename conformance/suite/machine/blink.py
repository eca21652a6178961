# mpconform: features=machine,vboard
# Seed program 1: blink an LED on Pin 5 with a sleep loop; the virtual board records every level change.
import time
from machine import Pin
import vboard

led = Pin(5, Pin.OUT)
for i in range(6):
    led.value(not led.value())
    time.sleep_ms(500)
print(vboard.history())
print(led.value())
