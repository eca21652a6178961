# mpconform: features=bigint
# A zero that comes out of big-int arithmetic behaves like any zero: 0 ** 0 == 1.
# Found by mpconform's differential fuzzer (divmod with a big divisor leaves a big-int zero).
q, r = divmod(0, 2 ** 70)
print(q, r)
print(q ** 0)
print((2 ** 70 - 2 ** 70) ** 0)
print((0 // 2 ** 70) ** 0)
print(q ** 1, q * 5, q + 1)
