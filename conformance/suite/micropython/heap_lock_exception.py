# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

# Raising a pre-allocated exception instance works while the heap is locked.
def check(err):
    caught = False
    micropython.heap_lock()
    try:
        raise err
    except ValueError:
        caught = True
    micropython.heap_unlock()
    return caught


err = ValueError("ready")
print(check(err), err.args)
