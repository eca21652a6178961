# mpconform: features=unicode

s = "ab\u00e9\u4e2d"
r = "".join(reversed(s))
print([hex(ord(c)) for c in r])
print(r[0] == "\u4e2d")
