# an exception raised inside a comprehension propagates out of it
try:
    [1 // x for x in (1, 0, 2)]
except ZeroDivisionError:
    print("ZeroDivisionError")
