def f(*args):
    return args
print(f(*[1, 2]), f(*"ab"), f(*range(3)), f(0, *(1, 2), 3))
print(f(*[], *[1], *(2,)))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *[2, 3]))
try:
    g(*[1, 2])
except TypeError:
    print("TypeError")
try:
    f(*5)
except TypeError:
    print("TypeError")
print(f(*{1: 2}), f(*(x for x in "xy")))
