def outer(n):
    def inner(x):
        return x + n
    return inner
add3 = outer(3)
print(add3(1), outer(10)(5))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
