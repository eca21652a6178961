# mpconform: features=unicode

d = {"\u00e9": 1, "\u4e2d": 2}
print(d["\u00e9"], d["\u4e2d"], "\u00e9" in d)
print(sorted(ord(k) for k in d))
