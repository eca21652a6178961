# functions without return, with bare return and with return None
def a():
    pass
def b():
    return
def c():
    return None
print(a(), b(), c(), a() is b() is c())
