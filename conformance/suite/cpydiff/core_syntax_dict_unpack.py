"""
categories: Core,Syntax
description: Dictionary unpacking (**) inside a dict display is a SyntaxError
cause: MicroPython's grammar allows ** only in calls, not as an item of a dict display ({**a, **b}).
workaround: Build the dict in steps: d = dict(a); d.update(b).
"""
a = {"x": 1}
b = {"y": 2}
try:
    print(eval("{**a, **b}"))
except SyntaxError:
    print("SyntaxError")
d = dict(a)
d.update(b)
print(sorted(d.items()))
