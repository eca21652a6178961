def f():
    x = 1
    def g():
        nonlocal x
        x += 10
    g()
    g()
    return x
print(f())
def outer():
    a = []
    def mid():
        def inner():
            nonlocal a
            a = a + [1]
        inner()
        inner()
    mid()
    return a
print(outer())
class C:
    v = 5
    w = [v * i for i in range(3)] if False else None
    def m(self):
        try:
            return v
        except NameError:
            return "NameError"
print(C().m(), C.w)
