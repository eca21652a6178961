# Euclid's algorithm with % exercising many divisions
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(270, 192))
print([gcd(i, 12) for i in range(1, 13)])
