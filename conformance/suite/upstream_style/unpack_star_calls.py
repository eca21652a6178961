def f(a, b, c=0, *d, **e):
    return a, b, c, d, sorted(e.items())
print(f(*[1, 2]))
print(f(1, *[2, 3, 4], x=5))
print(f(*(1, 2), **{"c": 9, "y": 8}))
args = [1, 2, 3]
kw = {"z": 26}
print(f(*args, *args, **kw))
print([*"ab", *[1]], (*range(2),), {*[1, 1]})
