def f(a, b=2, **kw):
    return a, b, sorted(kw.items())
print(f(**{"a": 1}))
print(f(1, **{"b": 3, "c": 4}))
print(f(**{"a": 1}, **{"z": 0}))
d = {"b": 5}
print(f(0, **d), d)
try:
    f(1, **{"a": 2})
except TypeError:
    print("TypeError")
try:
    f(**{1: 2})
except TypeError:
    print("TypeError")
try:
    f(**[1])
except TypeError:
    print("TypeError")
