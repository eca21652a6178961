d = dict.fromkeys(range(3), [])
d[0].append(1)
print(d[2])
print(dict(zip(range(3), "abc"))[2])
print(dict([[1, 2], "ab"])["a"])
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    dict(1)
except TypeError:
    print("TypeError")
print(dict(a=1, b=2) == {"b": 2, "a": 1})
