# mpconform: features=async
# await, async for and async with where they cannot appear are rejected at compile time.
for src in (
    "await x",
    "class C:\n    await x",
    "async with x:\n    pass",
    "async for i in x:\n    pass",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for i in x:\n        pass",
    "async def f():\n    return [i async for i in x] if 0 else 0\nasync x",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError:
        print("SyntaxError", repr(src))
