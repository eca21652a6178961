# mpconform: features=async,module:micropython
# The unix port accepts await in any function and yield from in an async def (CPython rejects both).
for src in (
    "def f():\n    await x",
    "lambda: await x",
    "async def f():\n    yield from x",
    "async def f():\n    return\n    yield 1",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e)
