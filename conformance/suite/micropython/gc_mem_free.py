# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

import gc
gc.collect()
f = gc.mem_free()
a = gc.mem_alloc()
print(f > 0, a > 0)
x = bytearray(10000)
print(gc.mem_free() < f)
