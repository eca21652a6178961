# Errors of calls with unpacked arguments: duplicates and wrong types (types only).
def f(*a, **k):
    return a, k


def g(a, b=0):
    return a, b


for call in (lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(a=1, **{"a": 2}), lambda: g(1, **{"a": 0}),
             lambda: f(**{1: 2}), lambda: f(*1), lambda: g(*[1, 2, 3]), lambda: g(**{"c": 1})):
    try:
        print(call())
    except TypeError:
        print("TypeError")
