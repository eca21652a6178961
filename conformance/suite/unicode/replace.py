# mpconform: features=unicode

s = "\u00e9l\u00e9ment"
print(s.replace("\u00e9", "e"))
print(s.replace("\u00e9", "\u00c9", 1) == "\u00c9l\u00e9ment")
print(len(s.replace("\u00e9", "")))
