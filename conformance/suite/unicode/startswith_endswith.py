# mpconform: features=unicode

s = "\u4e2d\u6587\u5b57"
print(s.startswith("\u4e2d"), s.endswith("\u5b57"), s.startswith("\u6587"))
print(s.startswith("\u6587", 1))
