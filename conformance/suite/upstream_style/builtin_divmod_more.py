for a in (7, -7, 0):
    for b in (2, -2, 3):
        print(a, b, divmod(a, b))
print(divmod(2**70, 3), divmod(-(2**70), 7))
print(divmod(7.5, 2), divmod(-7.5, 2))
for a, b in ((1, 0), (1.0, 0), (2**70, 0)):
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
