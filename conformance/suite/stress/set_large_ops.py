# mpconform: features=set heap=512k

a = set(range(0, 20000, 2))
b = set(range(0, 20000, 3))
print(len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sorted(a & b)[:5])
