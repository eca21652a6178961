# max/min with iterables, several args, key and default
print(max([3, 1, 2]), min(3, 1, 2), max("abc"), min([(2, "a"), (1, "b")]))
print(max([], default=0), min([], default="none"))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max(1, 2, key=lambda x: -x))
try:
    max([])
except ValueError:
    print("ValueError")
