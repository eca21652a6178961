# mpconform: features=unicode

print(repr("\u00e9"), repr("\u4e2d"))
print(repr("a\u00e9b"))
print(str(["\u00e9"]))
