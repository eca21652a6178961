# mpconform: features=unicode

s = "\u00e9" + "\u4e2d"
print(len(s), len(s * 3), (s * 2)[3] == "\u4e2d")
print(s * 0 == "")
