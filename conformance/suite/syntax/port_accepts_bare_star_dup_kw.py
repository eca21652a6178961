# mpconform: features=module:micropython
# The unix port compiles a bare * without keyword-only parameters, and reports a repeated keyword in a call
# at run time as TypeError (CPython rejects both at compile time).
try:
    compile("def f(*): pass", "<test>", "exec")
    print("compiled")
except SyntaxError:
    print("SyntaxError")


def f(**kw):
    return kw


try:
    print(eval("f(a=1, a=2)"))
except (SyntaxError, TypeError) as e:
    print(type(e).__name__, e)
