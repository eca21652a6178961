# the | and |= operators merge dicts
a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(sorted((a | b).items()))
a |= b
print(sorted(a.items()))
