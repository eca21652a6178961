# mpconform: heap=512k

s = "abcdefghij" * 10000
print(len(s), s.count("j"), s[-3:], s.find("ja", 99990))
