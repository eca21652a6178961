# mpconform: features=async
# a tiny round-robin scheduler built from send(None)
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits via iteration
async def worker(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await Yield()
    return name
def run(coros):
    results = []
    while coros:
        c = coros.pop(0)
        try:
            c.send(None)
            coros.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
log = []
print(run([worker("a", 3, log), worker("b", 2, log)]))
print(log)
