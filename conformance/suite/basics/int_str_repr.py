# str and repr of ints agree
for v in (0, -0, 7, -7, 1000000):
    print(str(v), repr(v), str(v) == repr(v))
