# mpconform: features=async
# throw() into a suspended coroutine raises at its await point
class Wait:
    def __await__(self):
        yield "waiting"
    __iter__ = __await__  # MicroPython awaits via iteration
async def main():
    try:
        await Wait()
    except ValueError:
        return "handled"
c = main()
print(c.send(None))
try:
    c.throw(ValueError)
except StopIteration as e:
    print(e.value)
