# del of names, items, slices, attributes and tuples of targets
class O:
    pass
o = O()
o.a = 1
l = [0, 1, 2, 3]
d = {"x": 1, "y": 2}
n = 5
del o.a, l[0], d["x"], n
print(hasattr(o, "a"), l, d)
del l[0:2]
print(l)
