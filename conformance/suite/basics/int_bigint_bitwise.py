# mpconform: features=bigint
# bitwise operators on big ints, mixing signs
a = (1 << 80) + 12345
b = (1 << 70) - 1
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
    print(x & y, x | y, x ^ y)
print(~a, ~-a)
