# int() with an explicit base
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("0B11", 2))
print(int("z", 36), int("Z", 36), int("10", 36))
print(int("  42  "), int("-17"), int("+5"))
print(int("1_000_000"), int("0x_ff", 16))
print(int("12", 3), int("-101", 2))
