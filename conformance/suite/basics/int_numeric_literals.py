# numeric literals: underscores, bases, leading zeros
print(1_000, 0x_FF, 0o_17, 0b_101)
print(0xFF, 0o17, 0b101, 00, 0)
print(1_2_3)
