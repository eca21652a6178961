# mpconform: features=async
# exceptions inside awaited coroutines propagate to the awaiting one
async def bad():
    raise KeyError("inner")
async def main():
    try:
        await bad()
    except KeyError as e:
        return "caught " + e.args[0]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
