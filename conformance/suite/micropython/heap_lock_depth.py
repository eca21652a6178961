# mpconform: features=module:micropython
# heap_lock/heap_unlock nest: heap_unlock returns the remaining lock depth.
import micropython

print(micropython.heap_lock(), micropython.heap_lock())
print(micropython.heap_unlock(), micropython.heap_unlock())
print(hasattr(micropython, "heap_locked"))
