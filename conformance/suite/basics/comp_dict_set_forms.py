# dict and set comprehensions
# mpconform: features=set
print(sorted({k: len(k) for k in ["a", "bb", "ccc"]}.items()))
print(sorted({x % 3 for x in range(10)}))
print(sorted({(a, b) for a in range(2) for b in range(2) if a != b}))
