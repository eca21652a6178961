# decorators that wrap and pass through arguments
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, sorted(k.items()))
        return fn(*a, **k)
    return wrapper
@trace
def add(x, y=0):
    return x + y
print(add(1, y=2), add(3))
