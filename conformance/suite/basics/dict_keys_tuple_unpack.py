# iterating items with unpacking, sorted by key
d = {"b": 2, "a": 1, "c": 3}
for k, v in sorted(d.items()):
    print(k, v)
print(sum(v for _, v in d.items()))
