# mpconform: features=bigint
# shifting far past the machine word yields big ints and back
x = 1 << 100
print(x)
print(x >> 99)
print(x >> 200)
print(-x >> 3)
print((-1) << 70)
print((3 << 64) >> 63)
print(((1 << 64) - 1) >> 1)
print(-(1 << 65) >> 65)
