x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
g = (i for i in range(3))
print(list(g), list(g))
def f():
    return (a * 2 for a in "ab")
print(list(f()))
try:
    (i for i in 5)
except TypeError:
    print("TypeError")
