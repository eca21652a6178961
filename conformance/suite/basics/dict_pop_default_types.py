# pop with defaults of various types
d = {"a": 1}
print(d.pop("z", None), d.pop("z", []), d.pop("a", 0), d)
