# bool takes part in int arithmetic as 0 and 1
print(True + True, True * 10, False - 1)
print(True == 1, False == 0)
print(sum([True, False, True, True]))
print(-True, ~True, ~False, True << 3)
print(type(True + True).__name__, type(True * 2).__name__)
