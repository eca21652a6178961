# find with negative start and end
s = "abcabc"
print(s.find("a", -3), s.find("c", -4, -1), s.rfind("b", 0, -2), s.find("a", 10))
