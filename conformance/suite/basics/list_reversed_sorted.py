# reversed() and sorted() do not mutate their argument
l = [3, 1, 2]
print(list(reversed(l)), sorted(l), sorted(l, reverse=True), l)
print(sorted("cab"), sorted((2, 1)), sorted({3, 1, 2}))
