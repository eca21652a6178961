# int() with no args, of bools, of ints, of strings with whitespace
print(int(), int(True), int(False), int(5), int(-5))
print(int(" 7"), int("7 "), int("\t8\n"))
print(int("-0"), int("+0"))
