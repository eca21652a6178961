# mpconform: features=module:micropython
# The unix port refuses *args after a keyword argument in a call (CPython accepts f(a=1, *x)).
def f(*a, **k):
    return a, sorted(k.items())


for src in ("f(a=1, *[2])", "f(*[1], a=1, *[2])", "f(*[1], a=1)", "f(a=1, **{'b': 2})"):
    try:
        print(eval(src))
    except SyntaxError as e:
        print("SyntaxError", e)
