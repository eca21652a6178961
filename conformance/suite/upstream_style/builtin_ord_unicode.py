print(ord("\u00e9"), ord("\u20ac"), ord("\U0001F600"))
print(chr(233) == "\u00e9", chr(0x20AC) == "\u20ac")
print(len(chr(0x1F600)), len(chr(0x1F600).encode()))
print(chr(0x7F).encode(), chr(0x80).encode(), chr(0x800).encode())
