# mpconform: features=bigint
# multiplications that overflow small ints promote seamlessly
a = 2 ** 30 + 3
print(a * a)
print(a * -a)
b = 65536
print(b * b * b * b)
print(-b * b * b * b)
