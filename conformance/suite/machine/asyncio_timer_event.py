# mpconform: features=machine,vboard
# A hardware timer callback sets an asyncio Event that a task is waiting on.
import asyncio
import time
from machine import Timer

ev = asyncio.Event()
t0 = time.ticks_ms()


async def main():
    Timer(-1, mode=Timer.ONE_SHOT, period=300, callback=lambda t: ev.set())
    await ev.wait()
    print("event after", time.ticks_diff(time.ticks_ms(), t0), "ms")


asyncio.run(main())
