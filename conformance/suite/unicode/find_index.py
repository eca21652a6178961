# mpconform: features=unicode

s = "na\u00efve caf\u00e9 na\u00efve"
print(s.find("caf"), s.find("\u00e9"), s.rfind("na\u00ef"), s.find("zz"))
print(s.index("ve"), s.count("\u00ef"))
print("\u00e9" in s, "x" in s)
