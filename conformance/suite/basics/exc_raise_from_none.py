# raise ... from None suppresses the context
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    print(type(e).__name__, e.args, e.__cause__, e.__suppress_context__)
