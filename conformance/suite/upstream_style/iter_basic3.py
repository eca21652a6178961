it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(iter(it) is it)
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({5: 6})
print(next(d))
t = iter((7,))
print(next(t))
for bad in (5, None, 1.0):
    try:
        iter(bad)
    except TypeError:
        print("TypeError")
print(type(iter([])).__name__ == type(iter([1])).__name__)
print(list(iter(range(3))))
