# mpconform: features=set
# union, intersection, difference, symmetric difference: operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection([1, 3])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union(range(7, 9))), sorted(a.difference("")))
