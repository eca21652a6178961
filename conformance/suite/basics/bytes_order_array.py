# mpconform: features=module:array,module:micropython
# MicroPython orders bytes and arrays by their raw memory (CPython refuses to order them).
import array

A = array.array("B", [65, 66])
print(b"A" < A, b"B" < A, A < b"B", A >= b"AB", A > b"AB")
print(bytearray(b"A") < A, A <= bytearray(b"AB"))
