# mpconform: features=generators
# a generator expression evaluates its outer iterable immediately, the rest lazily
def src():
    print("src called")
    return [1, 2]
g = (print("item", x) or x for x in src())
print("before iteration")
print(list(g))
