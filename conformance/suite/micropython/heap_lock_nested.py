# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

micropython.heap_lock()
micropython.heap_lock()
micropython.heap_unlock()
try:
    l = [0] * 10
    ok = "allocated"
except MemoryError:
    ok = "still locked"
micropython.heap_unlock()
print(ok)
print(len([0] * 10))
