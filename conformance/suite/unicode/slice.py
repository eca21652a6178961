# mpconform: features=unicode

s = "\u03b1\u03b2\u03b3\u03b4\u03b5"
print(s[1:3], s[:2], s[3:], s[-2:])
print(len(s[1:4]), s[2:2] == "")
print(s[1:4] + s[0])
