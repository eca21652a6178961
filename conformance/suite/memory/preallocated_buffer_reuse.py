# mpconform: heap=8k

buf = bytearray(64)
mv = memoryview(buf)
for i in range(1000):
    mv[i % 64] = i & 0xFF
print(buf[0], buf[63], sum(buf) % 1000)
