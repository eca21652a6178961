# mpconform: features=async
# a coroutine function is not a generator: calling it does not run the body
async def f():
    print("body")
    return 1
c = f()
print("not run yet")
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
