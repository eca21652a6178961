# returning tuples and implicit None
def f():
    return 1, 2
def g():
    pass
def h():
    return
print(f(), g(), h())
a, b = f()
print(a + b)
