# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

import gc
old = gc.threshold()
gc.threshold(4096)
print(gc.threshold())
gc.threshold(old)
print(gc.threshold() == old)
