a = 2 ** 100
b = 3 ** 50
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b)
print(a >> 10, a << 5, -a >> 3, a & (b - 1), a | b, a ^ b)
print(~a, -a, abs(-a), a == 2 ** 100, a > b, a < -b)
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(str(10 ** 30), hex(2 ** 80), type(2 ** 100))
print((2 ** 64) // 3, (2 ** 64) % 1000)
print(pow(2 ** 65, 3) == 2 ** 195)
print(float(2 ** 60), int(1e20))
