# iter(callable, sentinel) calls until the sentinel appears
vals = [3, 2, 1, 0, 5]
def f():
    return vals.pop(0)
print(list(iter(f, 0)), vals)
