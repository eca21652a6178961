# mpconform: features=bytearray
# bytearray is mutable: item assignment, append, extend
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba))
ba += b"!"
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "utf-8"))
