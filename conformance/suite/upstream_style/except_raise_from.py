try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError("converted")
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError("r") from None
except RuntimeError as e:
    print(e)
def f():
    try:
        raise OSError("o")
    except OSError:
        raise
try:
    f()
except OSError as e:
    print("reraised", e)
try:
    raise 5
except TypeError:
    print("TypeError")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError")
