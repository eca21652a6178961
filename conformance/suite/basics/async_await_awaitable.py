# mpconform: features=async
# await on a hand-written awaitable suspends and resumes the coroutine
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return "resumed with %s" % got
    __iter__ = __await__  # MicroPython awaits via iteration
async def main():
    a = await Suspend("first")
    print(a)
    b = await Suspend("second")
    print(b)
    return "done"
c = main()
print("yielded", c.send(None))
print("yielded", c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("finished", e.value)
