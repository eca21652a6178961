# raise ... from sets __cause__; caught exceptions report type and args
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    print(type(e).__name__, e.args, type(e.__cause__).__name__, e.__cause__.args)
