# mpconform: features=module:array,bytearray
# bytes() and bytearray() copy an array's memory; the copy is independent.
import array

a = array.array("h", [1, -2])
b = bytes(a)
ba = bytearray(a)
print(b, ba, len(b), len(ba))
a[0] = 0
print(b, ba)
print(bytes(array.array("B", range(5))), bytearray(array.array("b", [-1, -128])))
