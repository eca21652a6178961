# mpconform: features=unicode

words = ["\u00e9", "e", "z", "\u4e2d", "a", "\u00c9"]
print([hex(ord(w)) for w in sorted(words)])
print("\u00e9" > "z", "\u00e9" < "\u4e2d", "a\u00e9" == "a\u00e9")
