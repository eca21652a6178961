# mpconform: features=module:array
# bytes() and bytearray() of an array copy its little-endian memory.
import array

a = array.array("H", [258, 1])
print(bytes(a), bytearray(a))
print(bytes(array.array("i", [-1])))
b = bytearray(a)
b[0] = 0
print(a, b)
print(bytes(array.array("B")), len(bytes(array.array("q", [1, 2]))))
print(str(bytes(array.array("B", b"ab")), "ascii"))
