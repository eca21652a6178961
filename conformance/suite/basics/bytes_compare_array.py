# mpconform: features=module:array
# Equality between bytes-like objects and arrays of bytes.
import array

A = array.array("B", [65, 66])
print(b"AB" == A, A == b"AB")
print(bytearray(b"AB") == A, A == bytearray(b"AB"))
print(bytearray(b"AC") == A, A != bytearray(b"AB"))
print(A == array.array("B", b"AB"))
