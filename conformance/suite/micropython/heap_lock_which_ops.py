# mpconform: features=module:micropython
# While the heap is locked, operations that allocate raise MemoryError and those that do not still work.
import micropython

x = 5


def locked(f):
    micropython.heap_lock()
    try:
        r = f()
    except MemoryError:
        r = "MemoryError"
    micropython.heap_unlock()
    return r


print(locked(lambda: x + 1))
print(locked(lambda: [1, 2]))
print(locked(lambda: "a" + str(x)))
print(locked(lambda: {}.get(1)))
print(locked(lambda: (1, 2)))
print(locked(lambda: len("abc")))
print(locked(lambda: x * 1000 < 10 ** 6))
