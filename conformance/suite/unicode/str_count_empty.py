# mpconform: features=unicode

s = "\u00e9\u00e9\u00e9"
print(s.count(""), s.count("\u00e9"), s.count("\u00e9\u00e9"))
