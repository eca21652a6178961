# bytes ordering and equality
print(b"a" < b"b", b"ab" < b"abc", b"abc" == b"abc", b"" < b"\x00")
print(sorted([b"b", b"a", b"ab"]))
