"""
categories: Syntax,async
description: await is accepted in any function, not only in async def
cause: The port's compiler checks only that await is inside a def or lambda, which it then makes a generator.
workaround: Use await inside async def only.
"""
try:
    exec("def f(x):\n    await x\nprint('compiled')")
except SyntaxError:
    print("SyntaxError")
