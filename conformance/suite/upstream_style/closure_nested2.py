def a():
    x = 1
    def b():
        y = 2
        def c():
            return x + y
        return c
    return b()()
print(a())
def mk():
    v = []
    def add(x):
        v.append(x)
        return v
    return add
f = mk()
f(1)
print(f(2))
def late():
    fs = []
    for i in range(3):
        def g():
            return i
        fs.append(g)
    i = 10
    return [h() for h in fs]
print(late())
def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError:
        print("NameError")
    z = 5
    return inner()
print(unbound())
