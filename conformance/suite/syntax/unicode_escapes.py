# mpconform: features=unicode
# \u, \U and \x escapes produce code points
s = "\u00e9\U0001F600\x41"
print(len(s), [hex(ord(c)) for c in s])
