# mpconform: features=unicode

s = "\u00e9t\u00e9,hiver,\u00e9t\u00e9"
parts = s.split(",")
print(len(parts), [len(p) for p in parts])
print("\u2014".join(parts) == "\u00e9t\u00e9\u2014hiver\u2014\u00e9t\u00e9")
print(s.split("\u00e9"))
