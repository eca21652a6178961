# mpconform: features=bigint
# hex/oct/bin of big ints
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print(hex(-(2 ** 64)))
