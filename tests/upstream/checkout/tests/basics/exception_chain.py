# run-tests.py runs this test on the unix port only (its skip list for every other target).
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(type(e).__name__, e)
