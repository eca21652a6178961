# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

def attempt():
    # Locals only: storing a global could itself allocate while the heap is locked.
    micropython.heap_lock()
    try:
        x = [1, 2, 3]
        result = "allocated"
    except MemoryError:
        result = "MemoryError"
    micropython.heap_unlock()
    return result


print(attempt())
