# mpconform: features=bigint
# big int arithmetic matches exact results
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(a ** 3)
print(abs(-a))
print(a == int(str(a)))
print(a < b, a > b, -a < -b)
