# pow(x, 0, m) is 1 % m for every x, m != 0 (a zero exponent gives 1 before the modulus).
# Found by mpconform's differential fuzzer (reduced from seed 100000's campaign).
print(pow(0, 0, 7))
print(pow(5, 0, 7))
print(pow(20, 0, -13))
print(pow(0, 0, -13))
print(pow(3, 0, 1))
print(pow(-4, 0, 5))
