def f(a, b):
    pass
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2)):
    try:
        call()
    except TypeError:
        print("TypeError")
def g():
    pass
try:
    g(1)
except TypeError:
    print("TypeError")
try:
    g(x=1)
except TypeError:
    print("TypeError")
try:
    one = 1
    one()
except TypeError:
    print("TypeError")
try:
    s = "s"
    s()
except TypeError:
    print("TypeError")
