# mpconform: features=machine,vboard
# Fading an LED with PWM: the bench sees the frequency and duty last set.
import time
from machine import Pin, PWM
import vboard

led = PWM(Pin(2), freq=1000, duty_u16=0)
print(vboard.pwm(2))
for duty in range(0, 65536, 16384):
    led.duty_u16(duty)
    time.sleep_ms(10)
print(vboard.pwm(2), led.duty_u16(), led.freq())
led.freq(500)
print(vboard.pwm(2))
led.deinit()
print(vboard.pwm(2))
try:
    led.duty_u16(70000)
except ValueError:
    print("ValueError")
