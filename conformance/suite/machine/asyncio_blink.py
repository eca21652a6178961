# mpconform: features=machine,vboard
# An asyncio task blinks an LED while another counts; virtual time keeps them in step.
import asyncio
import time
from machine import Pin
import vboard

led = Pin(2, Pin.OUT)


async def blink(n):
    for _ in range(n):
        led.toggle()
        await asyncio.sleep_ms(100)


async def count(n):
    for i in range(n):
        await asyncio.sleep_ms(130)
        print("count", i, led.value())


async def main():
    t0 = time.ticks_ms()
    await asyncio.gather(blink(6), count(3))
    print(time.ticks_diff(time.ticks_ms(), t0))


asyncio.run(main())
print(vboard.history())
