# mpconform: heap=256k

b = bytearray(100000)
b[-1] = 7
print(len(b), b[0], b[-1], sum(b[-10:]))
