# mpconform: features=async
# closing a suspended coroutine runs its finally block
class Wait:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits via iteration
async def main():
    try:
        await Wait()
    finally:
        print("finally")
c = main()
c.send(None)
c.close()
print("closed")
