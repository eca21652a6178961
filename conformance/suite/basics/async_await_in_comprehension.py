# mpconform: features=async
# await inside a list comprehension in a coroutine
async def val(x):
    return x
async def main():
    return [await val(i) for i in range(3)]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
