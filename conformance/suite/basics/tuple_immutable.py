# tuples reject item assignment but hold mutable items
t = (1, [2])
try:
    t[0] = 5
except TypeError:
    print("TypeError")
t[1].append(3)
print(t)
