# mpconform: features=async
# Forms that must compile inside an async def: nested await, async for/with, await in expressions.
src = """
async def f(x):
    async with x as y:
        pass
    async for i in x:
        pass
    a = await x + await x
    b = [await x, (await x)]
    return await (await x)
"""
code = compile(src, "<test>", "exec")
ns = {}
exec(code, ns)
print(callable(ns["f"]), sorted(k for k in ns if k != "__builtins__"))
