# raising a class instantiates it; raising a non-exception is a TypeError
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise 5
except TypeError:
    print("TypeError")
