# mpconform: features=module:micropython
# The MemoryError raised by an allocation under heap_lock, seen after unlocking.
import micropython

micropython.heap_lock()
try:
    [0] * 10
except MemoryError as e:
    micropython.heap_unlock()
    print(repr(e), e.args, type(e).__name__)
else:
    micropython.heap_unlock()
    print("no error")
