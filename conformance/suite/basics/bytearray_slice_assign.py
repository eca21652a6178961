# mpconform: features=bytearray
# slice assignment on bytearray, growing and shrinking
ba = bytearray(b"0123456789")
ba[2:4] = b"ab"
print(ba)
ba[5:8] = b""
print(ba)
ba[0:0] = b"XY"
print(ba)
ba[1:3] = b"long insertion"
print(ba)
