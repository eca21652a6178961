# mpconform: features=unicode

s = "h\u00e9llo w\u00f6rld \u4e2d\u6587"
print(len(s))
print(s[1], s[-1], s[-2], s[7])
print(ord(s[1]), ord(s[-1]))
