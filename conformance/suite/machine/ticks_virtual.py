# mpconform: features=machine,vboard
# Virtual time: sleeps advance ticks exactly.
import time
t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(250)
time.sleep_us(500)
time.sleep(1)
print(time.ticks_diff(time.ticks_ms(), t0))
print(time.ticks_diff(time.ticks_us(), u0))
