# exec with a __builtins__ entry, and builtins changed while code runs in another namespace.
import builtins

ns = {}
exec("x = len('abcd')", ns)
print(ns["x"])
orig = builtins.len
builtins.len = lambda s: -1
exec("y = len('abcd')", ns)
builtins.len = orig
print(ns["y"], len("abcd"))
