# mpconform: features=unicode

s = "\u20ac" * 3
print(len(s), len(s.encode()), len(bytes(s, "utf-8")))
print(bytes(s, "utf-8").decode() == s)
