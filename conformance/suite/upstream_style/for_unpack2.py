for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
for k, v in sorted({"x": 1, "y": 2}.items()):
    print(k, v)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError:
    print("ValueError")
d = {}
for d["k"] in range(3):
    pass
print(d)
