# locals() inside a function holds the function's local variables
def f():
    a = 1
    b = "x"
    return sorted(locals().items())
print(f())
