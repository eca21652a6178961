# mpconform: features=bigint
# int() of long numeric strings
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffffffffffff", 16))
print(int("1" * 70, 2))
print(int("0o" + "7" * 30, 0))
