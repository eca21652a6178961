def f():
    x = 1
    del x
    try:
        print(x)
    except NameError:
        print("NameError")
    x = 2
    print(x)
f()
def g():
    try:
        del y
    except NameError:
        print("NameError")
g()
