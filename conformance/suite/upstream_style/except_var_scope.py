e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("NameError")
def f():
    try:
        raise KeyError
    except KeyError as err:
        return type(err).__name__
print(f())
