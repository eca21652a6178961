# mpconform: features=kwonly
# keyword-only parameters after * and after *args
def f(a, *, b, c=3):
    return a, b, c
def g(*args, key):
    return args, key
print(f(1, b=2), f(1, c=5, b=4), g(1, 2, key="k"))
try:
    f(1, 2)
except TypeError:
    print("TypeError")
