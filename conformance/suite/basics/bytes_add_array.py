# mpconform: features=module:array
# bytes and bytearray concatenate with an array's raw memory.
import array

print(b"x" + array.array("h", [1]))
print(b"" + array.array("B", [65, 66]))
print(bytearray(b"x") + array.array("B", [65]))
print(bytearray(b"x") + array.array("i", [-1]))
b = bytearray(b"ab")
b += array.array("B", [99])
print(b)
b.extend(array.array("h", [2]))
print(b)
