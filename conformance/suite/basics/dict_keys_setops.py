# dict keys views support set operations
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
