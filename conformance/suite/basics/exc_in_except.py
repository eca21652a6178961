# an exception raised in an except block propagates outward
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    print(type(e).__name__, e.args)
