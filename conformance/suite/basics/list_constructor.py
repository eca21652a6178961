# list() from various iterables
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list(x * 2 for x in (1, 2)))
