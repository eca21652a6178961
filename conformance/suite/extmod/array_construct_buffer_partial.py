# mpconform: features=module:array,module:micropython
# A bytes initialiser whose length is not a multiple of the item size: MicroPython drops the tail.
import array

print(array.array("h", b"\x01"))
print(array.array("h", b"\x01\x02\x03"))
print(array.array("i", b"\x01\x00\x00\x00\x09"))
