# mpconform: features=unicode

s = "\u00e9\u00e9"
try:
    s[2]
except IndexError:
    print("IndexError")
print(s[-2] == "\u00e9")
try:
    s[-3]
except IndexError:
    print("IndexError")
