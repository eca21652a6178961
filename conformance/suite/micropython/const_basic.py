# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

from micropython import const
X = const(10)
_Y = const(X * 2 + 1)
print(X, _Y)
def f():
    return _Y + 1
print(f())
