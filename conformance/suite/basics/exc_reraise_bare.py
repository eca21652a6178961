# a bare raise re-raises the exception being handled
def f():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise
try:
    f()
except KeyError as e:
    print("outer", type(e).__name__, e.args)
