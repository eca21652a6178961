# mpconform: features=module:micropython
# The unix port's messages for bad unpacked call arguments.
def f(*a, **k):
    return a, k


def g(a, b=0):
    return a, b


for call in (lambda: f(**{"a": 1}, **{"a": 2}), lambda: g(1, **{"a": 0}), lambda: f(**{1: 2}),
             lambda: f(**[1]), lambda: f(*1), lambda: g(*[1, 2, 3]), lambda: g(**{"c": 1})):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
