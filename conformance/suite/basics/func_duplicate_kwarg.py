# the same keyword given twice is a TypeError
def f(**kw):
    return kw
try:
    f(a=1, **{"a": 2})
except TypeError:
    print("TypeError")
