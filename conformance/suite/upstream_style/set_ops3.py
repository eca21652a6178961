a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a <= a, a > {1}, a >= {9})
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)), a.isdisjoint(b), a.issubset(a))
c = set(a)
c |= {7}
c &= {1, 7}
print(sorted(c))
c -= {1}
c ^= {8}
print(sorted(c))
c.update([1], (2,))
print(sorted(c))
c.intersection_update({1, 2, 8})
c.difference_update([8])
c.symmetric_difference_update({3})
print(sorted(c))
try:
    a | [1]
except TypeError:
    print("TypeError")
try:
    a < [1]
except TypeError:
    print("TypeError")
