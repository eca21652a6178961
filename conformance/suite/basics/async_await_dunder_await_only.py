# mpconform: features=async
# an object defining only __await__ (no __iter__) is awaitable
class Suspend:
    def __await__(self):
        got = yield "paused"
        return got
async def main():
    return await Suspend()
c = main()
print(c.send(None))
try:
    c.send("value")
except StopIteration as e:
    print(e.value)
