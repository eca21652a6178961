# int.bit_length for small and large values
# mpconform: features=bigint
for v in (0, 1, 2, 3, 255, 256, -1, -255, -256, 2 ** 40, 2 ** 100 - 1, -(2 ** 100)):
    print(v, v.bit_length())
