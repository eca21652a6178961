# mpconform: features=machine,vboard
# A button interrupt wakes a task; the bench presses the button from another task.
import asyncio
from machine import Pin
import vboard

pressed = asyncio.Event()
button = Pin(0, Pin.IN, Pin.PULL_UP)
button.irq(lambda p: pressed.set(), Pin.IRQ_FALLING)


async def press_later():
    await asyncio.sleep_ms(50)
    vboard.drive(0, 0)


async def main():
    asyncio.create_task(press_later())
    await pressed.wait()
    print("pressed", button.value())


asyncio.run(main())
