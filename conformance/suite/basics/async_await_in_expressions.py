# mpconform: features=async
# await used inside larger expressions
async def val(x):
    return x
async def main():
    total = await val(1) + await val(2)
    pair = (await val("a"), await val("b"))
    return total, pair
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
