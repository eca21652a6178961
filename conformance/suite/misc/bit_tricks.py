def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(n) for n in range(17)])
print(0b1011 ^ 0b0110, 0xF0 >> 4, 1 << 10, ~5, -8 >> 1)
print([n for n in range(32) if n & (n - 1) == 0])
