# mpconform: heap=256k

b = bytearray()
for i in range(65536):
    b.append(i & 0xFF)
print(len(b), sum(b), bytes(b[250:260]))
