# decorator factories and stacked decorators apply bottom-up
def tag(name):
    def deco(fn):
        def w():
            return name + "(" + fn() + ")"
        return w
    return deco
@tag("a")
@tag("b")
def f():
    return "x"
print(f())
