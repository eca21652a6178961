def f(a, b=1, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f(4))
def g(a=1, b=None):
    return a, b
print(g(), g(b=2), g(5, 6))
try:
    g(1, 2, 3)
except TypeError:
    print("TypeError")
try:
    g(c=3)
except TypeError:
    print("TypeError")
n = 10
def h(x=n):
    return x
n = 20
print(h())
