# mpconform: features=async
# a coroutine driven by hand with send(None) returns through StopIteration
async def f(x):
    return x * 2
c = f(21)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
