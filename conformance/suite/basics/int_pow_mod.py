# mpconform: features=bigint
# three-argument pow computes modular exponentiation
print(pow(2, 10, 1000))
print(pow(3, 200, 13))
print(pow(7, 0, 5))
print(pow(5, 3, -7))
print(pow(-5, 3, 7))
print(pow(2, 1000, 1000000007))
print(pow(123456789, 987654321, 2 ** 61 - 1))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
