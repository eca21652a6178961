# mpconform: features=memoryview,module:array,bigint
# Storing 64-bit values through a memoryview of a 'q'/'Q' array.
import array

a = array.array("Q", [0, 0])
m = memoryview(a)
m[0] = 2 ** 64 - 1
m[1] = 2 ** 40
print(a)
b = array.array("q", [0])
memoryview(b)[0] = -(2 ** 62)
print(b)
