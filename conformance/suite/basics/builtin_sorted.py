# sorted() with key and reverse on several iterables
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 3, 1), reverse=True))
print(sorted(["b", "A", "c"], key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted(range(5), key=lambda x: -x))
