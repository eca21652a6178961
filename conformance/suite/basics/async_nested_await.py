# mpconform: features=async
# coroutines awaiting coroutines
async def leaf(v):
    return v + 1
async def mid(v):
    a = await leaf(v)
    b = await leaf(a)
    return a, b
async def top():
    return await mid(1)
c = top()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
