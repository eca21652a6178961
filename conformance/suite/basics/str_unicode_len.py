# mpconform: features=unicode
# len and indexing count characters, not bytes
s = "h\u00e9llo \u4e16\u754c"
print(len(s), len(s.encode()))
print(s[1] == "\u00e9", s[-1] == "\u754c", ord(s[6]))
print(s.encode())
