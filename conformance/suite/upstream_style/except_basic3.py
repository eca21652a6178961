try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e, e.args)
try:
    raise TypeError("x")
except (ValueError, TypeError) as e:
    print("caught", type(e).__name__)
try:
    try:
        1 / 0
    except KeyError:
        print("no")
except ZeroDivisionError:
    print("outer ZeroDivisionError")
try:
    [][0]
except LookupError as e:
    print(type(e).__name__)
try:
    raise Exception
except:
    print("bare except")
print(repr(ValueError()), repr(ValueError("a")), repr(ValueError(1, 2)))
print(str(ValueError()), str(KeyError("k")), str(IndexError("i")))
