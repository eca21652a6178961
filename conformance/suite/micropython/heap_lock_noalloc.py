# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

def compute(a):
    # Small-int arithmetic in locals allocates nothing.
    micropython.heap_lock()
    b = a + 1
    micropython.heap_unlock()
    return b


print(compute(5))
