# mpconform: features=bigint
# floor division and modulo of big ints with mixed signs
a = 10 ** 25 + 7
for b in (3, -3, 10 ** 12 + 1, -(10 ** 12 + 1)):
    print(a // b, a % b, -a // b, -a % b)
