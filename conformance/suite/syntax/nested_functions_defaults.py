# default values may reference earlier names and are evaluated at def time
base = 10
def f(a, b=base * 2, c=[base]):
    return a + b + c[0]
base = 0
print(f(1), f(1, 0), f(1, 0, [5]))
