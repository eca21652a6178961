# mpconform: features=unicode

for b in (b"\x41", b"\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80"):
    s = b.decode("utf-8")
    print(len(b), len(s), hex(ord(s)))
print(str(b"\xc3\xa9t\xc3\xa9", "utf-8") == "\u00e9t\u00e9")
