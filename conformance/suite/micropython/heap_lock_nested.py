# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

def attempt():
    micropython.heap_lock()
    micropython.heap_lock()
    micropython.heap_unlock()
    try:
        l = [0] * 10
        result = "allocated"
    except MemoryError:
        result = "still locked"
    micropython.heap_unlock()
    return result


print(attempt())
print(len([0] * 10))
