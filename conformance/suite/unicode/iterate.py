# mpconform: features=unicode

s = "a\u00e9\u4e2d\U0001f600"
print([ord(c) for c in s])
print(len(list(s)))
for i, c in enumerate(s):
    print(i, hex(ord(c)))
