# mpconform: features=unicode
# methods on non-ASCII strings
s = "caf\u00e9 \u00fcber"
print(s.split() == ["caf\u00e9", "\u00fcber"])
print(s.find("\u00fc"), s[3:6].encode(), s.replace("\u00e9", "e").encode())
print(chr(0x20ac).encode(), ord("\u20ac"))
print(b"\xe2\x82\xac".decode() == "\u20ac")
