# mpconform: features=unicode

for s in ("a", "\u00e9", "\u20ac", "\U0001f600", "\u07ff", "\u0800", "\uffff"):
    b = s.encode()
    print(hex(ord(s)), len(b), b)
