# mpconform: heap=128k

s = ""
for i in range(3000):
    s += chr(97 + i % 26)
print(len(s), s[:26] == "abcdefghijklmnopqrstuvwxyz", s[-1])
