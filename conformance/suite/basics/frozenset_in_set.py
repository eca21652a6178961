# mpconform: features=frozenset
# frozensets can be members of sets
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), frozenset([2]) in s)
