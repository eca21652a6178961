# mpconform: features=generators
# generator expressions are lazy and single-use
g = (x * x for x in range(4))
print(next(g), list(g), list(g))
print(sum(x for x in range(5) if x % 2))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))
