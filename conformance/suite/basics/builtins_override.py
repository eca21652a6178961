# Assigning into the builtins module changes what every unqualified name lookup finds.
import builtins

print(type(builtins).__name__, builtins.len is len, hasattr(builtins, "print"))
old_abs = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))


def uses_abs():
    return abs(-2)


print(uses_abs())
builtins.abs = old_abs
print(abs(-1), uses_abs())
builtins.brand_new = 42
print(brand_new)
del builtins.brand_new
try:
    brand_new
except NameError:
    print("NameError")
abs = lambda x: "module global wins"
print(abs(-3), builtins.abs(-3))
del abs
print(abs(-3))
