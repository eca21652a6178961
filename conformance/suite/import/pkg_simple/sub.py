def f():
    return "sub.f"


NAME = __name__
