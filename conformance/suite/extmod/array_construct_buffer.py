# mpconform: features=module:array
# bytes and bytearray initialisers are taken as raw memory.
import array

print(array.array("B", b"\x01\x02\xff"))
print(array.array("b", b"\x01\x02\xff"))
print(array.array("h", b"\x01\x00\xff\xff"))
print(array.array("H", bytearray(b"\x00\x01")))
print(array.array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(array.array("b", b""))
print(array.array("I", bytearray(4)))
