"""
categories: Syntax,async
description: await inside a comprehension is a SyntaxError
cause: The port compiles a comprehension as a nested non-async function, where await is outside a coroutine.
workaround: Use an explicit for loop inside the coroutine.
"""
try:
    exec("async def f(xs):\n    return [await x for x in xs]\nprint('compiled')")
except SyntaxError:
    print("SyntaxError")
