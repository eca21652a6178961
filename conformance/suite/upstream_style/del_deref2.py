def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError:
        print("NameError")
f()
