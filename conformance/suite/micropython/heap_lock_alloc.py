# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

micropython.heap_lock()
try:
    x = [1, 2, 3]
    print("allocated")
except MemoryError:
    y = 1
finally:
    micropython.heap_unlock()
print("MemoryError" if "y" in dir() else "no error")
