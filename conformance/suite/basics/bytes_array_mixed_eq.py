# mpconform: features=module:array,module:micropython
# MicroPython cannot compare a bytearray with an array of wider items (NotImplementedError).
import array

try:
    print(bytearray(b"\x01\x00") == array.array("h", [1]))
except NotImplementedError:
    print("NotImplementedError")
print(b"\x01\x00" == array.array("h", [1]))
print(array.array("h", [1]) == b"\x01\x00")
