# mpconform: features=memoryview,module:array,module:micropython
# MicroPython truncates a value written through a memoryview to the item size (CPython raises ValueError).
import array

a = array.array("h", [0, 0])
m = memoryview(a)
m[0] = 70000
m[1] = -40000
print(a)
b = bytearray(2)
mb = memoryview(b)
mb[0] = 256
mb[1] = -1
print(b)
