# mpconform: features=bytearray
# bytearray compares equal to bytes with the same content
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b")
print(bytes(bytearray(b"x")) == b"x")
