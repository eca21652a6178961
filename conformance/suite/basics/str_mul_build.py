# string building by repeated concatenation
s = ""
for i in range(100):
    s += chr(65 + i % 26)
print(len(s), s[:30], s.count("A"))
