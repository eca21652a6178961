# mpconform: features=set
# union, intersection, difference and update accept several iterables
a = {1, 2, 3, 4}
print(sorted(a.union({5}, [6], (7,))), sorted(a.intersection({1, 2, 3}, [2, 3])), sorted(a.difference({1}, [2])))
a.update([8], (9,))
print(sorted(a))
