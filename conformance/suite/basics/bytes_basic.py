# bytes construction, indexing gives ints
b = b"abc"
print(b, b[0], b[-1], b[1:], len(b), list(b))
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("hi", "utf-8"))
print(b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc")
