# mpconform: features=memoryview,module:array,bigint
# 64-bit items seen through a memoryview keep their full value.
import array

m = memoryview(array.array("q", [-(2 ** 63), 2 ** 40]))
print(len(m), m[0], m[1])
m = memoryview(array.array("Q", [2 ** 64 - 1]))
print(m[0])
m = memoryview(array.array("L", [2 ** 32 - 1, 2 ** 33]))
print(list(m))
