# mpconform: features=memoryview,module:array
# Slices of a memoryview of an array count items and share the array's memory.
import array

a = array.array("i", [10, 20, 30, 40])
m = memoryview(a)
s = m[1:3]
print(len(s), s[0], list(s), list(m[2:]), list(m[:-3]))
s[0] = -1
print(a)
print(bytes(m[3:]))
