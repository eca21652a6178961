"""
categories: Core,import
description: math.pi and errno.ENOENT are constants folded when compiling: they cannot be assigned or deleted
cause: The port's parser replaces a number constant of a module in its constants table (math, errno) by its value, whatever the module's name is bound to.
workaround: Do not assign to or delete module constants, and do not rebind the names math and errno.
"""
import math

try:
    exec("math.pi = 3")
    print(math.pi)
except SyntaxError as e:
    print("SyntaxError", e)
