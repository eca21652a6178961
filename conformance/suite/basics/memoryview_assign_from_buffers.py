# mpconform: features=memoryview,bytearray,module:array
# A memoryview slice of a bytearray takes bytes, bytearray, memoryview and byte arrays of the same size.
import array

b = bytearray(b"abcdefgh")
m = memoryview(b)
m[0:2] = b"AB"
m[2:4] = bytearray(b"CD")
m[4:6] = memoryview(b"EF")
m[6:8] = array.array("B", [ord("G"), ord("H")])
print(b)
b2 = bytearray(6)
b2[1:3] = memoryview(b"xy")
b2[3:5] = array.array("B", [1, 2])
print(b2)
