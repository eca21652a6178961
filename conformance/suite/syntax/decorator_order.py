# decorators apply bottom-up and evaluate top-down
def deco(name):
    print("evaluate", name)
    def apply(fn):
        print("apply", name)
        return fn
    return apply
@deco("outer")
@deco("inner")
def f():
    return "f"
print(f())
