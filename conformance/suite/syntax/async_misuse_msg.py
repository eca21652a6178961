# mpconform: features=async,module:micropython
# The unix port's messages for misplaced await / async for / async with.
for src in (
    "await x",
    "async with x:\n    pass",
    "def f():\n    async for i in x:\n        pass",
    "async def f():\n    x = [await y for y in z]",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e)
