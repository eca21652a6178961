import asyncio
import time
t0 = time.ticks_ms()
def now():
    return time.ticks_diff(time.ticks_ms(), t0) // 10 * 10
log = []
async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep_ms(delay)
        log.append((name, i))
    return name * 2
async def boom(d):
    await asyncio.sleep_ms(d)
    raise ValueError('boom %d' % d)
async def main():
    r = await asyncio.gather(worker('a', 90, 3), worker('b', 150, 2))
    print(r, log)
    t = asyncio.create_task(worker('c', 10, 100))
    await asyncio.sleep_ms(35)
    print(t.cancel(), t.done())
    await asyncio.sleep_ms(1)
    print(t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    try:
        await asyncio.wait_for(worker('d', 100, 1), 0.05)
    except asyncio.TimeoutError:
        print('timeout')
    print(await asyncio.wait_for_ms(worker('e', 10, 1), 100))
    try:
        await asyncio.gather(boom(20), worker('f', 10, 5))
    except ValueError as e:
        print('gather raised', e)
    print([str(x) for x in await asyncio.gather(boom(5), worker('g', 1, 1), return_exceptions=True)])
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print('woke', i, ev.is_set())
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('setting')
    ev.set()
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    out = []
    async def crit(i):
        async with lock:
            out.append(('in', i))
            await asyncio.sleep_ms(5)
            out.append(('out', i))
    await asyncio.gather(*[crit(i) for i in range(3)])
    print(out, lock.locked())
    return 'main result'
print(asyncio.run(main()))
async def sub():
    return 42
async def outer():
    x = await sub()
    t = asyncio.create_task(sub())
    y = await t
    return x + y
print(asyncio.run(outer()))
