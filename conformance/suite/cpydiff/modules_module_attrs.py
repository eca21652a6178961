"""
categories: Modules,builtins
description: Built-in modules take no new attributes, and the module type cannot be called
cause: A built-in module's namespace is a fixed table in ROM; modules are made by import only.
workaround: Keep program state in a module of your own, which is writable.
"""
import math

try:
    math.answer = 42
    print(math.answer)
except AttributeError as e:
    print("AttributeError", e)
try:
    print(type(math)("made"))
except TypeError as e:
    print("TypeError", e)
